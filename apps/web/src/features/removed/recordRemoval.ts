/**
 * Tells the server's audit trail that something was removed (as copies are recorded: the server
 * takes who it was from the link, never from the request). Best effort: the removal itself is on
 * the board, in "Recently removed", whatever happens to this request.
 */
import type { RemovalKind } from '@kinboard/model';

export function recordRemoval(boardId: string, secret: string, what: RemovalKind, fetchFn: typeof fetch = fetch): void {
  try {
    void fetchFn(`/api/boards/${encodeURIComponent(boardId)}/removals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ what }),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
      keepalive: true,
    }).catch(() => undefined);
  } catch {
    // The removal is kept on the board either way.
  }
}
