import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, createBoard, editStatement, readBoard } from '@kinboard/model';
import { createStatementUndo } from './statementUndo';

const author = { id: 'p_1', name: 'Sam' };

function boardWithTwo() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Test', template: 'three-column' });
  const a = addStatement(doc, { section: 'worries', text: 'First', author });
  const b = addStatement(doc, { section: 'worries', text: 'Second', author });
  return { doc, a, b };
}

describe('createStatementUndo', () => {
  it('brings back a deleted statement with its text and place', () => {
    const { doc, a } = boardWithTwo();
    const undo = createStatementUndo(doc, { id: 'p_test', name: 'Tester' });
    undo.delete(a);
    expect(readBoard(doc).sections[0]!.statements.map((s) => s.text)).toEqual(['Second']);
    expect(undo.undoDelete()).toBe(true);
    const restored = readBoard(doc).sections[0]!.statements;
    expect(restored.map((s) => [s.id, s.text, s.authorName])).toEqual([
      [a, 'First', 'Sam'],
      [expect.any(String), 'Second', 'Sam'],
    ]);
  });

  it('never undoes typing', () => {
    const { doc, a, b } = boardWithTwo();
    const undo = createStatementUndo(doc, { id: 'p_test', name: 'Tester' });
    undo.delete(a);
    editStatement(doc, b, 'Second, edited');
    expect(undo.undoDelete()).toBe(true);
    expect(undo.undoDelete()).toBe(false);
    expect(readBoard(doc).sections[0]!.statements.map((s) => s.text)).toEqual(['First', 'Second, edited']);
  });

  it('restores the statement for other people too', () => {
    const { doc, a } = boardWithTwo();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
    const undo = createStatementUndo(doc, { id: 'p_test', name: 'Tester' });
    undo.delete(a);
    undo.undoDelete();
    expect(readBoard(other).sections[0]!.statements.map((s) => s.text)).toEqual(['First', 'Second']);
  });
});
