import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { addStatement, createBoard, editStatement, moveStatement, readBoard } from '../index';

it('the example in README.md works as written', () => {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Family network meeting for Mia', template: 'three-column' });

  const gran = { id: 'p_gran', name: 'Gran' };
  addStatement(doc, { section: 'working-well', text: 'Mia goes to school', author: gran });
  const id = addStatement(doc, { section: 'working-well', text: 'Gran walks Mia to school', author: gran });
  editStatement(doc, id, 'Gran walks Mia to school every day');
  moveStatement(doc, id, 'working-well', 0);

  const board = readBoard(doc);
  expect(board.sections[1]!.statements[0]!.text).toBe('Gran walks Mia to school every day');
});
