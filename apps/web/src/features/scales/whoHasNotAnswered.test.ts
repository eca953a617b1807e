import { describe, expect, it } from 'vitest';
import type { NetworkMemberView } from '@kinboard/model';
import { whoHasNotAnswered } from './whoHasNotAnswered';

const member = (id: string, name: string, attendance: NetworkMemberView['attendance'], personIds: string[] = []): NetworkMemberView => ({
  id,
  name,
  attendance,
  relationship: '',
  kind: 'family',
  createdAt: 0,
  personIds,
  mergedIds: [],
  agency: '',
  contact: '',
  language: null,
  interpretsFor: null,
  scalesToo: false,
});

describe('whoHasNotAnswered', () => {
  it('is people here who take part and members the chair records for, minus those who answered; never the chair or the screen', () => {
    const people = [
      { id: 'f', name: 'Alex', role: 'facilitator' },
      { id: 'p', name: 'Jo', role: 'participant' },
      { id: 'v', name: 'Shared screen', role: 'viewer' },
    ];
    const members = [
      member('g', 'Gran', 'in-room'),
      member('u', 'Uncle Ray', 'remote'),
      member('n', 'Nan', 'not-present'),
      member('t', 'Tom', 'phone'),
    ];
    expect(whoHasNotAnswered(people, members, [{ key: 'p:p' }])).toEqual([
      { key: 'm:g', name: 'Gran', inRoom: true },
      { key: 'm:t', name: 'Tom', inRoom: true },
    ]);
    expect(whoHasNotAnswered(people, members, [{ key: 'p:p' }, { key: 'm:t' }, { key: 'm:g' }])).toEqual([]);
  });

  it('counts a person in two tabs once', () => {
    const people = [
      { id: 'p', name: 'Jo', role: 'participant' },
      { id: 'p', name: 'Jo', role: 'participant' },
    ];
    expect(whoHasNotAnswered(people, [], [])).toHaveLength(1);
  });

  it('lists Sarah once when she is on the network list, in the room and on her own laptop, and her answer settles it', () => {
    const people = [{ id: 'p_sarah', name: 'Sarah', role: 'participant' }];
    const members = [member('m_sarah', 'Sarah (Mum)', 'in-room', ['p_sarah'])];
    expect(whoHasNotAnswered(people, members, [])).toEqual([{ key: 'p:p_sarah', name: 'Sarah (Mum)', inRoom: false }]);
    expect(whoHasNotAnswered(people, members, [{ key: 'p:p_sarah' }])).toEqual([]);
    // Recorded for her by the chair under her network entry counts too.
    expect(whoHasNotAnswered(people, members, [{ key: 'm:m_sarah' }])).toEqual([]);
  });
});
