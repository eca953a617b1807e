/**
 * Tells the server something happened on a board, for its audit trail (a copy of the plan left
 * it, something was removed): `POST /api/boards/{id}/{what}` with the link's secret and, for a
 * device let in through the lobby, its credential, which also names who did it. Fire and forget:
 * nothing a person does is held up or refused because the record could not be made.
 */
export function postBoardRecord(
  access: { readonly boardId: string; readonly secret: string; readonly credential: string | null },
  path: 'exports' | 'removals',
  body: unknown,
  fetchFn: typeof fetch = fetch,
): void {
  try {
    void fetchFn(`/api/boards/${encodeURIComponent(access.boardId)}/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${access.secret}`,
        ...(access.credential ? { 'kinboard-credential': access.credential } : {}),
      },
      body: JSON.stringify(body),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
      keepalive: true,
    }).catch(() => undefined);
  } catch {
    // The board keeps what happened either way.
  }
}
