import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../createBoard';
import { readBoard } from '../readBoard';
import { META, STATEMENT, metaMap, statementsMap } from '../schema';
import { addStatement, deleteStatement, moveStatement } from '../statements';
import { GRAN, WORKER, expectRefused, newBoard } from '../test/board';
import { currentFramework, currentView, setBoardView, setFramework } from './boardSettings';
import { addStatementToDomain, fileStatement } from './fileStatement';
import { columnGroups, domainStatements, readMapping } from './readMapping';

function ids(doc: Y.Doc, domain: Parameters<typeof domainStatements>[1]): string[] {
  return domainStatements(readMapping(doc), domain).map((s) => s.text);
}

describe('board view and framework', () => {
  it('stores the template as the first view and Signs of Safety unless another framework is chosen', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Mapping for Amy', template: 'seven-domain', framework: 'signs-of-wellbeing' });
    expect(currentView(doc)).toBe('seven-domain');
    expect(currentFramework(doc)).toBe('signs-of-wellbeing');
    expect(currentFramework(newBoard())).toBe('signs-of-safety');
    expect(currentView(newBoard())).toBe('three-column');
  });

  it('refuses an unknown template, framework or view and changes nothing', () => {
    const doc = new Y.Doc();
    expectRefused(doc, 'unknown_template', () => createBoard(doc, { title: 'x', template: 'five-column' as never }));
    expectRefused(doc, 'unknown_framework', () =>
      createBoard(doc, { title: 'x', template: 'three-column', framework: 'signs-of-fun' as never }),
    );
    const board = newBoard();
    expectRefused(board, 'unknown_view', () => setBoardView(board, 'grid' as never));
    expectRefused(board, 'unknown_framework', () => setFramework(board, 'other' as never));
  });

  it('reads a board from before views and frameworks: its template is its view, Signs of Safety its words', () => {
    const doc = newBoard();
    doc.transact(() => {
      metaMap(doc).delete(META.view);
      metaMap(doc).delete(META.framework);
    });
    expect(currentView(doc)).toBe('three-column');
    expect(readMapping(doc).terms.dangerStatement).toBe('danger statement');
  });

  it('relabels every heading when the framework changes', () => {
    const doc = newBoard();
    setFramework(doc, 'signs-of-success');
    const mapping = readMapping(doc);
    expect(mapping.terms.plan).toBe('care plan');
    expect(mapping.columns[2]!.domains.map((d) => d.title)).toEqual(['Success goals', 'Next steps']);
  });
});

describe('the seven domains', () => {
  it('[M31] files statements added in the three-column view under each column’s default domain, flagged unfiled', () => {
    const doc = newBoard();
    addStatement(doc, { section: 'worries', text: 'Dad drinks', author: GRAN });
    addStatement(doc, { section: 'working-well', text: 'Gran helps', author: GRAN });
    addStatement(doc, { section: 'next-steps', text: 'Meet again in May', author: WORKER });
    const all = readMapping(doc).columns.flatMap((c) => c.statements.map((s) => [s.text, s.domain, s.filed, s.label]));
    expect(all).toEqual([
      ['Dad drinks', 'complicating-factors', false, 'not sorted yet'],
      ['Gran helps', 'existing-strengths', false, 'not sorted yet'],
      ['Meet again in May', 'next-steps', false, 'not sorted yet'],
    ]);
  });

  it('lists a three-column board’s unfiled worries under "Not sorted yet", never under the default domain', () => {
    const doc = newBoard();
    addStatement(doc, { section: 'worries', text: 'Dad drinks', author: GRAN });
    addStatementToDomain(doc, { domain: 'harm', text: 'Amy was hit', author: GRAN });
    addStatement(doc, { section: 'working-well', text: 'Gran helps', author: GRAN });
    const plain = newBoard();
    addStatement(plain, { section: 'worries', text: 'Dad drinks', author: GRAN });
    const plainMapping = readMapping(plain);
    expect(columnGroups(plainMapping, plainMapping.columns[0]!)).toBeNull();

    const mapping = readMapping(doc);
    const groups = mapping.columns.map((c) => columnGroups(mapping, c)!.map((g) => [g.title, g.statements.map((s) => s.text)]));
    expect(groups).toEqual([
      [
        ['Harm', ['Amy was hit']],
        ['Not sorted yet', ['Dad drinks']],
      ],
      [['Not sorted yet', ['Gran helps']]],
      [],
    ]);
    setBoardView(doc, 'seven-domain');
    const seven = readMapping(doc);
    expect(columnGroups(seven, seven.columns[0]!)!.map((g) => g.title)).toEqual(['Harm', 'Complicating factors']);
  });

  it('re-files a statement across columns in one write, and places it by index within the domain', () => {
    const doc = newBoard();
    const a = addStatementToDomain(doc, { domain: 'harm', text: 'A', author: GRAN });
    const b = addStatementToDomain(doc, { domain: 'harm', text: 'B', author: GRAN });
    const c = addStatement(doc, { section: 'working-well', text: 'C', author: GRAN });
    let updates = 0;
    doc.on('update', () => updates++);
    fileStatement(doc, c, 'harm', 1);
    expect(updates).toBe(1);
    expect(ids(doc, 'harm')).toEqual(['A', 'C', 'B']);
    expect(readBoard(doc).sections[0]!.statements.map((s) => s.text)).toEqual(['A', 'C', 'B']);
    fileStatement(doc, a, 'existing-safety', 0);
    expect(ids(doc, 'existing-safety')).toEqual(['A']);
    expect(readMapping(doc).columns[1]!.statements.map((s) => [s.text, s.filed])).toEqual([['A', true]]);
    expect(b).toBeTruthy();
  });

  it('refuses an unknown domain or statement', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'worries', text: 'x', author: GRAN });
    expectRefused(doc, 'unknown_domain', () => fileStatement(doc, id, 'worries' as never));
    expectRefused(doc, 'statement_not_found', () => fileStatement(doc, 'nope', 'harm'));
    expectRefused(doc, 'unknown_domain', () => addStatementToDomain(doc, { domain: 'x' as never, text: 'x', author: GRAN }));
  });

  it('[M31] keeps the domain when a statement is reordered in its column, and resets it when moved to another column', () => {
    const doc = newBoard();
    const harm = addStatementToDomain(doc, { domain: 'harm', text: 'Harm', author: GRAN });
    addStatementToDomain(doc, { domain: 'danger-statements', text: 'Danger', author: GRAN });
    moveStatement(doc, harm, 'worries', 5);
    expect(ids(doc, 'harm')).toEqual(['Harm']);
    moveStatement(doc, harm, 'working-well');
    expect(ids(doc, 'existing-strengths')).toEqual(['Harm']);
    expect(ids(doc, 'harm')).toEqual([]);
  });

  it('[M30] loses nothing switching views both ways: every statement is in exactly one column and one domain', () => {
    const doc = newBoard();
    const sections = ['worries', 'working-well', 'next-steps'] as const;
    for (let i = 0; i < 6; i++) addStatement(doc, { section: sections[i % 3] ?? 'worries', text: `three ${i}`, author: GRAN });
    setBoardView(doc, 'seven-domain');
    for (let i = 0; i < 7; i++)
      addStatementToDomain(doc, { domain: readMapping(doc).columns.flatMap((c) => c.domains)[i]!.id, text: `seven ${i}`, author: GRAN });
    setBoardView(doc, 'three-column');
    const mapping = readMapping(doc);
    const inColumns = mapping.columns.flatMap((c) => c.statements.map((s) => s.id)).sort();
    const inDomains = mapping.columns.flatMap((c) => c.domains.flatMap((d) => d.statements.map((s) => s.id))).sort();
    expect(inColumns).toHaveLength(13);
    expect(inDomains).toEqual(inColumns);
    expect(
      readBoard(doc)
        .sections.flatMap((s) => s.statements.map((st) => st.id))
        .sort(),
    ).toEqual(inColumns);
    expect(mapping.view).toBe('three-column');
  });

  it('[M7] reads a domain from another column (a broken client) as the column’s default, and never throws', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'worries', text: 'x', author: GRAN });
    doc.transact(() => statementsMap(doc).get(id)!.set(STATEMENT.placement, { section: 'worries', order: 'V', domain: 'goals' }));
    expect(readMapping(doc).columns[0]!.statements[0]).toMatchObject({ domain: 'complicating-factors', filed: false });
    deleteStatement(doc, id);
    expect(readMapping(doc).columns[0]!.statements).toEqual([]);
  });
});
