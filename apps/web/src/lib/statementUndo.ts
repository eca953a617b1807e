/**
 * Deleting statements with a way back. Deletions are made with their own change origin and an
 * UndoManager that tracks only that origin, so undoing brings back exactly the deleted statement
 * (its text, place and author) and never undoes anyone's typing or moves.
 *
 * This belongs in the model package; it lives here until it moves.
 */
import * as Y from 'yjs';
import { ROOT, deleteStatement, type ChangeOrigin } from '@kinboard/model';

export interface StatementUndo {
  /** Deletes a statement so that it can be brought back. */
  delete(statementId: string): void;
  /** Brings back the most recently deleted statement; false when there is none. */
  undoDelete(): boolean;
  destroy(): void;
}

export function createStatementUndo(doc: Y.Doc): StatementUndo {
  // A distinct object that still reads as a local change everywhere else.
  const origin: ChangeOrigin = Object.freeze({ source: 'local' });
  const manager = new Y.UndoManager(doc.getMap(ROOT.statements), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  return {
    delete: (statementId) => deleteStatement(doc, statementId, origin),
    undoDelete: () => manager.undo() !== null,
    destroy: () => manager.destroy(),
  };
}
