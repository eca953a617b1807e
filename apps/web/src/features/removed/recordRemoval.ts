/**
 * Tells the server's audit trail that something was removed (as copies are recorded: the server
 * takes who it was from the link, never from the request). Best effort: the removal itself is on
 * the board, in "Recently removed", whatever happens to this request.
 */
import type { RemovalKind } from '@kinboard/model';
import { postBoardRecord } from '../../lib/postBoardRecord';

export function recordRemoval(
  access: { readonly boardId: string; readonly secret: string; readonly credential: string | null },
  what: RemovalKind,
  fetchFn: typeof fetch = fetch,
): void {
  postBoardRecord(access, 'removals', { what }, fetchFn);
}
