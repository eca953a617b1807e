import { describe, expect, it } from 'vitest';
import { addNetworkMember, removeNetworkMember } from '../network/networkMembers';
import { STATEMENT, statementsMap } from '../schema';
import { addStatement } from '../statements';
import { GRAN, expectRefused, newBoard } from '../test/board';
import { readMapping } from './readMapping';
import { REMOVED_MEMBER_LABEL, setStatementSource, setStatementStance, sourcesOf, statementsFromSource } from './sources';

function statements(doc: ReturnType<typeof newBoard>) {
  return readMapping(doc).columns.flatMap((c) => c.statements);
}

describe('whose view a statement is', () => {
  it('records a network member, the child, a parent or an agency, and filters by source', () => {
    const doc = newBoard();
    const teacher = addNetworkMember(doc, { name: 'Ms Khan', relationship: 'teacher', kind: 'professional' });
    const ids = ['a', 'b', 'c', 'd', 'e'].map((t) => addStatement(doc, { section: 'worries', text: t, author: GRAN }));
    setStatementSource(doc, ids[0]!, { kind: 'member', memberId: teacher });
    setStatementSource(doc, ids[1]!, { kind: 'child' });
    setStatementSource(doc, ids[2]!, { kind: 'parent' });
    setStatementSource(doc, ids[3]!, { kind: 'agency', agency: '  Oak Primary School ' });
    const all = statements(doc);
    expect(all.map((s) => s.source && [s.source.kind, s.source.label, s.source.key])).toEqual([
      ['member', 'Ms Khan', `member:${teacher}`],
      ['child', 'The child', 'child'],
      ['parent', 'A parent', 'parent'],
      ['agency', 'Oak Primary School', 'agency:oak primary school'],
      null,
    ]);
    expect(statementsFromSource(all, 'parent').map((s) => s.text)).toEqual(['c']);
    expect(sourcesOf(all).map((s) => s.key)).toEqual([`member:${teacher}`, 'child', 'parent', 'agency:oak primary school']);
    setStatementSource(doc, ids[0]!, null);
    expect(statements(doc)[0]!.source).toBeNull();
  });

  it('[M33] reads a source who left the network as a removed person', () => {
    const doc = newBoard();
    const uncle = addNetworkMember(doc, { name: 'Uncle Joe' });
    const id = addStatement(doc, { section: 'worries', text: 'x', author: GRAN });
    setStatementSource(doc, id, { kind: 'member', memberId: uncle });
    removeNetworkMember(doc, uncle);
    expect(statements(doc)[0]!.source).toMatchObject({ kind: 'member', memberId: uncle, label: REMOVED_MEMBER_LABEL, removed: true });
  });

  it('refuses an unknown member, kind or empty agency, and reads a malformed source as none', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'worries', text: 'x', author: GRAN });
    expectRefused(doc, 'member_not_found', () => setStatementSource(doc, id, { kind: 'member', memberId: 'm_nobody' }));
    expectRefused(doc, 'invalid_source', () => setStatementSource(doc, id, { kind: 'neighbour' } as never));
    expectRefused(doc, 'invalid_text', () => setStatementSource(doc, id, { kind: 'agency', agency: ' ' }));
    expectRefused(doc, 'statement_not_found', () => setStatementSource(doc, 'nope', { kind: 'child' }));
    doc.transact(() => statementsMap(doc).get(id)!.set(STATEMENT.source, { kind: 42 }));
    expect(statements(doc)[0]!.source).toBeNull();
  });

  it('records the family’s agreement or their words of dispute', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'worries', text: 'Dad hit Amy', author: GRAN });
    setStatementStance(doc, id, 'disputed', 'Dad says he pushed past her, he did not hit her.');
    expect(statements(doc)[0]).toMatchObject({ stance: 'disputed', disputeWords: 'Dad says he pushed past her, he did not hit her.' });
    setStatementStance(doc, id, 'agreed');
    expect(statements(doc)[0]).toMatchObject({ stance: 'agreed', disputeWords: '' });
    setStatementStance(doc, id, 'disputed');
    expect(statements(doc)[0]!.disputeWords).toBe('Dad says he pushed past her, he did not hit her.');
    setStatementStance(doc, id, null);
    expect(statements(doc)[0]!.stance).toBeNull();
    expectRefused(doc, 'invalid_source', () => setStatementStance(doc, id, 'maybe' as never));
    expectRefused(doc, 'invalid_text', () => setStatementStance(doc, id, 'disputed', 'x'.repeat(1001)));
  });
});
