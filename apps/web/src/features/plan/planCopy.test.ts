import { describe, expect, it, vi } from 'vitest';
import { capitalise, formatPrintedAt, planFileName, recordExport } from './planCopy';

describe('planFileName', () => {
  it('names the board and the plan', () => {
    expect(planFileName('The Smith family', 'Safety plan')).toBe('The Smith family – Safety plan.md');
  });

  it('replaces characters file systems refuse', () => {
    expect(planFileName('Ann/Bob: "home"?', 'Care plan')).toBe('Ann-Bob- -home-- – Care plan.md');
  });

  it('uses a plain title when the board has none', () => {
    expect(planFileName('  ', 'Wellbeing plan')).toBe('Meeting board – Wellbeing plan.md');
  });

  it('stays short', () => {
    expect(planFileName('x'.repeat(400), 'Safety plan').length).toBeLessThanOrEqual(123);
  });
});

describe('words for the reader', () => {
  it('capitalises the framework word', () => {
    expect(capitalise('safety plan')).toBe('Safety plan');
    expect(capitalise('')).toBe('');
  });

  it('writes a day and a time', () => {
    expect(formatPrintedAt(new Date(2025, 2, 14, 15, 4), 'en-GB')).toBe('14 March 2025 at 15:04');
  });
});

describe('recordExport', () => {
  it('posts what was exported with the secret as a bearer token, never in the URL', () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    recordExport('b1', 's3cret', 'plan markdown', fetchFn as unknown as typeof fetch);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/boards/b1/exports');
    expect(url).not.toContain('s3cret');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer s3cret');
    expect(JSON.parse(init.body as string)).toEqual({ what: 'plan markdown' });
  });

  it('ignores failures', async () => {
    const fetchFn = vi.fn(() => Promise.reject(new Error('offline')));
    expect(() => recordExport('b1', 's', 'plan print', fetchFn as unknown as typeof fetch)).not.toThrow();
    await Promise.resolve();
  });
});
