import { describe, expect, it } from 'vitest';
import { addNetworkMember, removeNetworkMember } from '../network/networkMembers';
import { readBoard } from '../readBoard';
import { deleteStatement, editStatement } from '../statements';
import { GRAN, WORKER, expectRefused, newBoard } from '../test/board';
import { fileStatement } from './fileStatement';
import { readMapping } from './readMapping';
import { REMOVED_CHILD_NAME, addChildWords, placeInHouse, readThreeHouses } from './threeHouses';

function houses(doc: ReturnType<typeof newBoard>) {
  return readThreeHouses(doc).children.map((c) => [c.name, c.removed, ...c.houses.map((h) => h.words.map((w) => w.text))]);
}

describe('three houses', () => {
  it('gives each child in the network three houses, with their own words in order', () => {
    const doc = newBoard();
    // Added in the same millisecond, the network orders people by id.
    const amy = addNetworkMember(doc, { name: 'Amy', kind: 'child', id: 'm_a' });
    const ben = addNetworkMember(doc, { name: 'Ben', kind: 'child', id: 'm_b' });
    addNetworkMember(doc, { name: 'Gran' });
    addChildWords(doc, { childId: amy, house: 'worries', text: 'When Dad shouts', author: WORKER });
    addChildWords(doc, { childId: amy, house: 'worries', text: 'Being alone at night', author: WORKER, index: 0 });
    addChildWords(doc, { childId: amy, house: 'good-things', text: 'Gran’s dog', author: WORKER });
    const dream = addChildWords(doc, { childId: amy, house: 'dreams', text: 'Everyone happy', author: WORKER });
    editStatement(doc, dream, 'Everyone happy at home');
    expect(houses(doc)).toEqual([
      ['Amy', false, ['Being alone at night', 'When Dad shouts'], ['Gran’s dog'], ['Everyone happy at home']],
      ['Ben', false, [], [], []],
    ]);
    const first = readThreeHouses(doc).children[0]!;
    expect(first.houses.map((h) => h.title)).toEqual(['House of worries', 'House of good things', 'House of dreams']);
    expect(first.houses[0]!.words[0]).toMatchObject({ childsOwnWords: true, authorName: WORKER.name });
    expect(ben).toBeTruthy();
  });

  it('[M35] keeps the child’s words out of the columns, and does not count them as unreadable', () => {
    const doc = newBoard();
    const amy = addNetworkMember(doc, { name: 'Amy', kind: 'child' });
    addChildWords(doc, { childId: amy, house: 'worries', text: 'x', author: GRAN });
    expect(readBoard(doc).sections.flatMap((s) => s.statements)).toEqual([]);
    expect(readBoard(doc).unreadable).toBe(0);
    expect(readMapping(doc).unreadable).toBe(0);
  });

  it('moves words onto the board with the child as their source, and back into a house', () => {
    const doc = newBoard();
    const amy = addNetworkMember(doc, { name: 'Amy', kind: 'child' });
    const id = addChildWords(doc, { childId: amy, house: 'worries', text: 'Dad shouts when he drinks', author: GRAN });
    fileStatement(doc, id, 'harm');
    expect(houses(doc)).toEqual([['Amy', false, [], [], []]]);
    expect(readMapping(doc).columns[0]!.domains[0]!.statements[0]!.source).toMatchObject({ kind: 'member', memberId: amy, label: 'Amy' });
    placeInHouse(doc, id, amy, 'dreams');
    expect(houses(doc)).toEqual([['Amy', false, [], [], ['Dad shouts when he drinks']]]);
    deleteStatement(doc, id);
    expect(houses(doc)).toEqual([['Amy', false, [], [], []]]);
  });

  it('[M33] keeps the words of a child removed from the network, under a plain name', () => {
    const doc = newBoard();
    const amy = addNetworkMember(doc, { name: 'Amy', kind: 'child' });
    addChildWords(doc, { childId: amy, house: 'dreams', text: 'A puppy', author: GRAN });
    removeNetworkMember(doc, amy);
    expect(houses(doc)).toEqual([[REMOVED_CHILD_NAME, true, [], [], ['A puppy']]]);
  });

  it('refuses a house for someone who is not a child, an unknown child or house', () => {
    const doc = newBoard();
    const gran = addNetworkMember(doc, { name: 'Gran' });
    const amy = addNetworkMember(doc, { name: 'Amy', kind: 'child' });
    expectRefused(doc, 'not_a_child', () => addChildWords(doc, { childId: gran, house: 'worries', text: 'x', author: GRAN }));
    expectRefused(doc, 'member_not_found', () => addChildWords(doc, { childId: 'm_x', house: 'worries', text: 'x', author: GRAN }));
    expectRefused(doc, 'unknown_section', () => addChildWords(doc, { childId: amy, house: 'attic' as never, text: 'x', author: GRAN }));
    expectRefused(doc, 'invalid_text', () => addChildWords(doc, { childId: amy, house: 'worries', text: 'x'.repeat(5001), author: GRAN }));
  });
});
