import { describe, expect, it } from 'vitest';
import { lockStatusRequest } from './lockStatusRequest';
import { fakeFetch } from '../test/fakeFetch';

describe('lockStatusRequest', () => {
  it('sends the secret as a bearer token, never in the URL, and reads the lock and role', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const body = { id: 'b1', title: 'Review', role: 'participant', locked: true, meeting: null };
    expect(await lockStatusRequest('b1', 'top-secret', fakeFetch(200, body, seen))).toEqual({
      kind: 'status',
      locked: true,
      role: 'participant',
    });
    expect(seen.url).toBe('/api/boards/b1');
    expect(seen.url).not.toContain('top-secret');
    expect(new Headers(seen.init?.headers).get('authorization')).toBe('Bearer top-secret');
    expect(seen.init?.referrerPolicy).toBe('no-referrer');
  });

  it('tells a deleted board from a link that no longer works', async () => {
    expect(await lockStatusRequest('b', 's', fakeFetch(404, {}))).toEqual({ kind: 'gone' });
    expect(await lockStatusRequest('b', 's', fakeFetch(401, {}))).toEqual({ kind: 'refused' });
    expect(await lockStatusRequest('b', 's', fakeFetch(403, {}))).toEqual({ kind: 'refused' });
  });

  it('asks again after server trouble, odd answers and network failures', async () => {
    expect(await lockStatusRequest('b', 's', fakeFetch(503, {}))).toEqual({ kind: 'retry' });
    expect(await lockStatusRequest('b', 's', fakeFetch(200, { role: 'participant' }))).toEqual({ kind: 'retry' });
    expect(await lockStatusRequest('b', 's', fakeFetch(200, { role: 'owner', locked: false }))).toEqual({ kind: 'retry' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await lockStatusRequest('b', 's', offline)).toEqual({ kind: 'retry' });
  });
});
