import { describe, expect, it } from 'vitest';
import { ticketRequest } from './ticketRequest';
import { fakeFetch } from '../test/fakeFetch';

const issued = { ticket: 't', role: 'viewer', expiresAt: 5, person: 'p_1', name: 'Jo' };

describe('ticketRequest', () => {
  it('sends the secret in the body, never the URL, and reads who the server says this is', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const result = await ticketRequest('b1', 'top-secret', fakeFetch(200, { ...issued, credential: 'c1' }, seen));
    expect(result).toEqual({
      kind: 'ticket',
      ticket: { ticket: 't', role: 'viewer', expiresAt: 5, person: 'p_1', name: 'Jo', credential: 'c1', language: null },
    });
    expect(seen.url).toBe('/api/tickets');
    expect(seen.url).not.toContain('top-secret');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ board: 'b1', secret: 'top-secret' });
    expect(seen.init?.referrerPolicy).toBe('no-referrer');
  });

  it("reads the language on the person's record, so a new device of theirs opens in it", async () => {
    const result = await ticketRequest('b1', 'top-secret', fakeFetch(200, { ...issued, language: 'pl' }));
    expect(result.kind === 'ticket' && result.ticket.language).toBe('pl');
  });

  it('treats a wrong secret and an unknown board as final', async () => {
    expect(await ticketRequest('b', 's', fakeFetch(401, {}))).toEqual({ kind: 'refused', reason: 'link' });
    expect(await ticketRequest('b', 's', fakeFetch(404, {}))).toEqual({ kind: 'refused', reason: 'unknownBoard' });
  });

  it('retries server trouble, odd answers and network failures', async () => {
    expect(await ticketRequest('b', 's', fakeFetch(503, {}))).toEqual({ kind: 'retry' });
    expect(await ticketRequest('b', 's', fakeFetch(200, { ...issued, role: 'owner' }))).toEqual({ kind: 'retry' });
    expect(await ticketRequest('b', 's', fakeFetch(200, { ...issued, person: undefined }))).toEqual({ kind: 'retry' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await ticketRequest('b', 's', offline)).toEqual({ kind: 'retry' });
  });

  it('sends the name, the device credential and the lobby request it has, never a person id', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    await ticketRequest('b1', 's', fakeFetch(200, issued, seen), { name: '  Jo Bloggs ', credential: 'cred', request: 'req' });
    expect(JSON.parse(String(seen.init?.body))).toEqual({
      board: 'b1',
      secret: 's',
      name: 'Jo Bloggs',
      credential: 'cred',
      request: 'req',
    });
  });

  it('waits in the lobby on 202, and hears a turned-away newcomer or a forgotten device plainly', async () => {
    expect(await ticketRequest('b', 's', fakeFetch(202, { waiting: true, request: 'r1' }))).toEqual({ kind: 'waiting', request: 'r1' });
    expect(await ticketRequest('b', 's', fakeFetch(403, { error: { code: 'refused', message: 'x' } }), { request: 'r1' })).toEqual({
      kind: 'refused',
      reason: 'turnedAway',
    });
    expect(await ticketRequest('b', 's', fakeFetch(401, {}), { credential: 'old' })).toMatchObject({
      kind: 'refused',
      reason: 'unknownDevice',
    });
    expect(await ticketRequest('b', 's', fakeFetch(404, {}), { request: 'gone' })).toMatchObject({
      kind: 'refused',
      reason: 'unknownDevice',
    });
  });
});
