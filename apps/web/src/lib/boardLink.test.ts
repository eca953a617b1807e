import { describe, expect, it } from 'vitest';
import { boardIdFromPath, boardLinkPath, parseBoardAddress, readBoardAddress, secretFromHash } from './boardLink';

describe('board links', () => {
  it('reads the board id from the path', () => {
    expect(boardIdFromPath('/b/abc_123-x')).toBe('abc_123-x');
    expect(boardIdFromPath('/b/abc/')).toBe('abc');
    expect(boardIdFromPath('/')).toBeNull();
    expect(boardIdFromPath('/b/')).toBeNull();
    expect(boardIdFromPath('/b/a/b')).toBeNull();
    expect(boardIdFromPath('/b/../x')).toBeNull();
  });

  it('reads the secret from the fragment', () => {
    expect(secretFromHash('#s3cret')).toBe('s3cret');
    expect(secretFromHash('s3cret')).toBe('s3cret');
    expect(secretFromHash('#')).toBeNull();
    expect(secretFromHash('')).toBeNull();
  });

  it('needs both parts for an address', () => {
    expect(parseBoardAddress('/b/x1', '#k')).toEqual({ boardId: 'x1', secret: 'k' });
    expect(parseBoardAddress('/b/x1', '')).toBeNull();
    expect(parseBoardAddress('/', '#k')).toBeNull();
  });

  it('turns a full link into a path on this site', () => {
    expect(boardLinkPath('http://example.org:8787/b/x1#key')).toBe('/b/x1#key');
    expect(boardLinkPath('/b/x1#key')).toBe('/b/x1#key');
    expect(boardLinkPath('http://example.org/other#key')).toBeNull();
    expect(boardLinkPath('http://example.org/b/x1')).toBeNull();
  });

  it('says a fragment with a stray % is damaged, instead of throwing', () => {
    expect(secretFromHash('#abc%zz')).toBeNull();
    expect(secretFromHash('#abc%')).toBeNull();
    expect(parseBoardAddress('/b/x1', '#k%E0%A4%A')).toBeNull();
    expect(readBoardAddress('/b/x1', '#abc%')).toEqual({ ok: false, problem: 'damaged' });
    expect(boardLinkPath('http://example.org/b/x1#abc%zz')).toBeNull();
  });

  it('tells a missing part from a damaged one', () => {
    expect(readBoardAddress('/b/x1', '')).toEqual({ ok: false, problem: 'incomplete' });
    expect(readBoardAddress('/elsewhere', '#k')).toEqual({ ok: false, problem: 'incomplete' });
    expect(readBoardAddress('/b/x1', '#k%20')).toEqual({ ok: true, address: { boardId: 'x1', secret: 'k' } });
  });
});
