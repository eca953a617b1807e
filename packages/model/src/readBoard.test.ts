import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readBoard, readBoardTitle, sectionStatements } from './readBoard';
import { META, ROOT, STATEMENT, metaMap, statementsMap } from './schema';
import { SECTIONS } from './sections';
import { addStatement, moveStatement } from './statements';
import { GRAN, newBoard } from './test/board';

/** Writes a raw statement record the way a broken or newer client might. */
function rawStatement(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) record.set(key, value);
    statementsMap(doc).set(id, record);
  });
}

function goodText(s: string): Y.Text {
  const text = new Y.Text();
  text.insert(0, s);
  return text;
}

describe('readBoard', () => {
  it('reads an empty board: title, template, time and the three sections in screen order', () => {
    const board = readBoard(newBoard());
    expect(board).toEqual({
      title: 'Family network meeting',
      template: 'three-column',
      createdAt: 1_700_000_000_000,
      sections: SECTIONS.map((s) => ({ id: s.id, title: s.title, short: s.short, statements: [] })),
      unreadable: 0,
    });
  });

  it('reads a document that was never created as an empty board', () => {
    const board = readBoard(new Y.Doc());
    expect(board.title).toBe('');
    expect(board.createdAt).toBeNull();
    expect(board.sections.every((s) => s.statements.length === 0)).toBe(true);
  });

  it('sorts by order key and breaks ties by id', () => {
    const doc = newBoard();
    rawStatement(doc, 's_b', { text: goodText('b'), placement: { section: 'worries', order: 'V' } });
    rawStatement(doc, 's_a', { text: goodText('a'), placement: { section: 'worries', order: 'V' } });
    rawStatement(doc, 's_c', { text: goodText('c'), placement: { section: 'worries', order: 'G' } });
    expect(sectionStatements(doc, 'worries').map((s) => s.id)).toEqual(['s_c', 's_a', 's_b']);
  });

  it('fills in missing author and time fields instead of dropping the statement', () => {
    const doc = newBoard();
    rawStatement(doc, 's_bare', { text: goodText('bare'), placement: { section: 'worries', order: 'V' }, authorName: 7 });
    expect(sectionStatements(doc, 'worries')).toEqual([
      { id: 's_bare', section: 'worries', order: 'V', text: 'bare', authorId: '', authorName: '', createdAt: 0 },
    ]);
  });

  it('[M7] leaves out and counts records it cannot understand, and never throws', () => {
    const doc = newBoard();
    addStatement(doc, { id: 's_ok', section: 'worries', text: 'fine', author: GRAN });
    const hostile: Record<string, Record<string, unknown>> = {
      s_number_placement: { text: goodText('x'), placement: 5 },
      s_null_placement: { text: goodText('x'), placement: null },
      s_string_placement: { text: goodText('x'), placement: 'worries' },
      s_array_placement: { text: goodText('x'), placement: ['worries', 'V'] },
      s_no_placement: { text: goodText('x') },
      s_unknown_section: { text: goodText('x'), placement: { section: 'danger', order: 'V' } },
      s_number_order: { text: goodText('x'), placement: { section: 'worries', order: 3 } },
      s_bad_order: { text: goodText('x'), placement: { section: 'worries', order: 'a b!' } },
      s_empty_order: { text: goodText('x'), placement: { section: 'worries', order: '' } },
      s_zero_order: { text: goodText('x'), placement: { section: 'worries', order: 'V0' } },
      s_no_text: { placement: { section: 'worries', order: 'V' } },
      s_string_text: { text: 'plain string', placement: { section: 'worries', order: 'V' } },
      s_map_text: { text: new Y.Map(), placement: { section: 'worries', order: 'V' } },
      s_map_placement: { text: goodText('x'), placement: new Y.Map() },
    };
    for (const [id, fields] of Object.entries(hostile)) rawStatement(doc, id, fields);
    doc.transact(() => {
      (statementsMap(doc) as Y.Map<unknown>).set('s_not_a_map', 'just a string');
      (statementsMap(doc) as Y.Map<unknown>).set('s_number', 42);
      (statementsMap(doc) as Y.Map<unknown>).set('s_array', new Y.Array());
      metaMap(doc).set(META.title, { not: 'a string' });
      metaMap(doc).set(META.createdAt, 'yesterday');
      metaMap(doc).set(META.template, 3);
    });

    const board = readBoard(doc);
    expect(board.unreadable).toBe(Object.keys(hostile).length + 3);
    expect(board.sections.flatMap((s) => s.statements.map((st) => st.id))).toEqual(['s_ok']);
    expect(board.title).toBe('');
    expect(board.createdAt).toBeNull();
    expect(board.template).toBe('three-column');
  });

  it('[M7] still lets people add and move statements beside a record with a broken order key', () => {
    const doc = newBoard();
    rawStatement(doc, 's_bad', { text: goodText('x'), placement: { section: 'worries', order: 'é' } });
    rawStatement(doc, 's_zero', { text: goodText('y'), placement: { section: 'worries', order: '' } });
    const id = addStatement(doc, { section: 'worries', text: 'first', author: GRAN, index: 0 });
    addStatement(doc, { section: 'worries', text: 'last', author: GRAN });
    moveStatement(doc, id, 'worries', 1);
    expect(sectionStatements(doc, 'worries').map((s) => s.text)).toEqual(['last', 'first']);
  });

  it('[M7] survives a peer that defined the statements root as an array', () => {
    const other = new Y.Doc();
    other.getArray(ROOT.statements).push(['not a statement', 3]);
    other.getArray(ROOT.meta).push([{ title: 'x' }]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(() => readBoard(doc)).not.toThrow();
    expect(readBoard(doc).sections.every((s) => s.statements.length === 0)).toBe(true);
  });

  it('returns plain data that does not change when the document does', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'worries', text: 'before', author: GRAN });
    const board = readBoard(doc);
    moveStatement(doc, id, 'next-steps');
    expect(board.sections[0]!.statements[0]!.text).toBe('before');
    expect(board.sections[2]!.statements).toEqual([]);
    expect(JSON.parse(JSON.stringify(board))).toEqual(board);
  });

  it('takes a statement id from its key in the statements map', () => {
    const doc = newBoard();
    rawStatement(doc, 's_key', { [STATEMENT.id]: 's_other', text: goodText('x'), placement: { section: 'worries', order: 'V' } });
    expect(sectionStatements(doc, 'worries')[0]!.id).toBe('s_key');
  });
});

describe('readBoardTitle', () => {
  it('is the title readBoard gives, and empty for a board without one', () => {
    const doc = newBoard();
    expect(readBoardTitle(doc)).toBe(readBoard(doc).title);
    metaMap(doc).set(META.title, 'The Smith family');
    expect(readBoardTitle(doc)).toBe('The Smith family');
    metaMap(doc).set(META.title, 42);
    expect(readBoardTitle(doc)).toBe('');
    expect(readBoardTitle(new Y.Doc())).toBe('');
  });
});
