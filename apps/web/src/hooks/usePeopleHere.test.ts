import { describe, expect, it } from 'vitest';
import { peopleFromAwareness } from './usePeopleHere';

const user = (id: string, name: string, role: string) => ({ user: { id, name, role, color: '#1d70b8' } });

describe('peopleFromAwareness', () => {
  it('lists me first, then by role and name, once per person', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user('p1', 'Zara', 'participant')],
      [2, user('p2', 'Chair', 'facilitator')],
      [3, user('p3', 'Me', 'viewer')],
      [4, user('p1', 'Zara', 'participant')],
      [5, {}],
    ]);
    const people = peopleFromAwareness(states, 3);
    expect(people.map((p) => [p.name, p.role, p.isMe])).toEqual([
      ['Me', 'viewer', true],
      ['Chair', 'facilitator', false],
      ['Zara', 'participant', false],
    ]);
  });

  it('shows unknown roles as viewer and bad colours as grey', () => {
    const states = new Map<number, Record<string, unknown>>([[1, { user: { id: 'p', name: 'A', role: 'admin', color: 'url(x)' } }]]);
    expect(peopleFromAwareness(states, 9)[0]).toMatchObject({ role: 'viewer', color: '#505a5f' });
  });
});
