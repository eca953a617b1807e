import { describe, expect, it } from 'vitest';
import { chairJoinLink, roomPageCount } from './roomPresence';

describe('room screens and the chair in presence', () => {
  it('the chair counts the most pages any room screen made of what it shows now', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { roomPages: { key: 'k', pages: 2 } }],
      [2, { roomPages: { key: 'k', pages: 3 } }],
      [3, { roomPages: { key: 'old', pages: 9 } }],
      [4, { roomPages: { key: 'k', pages: 'lots' } }],
    ]);
    expect(roomPageCount(states, 'k')).toBe(3);
    expect(roomPageCount(states, 'other')).toBeNull();
  });

  it("shows only a facilitator's join link, and only a web link", () => {
    const link = 'https://kinboard.example/b/abc#secret';
    expect(chairJoinLink(new Map([[1, { user: { role: 'participant' }, roomJoin: link }]]))).toBeNull();
    expect(chairJoinLink(new Map([[1, { user: { role: 'facilitator' }, roomJoin: 'javascript:alert(1)' }]]))).toBeNull();
    expect(chairJoinLink(new Map([[1, { user: { role: 'facilitator' }, roomJoin: link }]]))).toBe(link);
  });
});
