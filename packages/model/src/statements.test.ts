import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from './errors';
import { LOCAL_CHANGE, SERVER_CHANGE } from './origins';
import { readBoard, sectionStatements } from './readBoard';
import { STATEMENT, statementsMap } from './schema';
import {
  MAX_STATEMENT_LENGTH,
  addStatement,
  deleteStatement,
  editStatement,
  moveStatement,
  newStatementId,
  statementText,
} from './statements';
import { GRAN, WORKER, expectRefused, newBoard, texts } from './test/board';

function boardWith(worries: string[]): Y.Doc {
  const doc = newBoard();
  for (const text of worries) addStatement(doc, { section: 'worries', text, author: GRAN });
  return doc;
}

describe('addStatement', () => {
  it('adds a statement with its author, time and id', () => {
    const doc = newBoard();
    const id = addStatement(doc, { section: 'working-well', text: 'Gran walks Mia to school', author: GRAN, createdAt: 5 });
    expect(id).toMatch(/^s_[0-9a-f]{24}$/);
    const [view] = sectionStatements(doc, 'working-well');
    expect(view).toMatchObject({
      id,
      section: 'working-well',
      text: 'Gran walks Mia to school',
      authorId: 'p_gran',
      authorName: 'Gran',
      createdAt: 5,
    });
    expect(statementsMap(doc).get(id)?.get(STATEMENT.id)).toBe(id);
    expect(statementsMap(doc).get(id)?.get(STATEMENT.text)).toBeInstanceOf(Y.Text);
  });

  it('uses the id it is given', () => {
    const doc = newBoard();
    expect(addStatement(doc, { id: 's_given', section: 'worries', text: 'x', author: GRAN })).toBe('s_given');
    expect(sectionStatements(doc, 'worries')[0]?.id).toBe('s_given');
  });

  it('makes fresh ids', () => {
    expect(newStatementId()).not.toBe(newStatementId());
  });

  it('adds to the end of a section by default', () => {
    expect(texts(boardWith(['a', 'b', 'c']), 'worries')).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [0, ['new', 'a', 'b', 'c']],
    [1, ['a', 'new', 'b', 'c']],
    [3, ['a', 'b', 'c', 'new']],
    [99, ['a', 'b', 'c', 'new']],
    [-4, ['new', 'a', 'b', 'c']],
    [1.7, ['a', 'new', 'b', 'c']],
  ])('adds at index %s', (index, expected) => {
    const doc = boardWith(['a', 'b', 'c']);
    addStatement(doc, { section: 'worries', text: 'new', author: WORKER, index });
    expect(texts(doc, 'worries')).toEqual(expected);
  });

  it('accepts an empty statement and one of exactly the maximum length', () => {
    const doc = newBoard();
    addStatement(doc, { section: 'next-steps', text: '', author: GRAN });
    addStatement(doc, { section: 'next-steps', text: 'x'.repeat(MAX_STATEMENT_LENGTH), author: GRAN });
    expect(texts(doc, 'next-steps').map((t) => t.length)).toEqual([0, MAX_STATEMENT_LENGTH]);
  });

  it('makes its change in one transaction with the given origin', () => {
    const doc = newBoard();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    addStatement(doc, { section: 'worries', text: 'a', author: GRAN });
    addStatement(doc, { section: 'worries', text: 'b', author: GRAN }, SERVER_CHANGE);
    expect(origins).toEqual([LOCAL_CHANGE, SERVER_CHANGE]);
  });

  it('[M6] refuses an unknown section and changes nothing', () => {
    const doc = boardWith(['a']);
    expectRefused(doc, ModelErrorCode.unknownSection, () => addStatement(doc, { section: 'danger' as never, text: 'x', author: GRAN }));
  });

  it('[M6] refuses text that is too long and changes nothing', () => {
    const doc = boardWith(['a']);
    expectRefused(doc, ModelErrorCode.invalidText, () =>
      addStatement(doc, { section: 'worries', text: 'x'.repeat(MAX_STATEMENT_LENGTH + 1), author: GRAN }),
    );
  });
});

describe('editStatement', () => {
  it('changes the text', () => {
    const doc = boardWith(['Dad shouts']);
    const [s] = sectionStatements(doc, 'worries');
    editStatement(doc, s!.id, 'Dad shouts at Mia when he has been drinking');
    expect(texts(doc, 'worries')).toEqual(['Dad shouts at Mia when he has been drinking']);
  });

  it('applies only the part that changed to the shared text', () => {
    const doc = boardWith(['Gran helps']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    const deltas: unknown[] = [];
    statementText(doc, id).observe((event) => deltas.push(event.delta));
    editStatement(doc, id, 'Gran often helps');
    expect(deltas).toEqual([[{ retain: 5 }, { insert: 'often ' }]]);
  });

  it('does nothing when the text is the same', () => {
    const doc = boardWith(['same']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    const before = Y.encodeStateVector(doc);
    editStatement(doc, id, 'same');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('can empty a statement', () => {
    const doc = boardWith(['gone soon']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    editStatement(doc, id, '');
    expect(texts(doc, 'worries')).toEqual(['']);
  });

  it('[M6] refuses an unknown statement and changes nothing', () => {
    const doc = boardWith(['a']);
    expectRefused(doc, ModelErrorCode.statementNotFound, () => editStatement(doc, 's_missing', 'x'));
  });

  it('[M6] refuses text that is too long and changes nothing', () => {
    const doc = boardWith(['a']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    expectRefused(doc, ModelErrorCode.invalidText, () => editStatement(doc, id, 'y'.repeat(MAX_STATEMENT_LENGTH + 1)));
  });
});

describe('moveStatement', () => {
  it('reorders within a section (index counts the others)', () => {
    const doc = boardWith(['a', 'b', 'c']);
    const [a, , c] = sectionStatements(doc, 'worries');
    moveStatement(doc, a!.id, 'worries', 2);
    expect(texts(doc, 'worries')).toEqual(['b', 'c', 'a']);
    moveStatement(doc, c!.id, 'worries', 0);
    expect(texts(doc, 'worries')).toEqual(['c', 'b', 'a']);
    moveStatement(doc, a!.id, 'worries', 1);
    expect(texts(doc, 'worries')).toEqual(['c', 'a', 'b']);
  });

  it('moves between sections, to the end by default or to an index', () => {
    const doc = boardWith(['a', 'b']);
    addStatement(doc, { section: 'next-steps', text: 'x', author: WORKER });
    addStatement(doc, { section: 'next-steps', text: 'y', author: WORKER });
    const [a, b] = sectionStatements(doc, 'worries');
    moveStatement(doc, a!.id, 'next-steps');
    moveStatement(doc, b!.id, 'next-steps', 1);
    expect(texts(doc, 'worries')).toEqual([]);
    expect(texts(doc, 'next-steps')).toEqual(['x', 'b', 'y', 'a']);
  });

  it('keeps the text, author and id of the moved statement', () => {
    const doc = boardWith(['Dad shouts']);
    const before = sectionStatements(doc, 'worries')[0]!;
    moveStatement(doc, before.id, 'working-well');
    const after = sectionStatements(doc, 'working-well')[0]!;
    expect({ ...after, section: before.section, order: before.order }).toEqual(before);
  });

  it('[M6] refuses an unknown section and changes nothing', () => {
    const doc = boardWith(['a']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    expectRefused(doc, ModelErrorCode.unknownSection, () => moveStatement(doc, id, 'elsewhere' as never));
  });

  it('[M6] refuses an unknown statement and changes nothing', () => {
    const doc = boardWith(['a']);
    expectRefused(doc, ModelErrorCode.statementNotFound, () => moveStatement(doc, 's_missing', 'worries'));
  });
});

describe('deleteStatement', () => {
  it('removes the statement and leaves the others in order', () => {
    const doc = boardWith(['a', 'b', 'c']);
    const [, b] = sectionStatements(doc, 'worries');
    deleteStatement(doc, b!.id);
    expect(texts(doc, 'worries')).toEqual(['a', 'c']);
    expect(statementsMap(doc).has(b!.id)).toBe(false);
  });

  it('[M6] refuses an unknown or already deleted statement and changes nothing', () => {
    const doc = boardWith(['a']);
    const id = sectionStatements(doc, 'worries')[0]!.id;
    deleteStatement(doc, id);
    expectRefused(doc, ModelErrorCode.statementNotFound, () => deleteStatement(doc, id));
    expectRefused(doc, ModelErrorCode.statementNotFound, () => statementText(doc, id));
  });
});

describe('a sequence of operations', () => {
  it('ends in the board the meeting would expect', () => {
    const doc = newBoard();
    const shouting = addStatement(doc, { section: 'worries', text: 'Dad shouts', author: WORKER });
    const school = addStatement(doc, { section: 'working-well', text: 'Mia goes to school every day', author: GRAN });
    const plan = addStatement(doc, { section: 'next-steps', text: 'Gran to stay on Fridays', author: GRAN });
    editStatement(doc, shouting, 'Dad shouts at Mia in the evenings');
    addStatement(doc, { section: 'working-well', text: 'Gran is nearby', author: GRAN, index: 0 });
    moveStatement(doc, plan, 'working-well', 1);
    deleteStatement(doc, school);
    const board = readBoard(doc);
    expect(board.sections.map((s) => s.statements.map((st) => st.text))).toEqual([
      ['Dad shouts at Mia in the evenings'],
      ['Gran is nearby', 'Gran to stay on Fridays'],
      [],
    ]);
    expect(board.unreadable).toBe(0);
  });
});
