import { describe, expect, it } from 'vitest';
import { boardAdmin } from './boardAdminApi';
import { fakeFetch } from '../../test/fakeFetch';

describe('boardAdmin', () => {
  it('sends the secret as a bearer header, never in the URL', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const result = await boardAdmin({ boardId: 'b1', secret: 'top-secret' }, fakeFetch(200, { locked: true }, seen)).setLocked(true);
    expect(result).toEqual({ ok: true, value: { locked: true } });
    expect(seen.url).toBe('/api/boards/b1/lock');
    expect(seen.init?.method).toBe('PUT');
    expect((seen.init?.headers as Record<string, string>).authorization).toBe('Bearer top-secret');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ locked: true });
  });

  it("answers refusals in plain words and passes on the server's conflict message", async () => {
    const admin = (status: number, body: unknown) => boardAdmin({ boardId: 'b', secret: 's' }, fakeFetch(status, body));
    expect(await admin(403, {}).startMeeting()).toEqual({ ok: false, message: 'Only the person running the meeting can do that.' });
    const conflict = { error: { code: 'conflict', message: 'A meeting is already in progress on this board' } };
    expect(await admin(409, conflict).startMeeting()).toEqual({ ok: false, message: 'A meeting is already in progress on this board' });
    expect(await admin(204, null).deleteBoard()).toEqual({ ok: true, value: null });
  });
});
