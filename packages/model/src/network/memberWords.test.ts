import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateBoard, storedSchemaVersion } from '../migrations';
import { META, NETWORK_MEMBER, SCALE, SCHEMA_VERSION, metaMap, networkMap, scalesMap } from '../schema';
import { expectRefused, newBoard } from '../test/board';
import { DEFAULT_SCALE_ID, addScale, ensureDefaultScale, updateScale } from '../scales/scales';
import { editScaleWords, scaleWordsText } from '../scales/scaleWords';
import { readScales } from '../scales/readScales';
import { addNetworkMember, readNetwork, updateNetworkMember } from './networkMembers';
import { MAX_MEMBER_NAME_LENGTH, editMemberWords, memberWordsText } from './memberWords';
import { readRemovals, removeAndKeep, restoreRemoval } from '../removals';

/** A board as schema 3 wrote it: a member's name and relationship, and a scale's words, as plain strings. */
function schemaThreeBoard(): Y.Doc {
  const doc = newBoard();
  ensureDefaultScale(doc);
  doc.transact(() => {
    metaMap(doc).set(META.schemaVersion, 3);
    const member = new Y.Map<unknown>();
    member.set(NETWORK_MEMBER.id, 'm_old');
    member.set(NETWORK_MEMBER.name, 'Gran');
    member.set(NETWORK_MEMBER.relationship, 'Mum’s mother');
    member.set(NETWORK_MEMBER.createdAt, 5);
    networkMap(doc).set('m_old', member);
    const scale = new Y.Map<unknown>();
    scale.set(SCALE.id, 'sc_old');
    scale.set(SCALE.question, 'How sure are you Amy eats at school?');
    scale.set(SCALE.zeroMeans, 'She goes hungry');
    scale.set(SCALE.tenMeans, 'She eats every day');
    scale.set(SCALE.createdAt, 6);
    scalesMap(doc).set('sc_old', scale);
  });
  return doc;
}

describe('a network member’s name and relationship are shared as they are typed', () => {
  it('[M41] typing letter by letter changes the name everyone reads; a name being retyped keeps its place', () => {
    const doc = newBoard();
    const id = addNetworkMember(doc, { name: 'Gran', relationship: 'Grandmother' });
    expect(memberWordsText(doc, id, 'name')).toBeInstanceOf(Y.Text);
    for (const next of ['', 'M', 'Ma', 'Mar', 'Mary']) editMemberWords(doc, id, 'name', next);
    editMemberWords(doc, id, 'relationship', 'Grandmother (Mum’s side) ');
    expect(readNetwork(doc)).toMatchObject([{ id, name: 'Mary', relationship: 'Grandmother (Mum’s side) ' }]);
    editMemberWords(doc, id, 'name', '');
    expect(readNetwork(doc).map((m) => m.id)).toEqual([id]);
    updateNetworkMember(doc, id, { name: '  Mary Jones ' });
    expect(readNetwork(doc)[0]?.name).toBe('Mary Jones');
    expectRefused(doc, 'invalid_text', () => editMemberWords(doc, id, 'name', 'x'.repeat(MAX_MEMBER_NAME_LENGTH + 1)));
    expectRefused(doc, 'invalid_text', () => editMemberWords(doc, id, 'kind' as never, 'x'));
    expectRefused(doc, 'member_not_found', () => editMemberWords(doc, 'nope', 'name', 'x'));
  });

  it('[M41] a removed person comes back with their name and relationship still typed together', () => {
    const doc = newBoard();
    const id = addNetworkMember(doc, { name: 'Gran', relationship: 'Grandmother' });
    editMemberWords(doc, id, 'name', 'Gran May');
    removeAndKeep(doc, 'member', id, { id: 'p_jo', name: 'Jo' });
    expect(readNetwork(doc)).toEqual([]);
    expect(restoreRemoval(doc, readRemovals(doc)[0]!.id)).toBe(true);
    expect(readNetwork(doc)).toMatchObject([{ id, name: 'Gran May', relationship: 'Grandmother' }]);
    for (const key of [NETWORK_MEMBER.name, NETWORK_MEMBER.relationship])
      expect(networkMap(doc).get(id)!.get(key), key).toBeInstanceOf(Y.Text);
    editMemberWords(doc, id, 'relationship', 'Grandmother, Mum’s side');
    expect(readNetwork(doc)[0]?.relationship).toBe('Grandmother, Mum’s side');
  });
});

describe('a scale’s question and ends are shared as they are typed', () => {
  it('[M41] the facilitator rewords a scale letter by letter; the default scale starts from the wording on screen', () => {
    const doc = newBoard();
    ensureDefaultScale(doc);
    const id = addScale(doc, { question: 'How safe?', zeroMeans: 'Not safe', tenMeans: 'Safe' });
    editScaleWords(doc, id, 'question', 'How safe is Amy at home?');
    editScaleWords(doc, id, 'tenMeans', '');
    expect(readScales(doc).find((s) => s.id === id)).toMatchObject({
      question: 'How safe is Amy at home?',
      zeroMeans: 'Not safe',
      tenMeans: '',
    });
    expect(readScales(doc)[0]).toMatchObject({ id: DEFAULT_SCALE_ID, question: null });
    scaleWordsText(doc, DEFAULT_SCALE_ID, 'question', 'How safe is the child?');
    editScaleWords(doc, DEFAULT_SCALE_ID, 'question', 'How safe is Amy?');
    expect(readScales(doc)[0]).toMatchObject({ question: 'How safe is Amy?', zeroMeans: null });
    updateScale(doc, id, { tenMeans: ' Safe every day ' });
    expect(readScales(doc).find((s) => s.id === id)?.tenMeans).toBe('Safe every day');
    expectRefused(doc, 'invalid_text', () => editScaleWords(doc, id, 'question', 'x'.repeat(401)));
    expectRefused(doc, 'scale_not_found', () => editScaleWords(doc, 'nope', 'question', 'x'));
  });
});

describe('migration 3 → 4: names, relationships and scale words become shared texts', () => {
  it('keeps every word of an older board and makes each field a shared text; the default scale stays worded by its framework', () => {
    const doc = schemaThreeBoard();
    const networkBefore = readNetwork(doc);
    const scalesBefore = readScales(doc);
    expect(networkBefore).toMatchObject([{ name: 'Gran', relationship: 'Mum’s mother' }]);
    expect(migrateBoard(doc)).toBe(SCHEMA_VERSION - 3);
    expect(storedSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    const member = networkMap(doc).get('m_old')!;
    for (const key of [NETWORK_MEMBER.name, NETWORK_MEMBER.relationship]) expect(member.get(key), key).toBeInstanceOf(Y.Text);
    const scale = scalesMap(doc).get('sc_old')!;
    for (const key of [SCALE.question, SCALE.zeroMeans, SCALE.tenMeans]) expect(scale.get(key), key).toBeInstanceOf(Y.Text);
    expect(scalesMap(doc).get(DEFAULT_SCALE_ID)!.get(SCALE.question)).toBeNull();
    expect(readNetwork(doc)).toEqual(networkBefore);
    expect(readScales(doc)).toEqual(scalesBefore);
    editMemberWords(doc, 'm_old', 'name', 'Granny');
    editScaleWords(doc, 'sc_old', 'zeroMeans', 'She often goes hungry');
    expect(readNetwork(doc)[0]?.name).toBe('Granny');
    expect(readScales(doc).find((s) => s.id === 'sc_old')?.zeroMeans).toBe('She often goes hungry');
  });
});
