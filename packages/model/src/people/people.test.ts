import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors';
import { addNetworkMember, readNetwork, removeNetworkMember, updateNetworkMember } from '../network/networkMembers';
import { readMapping } from '../mapping/readMapping';
import { setStatementSource } from '../mapping/sources';
import { addStatement } from '../statements';
import { createBoard } from '../createBoard';
import { addRule } from '../plan/rules';
import { setRuleDoers } from '../plan/ruleFields';
import { readPlan } from '../plan/readPlan';
import { memberLookup, memberOfPerson } from './memberLookup';
import { linkMemberToPerson, mergeNetworkMembers } from './mergeMembers';
import { resolveMembers } from './resolveMembers';
import { answerKeysOf, stillToAnswer } from './stillToAnswer';
import { setPersonDetails } from './personDetails';

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Review', template: 'three-column', createdAt: 1 });
  return doc;
}

describe('a person on the board', () => {
  it('is tied to the server-issued id of their link, and found by it', () => {
    const doc = board();
    const sarah = addNetworkMember(doc, { name: 'Sarah', relationship: 'Mum', attendance: 'in-room' });
    linkMemberToPerson(doc, sarah, 'p_sarah');
    const network = readNetwork(doc);
    expect(network.map((m) => [m.name, m.personIds])).toEqual([['Sarah', ['p_sarah']]]);
    expect(memberOfPerson(network, 'p_sarah')?.id).toBe(sarah);
    expect(answerKeysOf(network[0]!)).toEqual([`m:${sarah}`, 'p:p_sarah']);
    expect(() => linkMemberToPerson(doc, sarah, 'not a person id')).toThrow(ModelError);
    linkMemberToPerson(doc, sarah, null);
    expect(readNetwork(doc)[0]!.personIds).toEqual([]);
  });

  it('merging two entries lists the person once, loses nothing, and points everything at them', () => {
    const doc = board();
    const byHand = addNetworkMember(doc, { name: 'Sarah', relationship: '', attendance: 'in-room' });
    const byLink = addNetworkMember(doc, { name: 'Sarah Okafor', relationship: 'Mum', attendance: 'remote' });
    linkMemberToPerson(doc, byLink, 'p_laptop');
    const statement = addStatement(doc, { section: 'worries', text: 'Late for school', author: { id: 'p_x', name: 'X' } });
    setStatementSource(doc, statement, { kind: 'member', memberId: byLink });
    const rule = addRule(doc, { text: 'Sarah walks Mia to school' });
    setRuleDoers(doc, rule, [byHand, byLink]);

    mergeNetworkMembers(doc, byHand, byLink);
    const network = readNetwork(doc);
    expect(network).toHaveLength(1);
    expect(network[0]).toMatchObject({ id: byHand, name: 'Sarah', relationship: 'Mum', personIds: ['p_laptop'], mergedIds: [byLink] });
    // The merged entry is still in the document, so nothing of it is lost.
    expect(doc.getMap('network').has(byLink)).toBe(true);
    expect(memberLookup(doc).get(byLink)?.id).toBe(byHand);
    const source = readMapping(doc)
      .columns.flatMap((c) => c.statements)
      .find((s) => s.id === statement)?.source;
    expect(source).toMatchObject({ kind: 'member', memberId: byHand, label: 'Sarah', removed: false });
    expect(readPlan(doc).rules[0]!.doers).toEqual([byHand]);
    expect(() => mergeNetworkMembers(doc, byLink, byHand)).toThrow(ModelError);
  });

  it('still to answer: the person once, settled by an answer under any of their keys', () => {
    const doc = board();
    const sarah = addNetworkMember(doc, { name: 'Sarah', attendance: 'in-room' });
    const dupe = addNetworkMember(doc, { name: 'Sarah (Mum)', attendance: 'in-room' });
    linkMemberToPerson(doc, dupe, 'p_laptop');
    mergeNetworkMembers(doc, sarah, dupe);
    const connected = [
      { id: 'p_laptop', name: 'Sarah', role: 'participant' },
      { id: 'p_chair', name: 'Chair', role: 'facilitator' },
    ];
    expect(stillToAnswer(connected, readNetwork(doc), [])).toEqual([{ key: 'p:p_laptop', name: 'Sarah', inRoom: false }]);
    for (const key of [`m:${sarah}`, `m:${dupe}`, 'p:p_laptop']) expect(stillToAnswer(connected, readNetwork(doc), [{ key }])).toEqual([]);
  });

  it('a merge chain and a merge cycle each resolve to one entry; a merge into a removed entry is undone', () => {
    const doc = board();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => addNetworkMember(doc, { name }));
    mergeNetworkMembers(doc, b!, a!);
    mergeNetworkMembers(doc, c!, b!);
    expect([...resolveMembers(doc).values()]).toEqual([c, c, c]);
    // A cycle can only come from concurrent merges: written directly here.
    doc.transact(() => (doc.getMap('network').get(c!) as Y.Map<unknown>).set('mergedInto', a!));
    const roots = new Set(resolveMembers(doc).values());
    expect(roots.size).toBe(1);
    expect(readNetwork(doc)).toHaveLength(1);
    updateNetworkMember(doc, [...roots][0]!, { relationship: 'Friend' });
    removeNetworkMember(doc, [...roots][0]!);
    expect(readNetwork(doc)).toHaveLength(1);
  });
});

describe("a person's details", () => {
  it('keeps agency, shared contact details and reading language, checks them, and carries them through a merge', () => {
    const doc = board();
    const ali = addNetworkMember(doc, { name: 'Ms Ali', kind: 'professional' });
    const dupe = addNetworkMember(doc, { name: 'Ali', kind: 'professional' });
    setPersonDetails(doc, dupe, { agency: "Children's services", contact: '01234 567890', language: 'pa-Guru' });
    expect(readNetwork(doc).find((m) => m.id === dupe)).toMatchObject({
      agency: "Children's services",
      contact: '01234 567890',
      language: 'pa-Guru',
    });
    expect(() => setPersonDetails(doc, ali, { language: 'Punjabi please' })).toThrow(ModelError);
    expect(() => setPersonDetails(doc, ali, { contact: 'x'.repeat(201) })).toThrow(ModelError);
    mergeNetworkMembers(doc, ali, dupe);
    expect(readNetwork(doc)).toEqual([
      expect.objectContaining({ id: ali, name: 'Ms Ali', agency: "Children's services", contact: '01234 567890', language: 'pa-Guru' }),
    ]);
    setPersonDetails(doc, ali, { contact: '', language: null });
    expect(readNetwork(doc)[0]).toMatchObject({ contact: '01234 567890', language: 'pa-Guru' });
  });
});
