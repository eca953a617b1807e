import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors';
import { addNetworkMember, readNetwork, removeNetworkMember } from '../network/networkMembers';
import { createBoard } from '../createBoard';
import { meetingAttendance } from './attendance';
import { linkMemberToPerson, mergeNetworkMembers } from './mergeMembers';
import { setPersonDetails } from './personDetails';
import { stillToAnswer } from './stillToAnswer';

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Review', template: 'three-column', createdAt: 1 });
  return doc;
}

function annaAndHerInterpreter(doc: Y.Doc) {
  const anna = addNetworkMember(doc, { name: 'Anna', relationship: 'Mum', attendance: 'in-room' });
  const jan = addNetworkMember(doc, { name: 'Jan', kind: 'interpreter', attendance: 'in-room' });
  setPersonDetails(doc, jan, { language: 'pl', interpretsFor: anna });
  return { anna, jan };
}

describe('an interpreter on the network', () => {
  it('keeps the language they interpret and whose words, read through a merge and forgotten when that person goes', () => {
    const doc = board();
    const { anna, jan } = annaAndHerInterpreter(doc);
    expect(readNetwork(doc).find((m) => m.id === jan)).toMatchObject({
      kind: 'interpreter',
      language: 'pl',
      interpretsFor: anna,
      scalesToo: false,
    });
    // Anna's two entries become one, kept under the other entry: the interpreter now interprets for that one.
    const annaAgain = addNetworkMember(doc, { name: 'Anna K', attendance: 'remote' });
    mergeNetworkMembers(doc, annaAgain, anna);
    expect(readNetwork(doc).find((m) => m.id === jan)?.interpretsFor).toBe(annaAgain);
    // With the kept entry gone, the merge into it no longer counts (see resolveMembers): Anna is listed again.
    removeNetworkMember(doc, annaAgain);
    expect(readNetwork(doc).find((m) => m.id === jan)?.interpretsFor).toBe(anna);
    removeNetworkMember(doc, anna);
    expect(readNetwork(doc).find((m) => m.id === jan)?.interpretsFor).toBeNull();
  });

  it('refuses to interpret for someone not on the network, or for themselves, and changes nothing', () => {
    const doc = board();
    const { anna, jan } = annaAndHerInterpreter(doc);
    expect(() => setPersonDetails(doc, jan, { interpretsFor: 'm_nobody' })).toThrow(ModelError);
    expect(() => setPersonDetails(doc, jan, { interpretsFor: jan })).toThrow(ModelError);
    expect(() => setPersonDetails(doc, jan, { language: 'x'.repeat(5000) })).toThrow(ModelError);
    expect(readNetwork(doc).find((m) => m.id === jan)).toMatchObject({ language: 'pl', interpretsFor: anna });
    setPersonDetails(doc, jan, { interpretsFor: null });
    expect(readNetwork(doc).find((m) => m.id === jan)?.interpretsFor).toBeNull();
  });

  it('is not waited for on a scale unless the chair asks them too; the family member still is', () => {
    const doc = board();
    const { jan } = annaAndHerInterpreter(doc);
    linkMemberToPerson(doc, jan, 'p_jan');
    const connected = [{ id: 'p_jan', name: 'Jan', role: 'participant' }];
    expect(stillToAnswer(connected, readNetwork(doc), []).map((s) => s.name)).toEqual(['Anna']);
    setPersonDetails(doc, jan, { scalesToo: true });
    expect(stillToAnswer(connected, readNetwork(doc), []).map((s) => s.name)).toEqual(['Anna', 'Jan']);
    setPersonDetails(doc, jan, { scalesToo: false });
    expect(stillToAnswer(connected, readNetwork(doc), []).map((s) => s.name)).toEqual(['Anna']);
  });

  it("is listed as an interpreter in a meeting's attendance, with the language and whose words", () => {
    const doc = board();
    const { jan } = annaAndHerInterpreter(doc);
    linkMemberToPerson(doc, jan, 'p_jan');
    const attended = meetingAttendance(doc, 'meeting-1', [{ person: 'p_jan', name: 'Jan', role: 'participant' }]);
    expect(attended).toEqual([
      {
        name: 'Jan',
        role: 'participant',
        where: 'in the room',
        person: 'p_jan',
        memberId: jan,
        interprets: { language: 'pl', forName: 'Anna' },
      },
      expect.objectContaining({ name: 'Anna', where: 'in the room' }),
    ]);
    expect(attended[1]).not.toHaveProperty('interprets');
  });
});
