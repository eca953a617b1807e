/**
 * Deleting with a way back, for anything kept by id in a top-level map (statements, rules). The
 * deletion carries its own change origin and an UndoManager tracks only that origin, so undoing
 * brings back exactly what was deleted — its text, place and links — and never undoes anyone's
 * typing or moves.
 */
import * as Y from 'yjs';
import type { ChangeOrigin } from './origins';
import { ROOT } from './schema';

/** Deletes records and can bring the last one back. */
export interface UndoableDeletion {
  /** Deletes a record so that it can be brought back. */
  delete(id: string): void;
  /** Brings back the most recently deleted record; false when there is none. */
  undoDelete(): boolean;
  destroy(): void;
}

/** Deleting records of one kind with a way back: undo brings back the last one deleted on this device. */
export function createUndoableDeletion(
  doc: Y.Doc,
  root: (typeof ROOT)[keyof typeof ROOT],
  remove: (doc: Y.Doc, id: string, origin: ChangeOrigin) => void,
): UndoableDeletion {
  // A distinct object that still reads as a local change everywhere else.
  const origin: ChangeOrigin = Object.freeze({ source: 'local' });
  const manager = new Y.UndoManager(doc.getMap(root), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  return {
    delete: (id) => remove(doc, id, origin),
    undoDelete: () => manager.undo() !== null,
    destroy: () => manager.destroy(),
  };
}
