/**
 * Exchanges a board link's secret for a short-lived ticket that opens the sync socket. The secret
 * travels only in the request body, never in a URL. A refused link is final; anything else
 * (no network, a server hiccup) is worth retrying.
 */
import { isRole, type Role } from './roles';

export interface Ticket {
  readonly ticket: string;
  readonly role: Role;
  readonly expiresAt: string | number | null;
}

export type TicketResult =
  | { readonly kind: 'ticket'; readonly ticket: Ticket }
  /** Final: the link is refused (wrong, replaced or expired), or no board answers to it. */
  | { readonly kind: 'refused'; readonly reason: 'link' | 'unknownBoard' }
  | { readonly kind: 'retry' };

/**
 * `name` is the person's display name; the server binds it to the connection, so presence and
 * meeting attendance show the name they gave. `person` is this device's participant id; the
 * server binds it too, so only this device can give or take back this person's answers.
 */
export async function ticketRequest(boardId: string, secret: string, fetchFn: typeof fetch = fetch, name?: string, person?: string): Promise<TicketResult> {
  const clean = name?.trim().slice(0, 60);
  let response: Response;
  try {
    response = await fetchFn('/api/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ board: boardId, secret, ...(clean ? { name: clean } : {}), ...(person ? { person } : {}) }),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.status === 401 || response.status === 403 || response.status === 400) {
    return { kind: 'refused', reason: 'link' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'refused', reason: 'unknownBoard' };
  if (!response.ok) return { kind: 'retry' };
  const body = (await response.json().catch(() => null)) as { ticket?: unknown; role?: unknown; expiresAt?: unknown } | null;
  if (typeof body?.ticket !== 'string' || !isRole(body.role)) return { kind: 'retry' };
  const expiresAt = typeof body.expiresAt === 'string' || typeof body.expiresAt === 'number' ? body.expiresAt : null;
  return { kind: 'ticket', ticket: { ticket: body.ticket, role: body.role, expiresAt } };
}
