import { describe, expect, it } from 'vitest';
import { SpentTickets } from './SpentTickets';

describe('spent tickets [L2]', () => {
  it('lets a ticket open one socket, and forgets it once it has expired', () => {
    let now = 0;
    const spent = new SpentTickets(() => now);
    expect(spent.spend('t1', 100)).toBe(true);
    expect(spent.spend('t1', 100)).toBe(false);
    expect(spent.spend('t2', 200)).toBe(true);
    now = 150;
    spent.spend('t3', 300);
    expect(spent.spend('t1', 100)).toBe(true);
    expect(spent.spend('t2', 200)).toBe(false);
  });
});
