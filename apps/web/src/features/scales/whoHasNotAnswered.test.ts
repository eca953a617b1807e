import { describe, expect, it } from 'vitest';
import type { NetworkMemberView } from '@kinboard/model';
import { whoHasNotAnswered } from './whoHasNotAnswered';

const member = (id: string, name: string, attendance: NetworkMemberView['attendance']): NetworkMemberView => ({
  id,
  name,
  attendance,
  relationship: '',
  kind: 'family',
  createdAt: 0,
});

describe('whoHasNotAnswered', () => {
  it('is people here who can answer and members in the room, minus those who answered', () => {
    const people = [
      { id: 'f', name: 'Alex', role: 'facilitator' },
      { id: 'p', name: 'Jo', role: 'participant' },
      { id: 'v', name: 'Shared screen', role: 'viewer' },
    ];
    const members = [member('g', 'Gran', 'in-room'), member('u', 'Uncle Ray', 'remote'), member('n', 'Nan', 'not-present')];
    expect(whoHasNotAnswered(people, members, [{ key: 'p:p' }])).toEqual([
      { key: 'p:f', name: 'Alex', inRoom: false },
      { key: 'm:g', name: 'Gran', inRoom: true },
    ]);
    expect(whoHasNotAnswered(people, members, [{ key: 'p:p' }, { key: 'p:f' }, { key: 'm:g' }])).toEqual([]);
  });

  it('counts a person in two tabs once', () => {
    const people = [
      { id: 'p', name: 'Jo', role: 'participant' },
      { id: 'p', name: 'Jo', role: 'participant' },
    ];
    expect(whoHasNotAnswered(people, [], [])).toHaveLength(1);
  });
});
