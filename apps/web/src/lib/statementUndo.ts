/** Deleting statements with a way back (see the model's createUndoableDeletion). */
import type * as Y from 'yjs';
import { ROOT, createUndoableDeletion, deleteStatement, type UndoableDeletion } from '@kinboard/model';

export type StatementUndo = UndoableDeletion;

export function createStatementUndo(doc: Y.Doc): StatementUndo {
  return createUndoableDeletion(doc, ROOT.statements, deleteStatement);
}
