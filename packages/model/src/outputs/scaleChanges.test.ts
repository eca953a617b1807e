import { describe, expect, it } from 'vitest';
import { readMeetingRecordContent } from '../meeting/meetingRecord';
import { addNetworkMember } from '../network/networkMembers';
import { newBoard } from '../test/board';
import { scaleRound } from '../test/outputsBoard';
import { personChangeText, scaleChangesByPerson } from './scaleChanges';

describe('scaleChangesByPerson', () => {
  it('gives each person’s number in each meeting: "Kerry 7 → 8, Tom 3 → 6", and who scaled only once', () => {
    const doc = newBoard();
    const kerry = addNetworkMember(doc, { name: 'Kerry' });
    const tom = addNetworkMember(doc, { name: 'Tom' });
    const amir = addNetworkMember(doc, { name: 'Amir' });
    scaleRound(doc, { [kerry]: ['Kerry', 7], [tom]: ['Tom', 3], [amir]: ['Amir', 4] }, 'first');
    const first = readMeetingRecordContent(doc, 'first');
    scaleRound(doc, { [kerry]: ['Kerry', 8], [tom]: ['Tom', 6] }, 'second');
    const second = readMeetingRecordContent(doc, 'second');
    const [change] = scaleChangesByPerson(first, second);
    expect(change?.people.map((p) => personChangeText(p))).toEqual(['Amir 4 → not scaled', 'Kerry 7 → 8', 'Tom 3 → 6']);
  });
});
