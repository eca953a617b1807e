import { describe, expect, it } from 'vitest';
import { createBoardRequest } from './createBoardRequest';

const respond = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('createBoardRequest', () => {
  it('returns the links of a new board', async () => {
    const links = { facilitator: 'f', participant: 'p', viewer: 'v' };
    expect(await createBoardRequest('Smith family', respond(201, { id: 'b1', links }))).toEqual({
      ok: true,
      board: { id: 'b1', links },
    });
  });

  it('passes on the server’s words for bad input', async () => {
    const result = await createBoardRequest('', respond(400, { error: { code: 'invalid_title', message: 'A board title needs 1 to 200 characters' } }));
    expect(result).toEqual({ ok: false, message: 'A board title needs 1 to 200 characters' });
  });

  it('gives plain words when the server fails', async () => {
    const result = await createBoardRequest('x', respond(500, {}));
    expect(result.ok).toBe(false);
  });
});
