/**
 * Asks the server whether a board is locked, for a device whose changes were refused (4403)
 * while it was not a viewer: `GET /api/boards/{id}` with the link secret as
 * `Authorization: Bearer {secret}`, never in the URL. Answers what the connection should do next;
 * never throws.
 */
import { isRole, type Role } from '../api/roles';

export type LockStatus =
  | { readonly kind: 'status'; readonly locked: boolean; readonly role: Role }
  /** The board no longer exists (404): it was deleted. */
  | { readonly kind: 'gone' }
  /** The link no longer opens the board (401, 403): replaced or expired. */
  | { readonly kind: 'refused' }
  /** No network, or the server is unwell: ask again later. */
  | { readonly kind: 'retry' };

export async function lockStatusRequest(
  boardId: string,
  secret: string,
  fetchFn: typeof fetch = fetch,
  credential: string | null = null,
): Promise<LockStatus> {
  let response: Response;
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(boardId)}`, {
      // With a shared link, the device's credential shows the chair let it in.
      headers: { authorization: `Bearer ${secret}`, ...(credential ? { 'kinboard-credential': credential } : {}) },
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'gone' };
  if (response.status === 401 || response.status === 403) return { kind: 'refused' };
  if (!response.ok) return { kind: 'retry' };
  const body = (await response.json().catch(() => null)) as { locked?: unknown; role?: unknown } | null;
  if (typeof body?.locked !== 'boolean' || !isRole(body.role)) return { kind: 'retry' };
  return { kind: 'status', locked: body.locked, role: body.role };
}
