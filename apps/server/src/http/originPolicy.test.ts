import { describe, expect, it } from 'vitest';
import { OriginPolicy } from './originPolicy';

describe('origin policy [H6][H7]', () => {
  const local = new OriginPolicy({ publicOrigin: null, allowedOrigins: [], allowedHosts: ['board.lan:8787'] });
  const hosted = new OriginPolicy({
    publicOrigin: 'https://kinboard.example.org',
    allowedOrigins: ['https://intranet.example.org'],
    allowedHosts: [],
  });

  it('lets a page in from its own origin on an allowed host, and no other site', () => {
    expect(local.isAllowedOrigin('http://127.0.0.1:8787', '127.0.0.1:8787')).toBe(true);
    expect(local.isAllowedOrigin('http://board.lan:8787', 'board.lan:8787')).toBe(true);
    expect(local.isAllowedOrigin('https://evil.example', '127.0.0.1:8787')).toBe(false);
    // A rebinding DNS name: the page's own origin, but not a host this server answers as.
    expect(local.isAllowedOrigin('http://evil.example:8787', 'evil.example:8787')).toBe(false);
    expect(local.isAllowedOrigin('null', '127.0.0.1:8787')).toBe(false);
    expect(hosted.isAllowedOrigin('https://kinboard.example.org', 'internal:8787')).toBe(true);
    expect(hosted.isAllowedOrigin('https://intranet.example.org', 'kinboard.example.org')).toBe(true);
  });

  it('makes links from the public origin, or an allowed Host only', () => {
    expect(hosted.linkOrigin('http://internal:8787/api/boards', 'internal:8787')).toBe('https://kinboard.example.org');
    expect(local.linkOrigin('http://localhost:8787/api/boards', 'localhost:8787')).toBe('http://localhost:8787');
    expect(local.linkOrigin('http://evil.example/api/boards', 'evil.example')).toBeNull();
  });
});
