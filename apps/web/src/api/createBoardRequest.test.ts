import { describe, expect, it } from 'vitest';
import { createBoardRequest } from './createBoardRequest';

const respond = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
const choices = { template: 'three-column', framework: 'signs-of-safety' } as const;

describe('createBoardRequest', () => {
  it('returns the links of a new board', async () => {
    const links = { facilitator: 'f', participant: 'p', viewer: 'v' };
    expect(await createBoardRequest('Smith family', choices, respond(201, { id: 'b1', links }))).toEqual({
      ok: true,
      board: { id: 'b1', links },
    });
  });

  it('passes on the server’s words for bad input', async () => {
    const result = await createBoardRequest(
      '',
      choices,
      respond(400, { error: { code: 'invalid_title', message: 'A board title needs 1 to 200 characters' } }),
    );
    expect(result).toEqual({ ok: false, message: 'A board title needs 1 to 200 characters' });
  });

  it('sends the chosen template and framework', async () => {
    let sent: unknown;
    const capture = (async (_url: string, init: RequestInit) => {
      sent = JSON.parse(String(init.body));
      return new Response(JSON.stringify({ id: 'b1', links: { facilitator: 'f', participant: 'p', viewer: 'v' } }), { status: 201 });
    }) as unknown as typeof fetch;
    await createBoardRequest('Review', { template: 'seven-domain', framework: 'signs-of-wellbeing' }, capture);
    expect(sent).toEqual({ title: 'Review', template: 'seven-domain', framework: 'signs-of-wellbeing' });
  });

  it('gives plain words when the server fails', async () => {
    const result = await createBoardRequest('x', choices, respond(500, {}));
    expect(result.ok).toBe(false);
  });
});
