import { describe, expect, it } from 'vitest';
import { boardPerTest } from './boardPerTest';
import { postJson, secretOf } from './harness';

describe('[K17] a facilitator sees the shared links as they are now', () => {
  const session = boardPerTest('Khan family');

  const call = (method: string, route: string, secret: string | null) =>
    fetch(`${session.server.origin}/api/boards/${session.board.id}${route}`, {
      method,
      headers: secret === null ? {} : { authorization: `Bearer ${secret}` },
    });
  const facilitator = () => secretOf(session.board.links.facilitator);
  const shown = async (role: string) => {
    const res = await call('GET', `/links/${role}`, facilitator());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return ((await res.json()) as { role: string; link: string }).link;
  };
  const opens = async (link: string) =>
    (await postJson(`${session.server.origin}/api/tickets`, { board: session.board.id, secret: secretOf(link) })).status;

  it('gives the same participant and viewer links the board was made with, and they open the board', async () => {
    expect(await shown('participant')).toBe(session.board.links.participant);
    expect(await shown('viewer')).toBe(session.board.links.viewer);
    expect(await opens(await shown('participant'))).toBe(200);
  });

  it('after a replacement gives the new link, never the replaced one, however often it is replaced', async () => {
    const seen = new Set([session.board.links.participant]);
    for (let i = 0; i < 3; i++) {
      const replaced = (await (await call('POST', '/links/participant', facilitator())).json()) as { link: string };
      const now = await shown('participant');
      expect(now).toBe(replaced.link);
      expect(seen.has(now), 'a replaced link never comes back').toBe(false);
      seen.add(now);
      expect(await opens(now)).toBe(200);
    }
    expect(await opens(session.board.links.participant), 'the first link stays replaced').toBe(401);
    expect(await shown('viewer'), 'the other link is untouched').toBe(session.board.links.viewer);
  });

  it('shows nothing to anyone but a facilitator, and not the facilitator link itself', async () => {
    for (const secret of [secretOf(session.board.links.participant), secretOf(session.board.links.viewer)]) {
      const res = await call('GET', '/links/participant', secret);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(secretOf(session.board.links.participant));
    }
    expect((await call('GET', '/links/participant', null)).status).toBe(401);
    expect((await call('GET', '/links/participant', 'not-the-secret')).status).toBe(401);
    const own = await call('GET', '/links/facilitator', facilitator());
    expect(own.status).toBe(400);
    expect(await own.text()).not.toContain(facilitator());
    expect((await call('GET', '/links/owner', facilitator())).status).toBe(400);
  });

  it('another board’s facilitator link shows nothing of this board', async () => {
    const other = await session.server.createBoard('Another family');
    const res = await call('GET', '/links/participant', secretOf(other.links.facilitator));
    expect(res.status).toBe(401);
  });
});
