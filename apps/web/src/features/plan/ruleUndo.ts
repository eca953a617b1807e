/**
 * Deleting rules with a way back, as lib/statementUndo.ts does for statements: deletions carry
 * their own change origin and an UndoManager tracks only that origin, so undoing brings back the
 * deleted rule (its words, people, links and place) and never anyone's typing.
 */
import * as Y from 'yjs';
import { ROOT, deleteRule, type ChangeOrigin } from '@kinboard/model';

export interface RuleUndo {
  delete(ruleId: string): void;
  /** Brings back the most recently deleted rule; false when there is none. */
  undoDelete(): boolean;
  destroy(): void;
}

export function createRuleUndo(doc: Y.Doc): RuleUndo {
  // A distinct object that still reads as a local change everywhere else.
  const origin: ChangeOrigin = Object.freeze({ source: 'local' });
  const manager = new Y.UndoManager(doc.getMap(ROOT.planRules), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  return {
    delete: (ruleId) => deleteRule(doc, ruleId, origin),
    undoDelete: () => manager.undo() !== null,
    destroy: () => manager.destroy(),
  };
}
