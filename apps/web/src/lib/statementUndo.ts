/** Deleting statements with a way back (see the model's createUndoableDeletion). */
import type * as Y from 'yjs';
import { ROOT, createUndoableDeletion, removeAndKeep, type Remover, type UndoableDeletion } from '@kinboard/model';

export type StatementUndo = UndoableDeletion;

/** Deletes as `by`, keeping each statement in "Recently removed" too. */
export function createStatementUndo(doc: Y.Doc, by: Remover): StatementUndo {
  return createUndoableDeletion(doc, ROOT.statements, (d, id, origin) => removeAndKeep(d, 'statement', id, by, origin));
}
