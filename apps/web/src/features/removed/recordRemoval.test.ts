import { describe, expect, it, vi } from 'vitest';
import { recordRemoval } from './recordRemoval';

describe('recordRemoval', () => {
  it("sends the device's credential with the secret, so a device let in through the lobby is heard and named", () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    recordRemoval({ boardId: 'b1', secret: 's3cret', credential: 'cred-1' }, 'rule', fetchFn as unknown as typeof fetch);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/boards/b1/removals');
    const headers = init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer s3cret');
    expect(headers['kinboard-credential']).toBe('cred-1');
    expect(JSON.parse(init.body as string)).toEqual({ what: 'rule' });
  });

  it('sends no credential header when the device has none (a personal link)', () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    recordRemoval({ boardId: 'b1', secret: 's', credential: null }, 'statement', fetchFn as unknown as typeof fetch);
    const [, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers as Record<string, string>).not.toHaveProperty('kinboard-credential');
  });
});
