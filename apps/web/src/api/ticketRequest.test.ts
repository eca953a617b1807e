import { describe, expect, it } from 'vitest';
import { ticketRequest } from './ticketRequest';
import { fakeFetch } from '../test/fakeFetch';

describe('ticketRequest', () => {
  it('sends the secret in the body, never the URL', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const result = await ticketRequest('b1', 'top-secret', fakeFetch(200, { ticket: 't', role: 'viewer', expiresAt: 5 }, seen));
    expect(result).toEqual({ kind: 'ticket', ticket: { ticket: 't', role: 'viewer', expiresAt: 5 } });
    expect(seen.url).toBe('/api/tickets');
    expect(seen.url).not.toContain('top-secret');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ board: 'b1', secret: 'top-secret' });
    expect(seen.init?.referrerPolicy).toBe('no-referrer');
  });

  it('treats a wrong secret and an unknown board as final', async () => {
    expect(await ticketRequest('b', 's', fakeFetch(401, {}))).toEqual({ kind: 'refused', reason: 'link' });
    expect(await ticketRequest('b', 's', fakeFetch(404, {}))).toEqual({ kind: 'refused', reason: 'unknownBoard' });
  });

  it('retries server trouble, odd answers and network failures', async () => {
    expect(await ticketRequest('b', 's', fakeFetch(503, {}))).toEqual({ kind: 'retry' });
    expect(await ticketRequest('b', 's', fakeFetch(200, { ticket: 't', role: 'owner' }))).toEqual({ kind: 'retry' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await ticketRequest('b', 's', offline)).toEqual({ kind: 'retry' });
  });

  it('sends the person\'s name when it has one', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    await ticketRequest('b1', 's', fakeFetch(200, { ticket: 't', role: 'viewer' }, seen), '  Jo Bloggs ');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ board: 'b1', secret: 's', name: 'Jo Bloggs' });
  });

  it('sends this device\'s person id, so the server binds the connection to it', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    await ticketRequest('b1', 's', fakeFetch(200, { ticket: 't', role: 'participant' }, seen), 'Jo', 'p_0123456789abcdef');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ board: 'b1', secret: 's', name: 'Jo', person: 'p_0123456789abcdef' });
  });
});
