/** Deleting rules with a way back (see the model's createUndoableDeletion). */
import type * as Y from 'yjs';
import { ROOT, createUndoableDeletion, deleteRule, type UndoableDeletion } from '@kinboard/model';

export type RuleUndo = UndoableDeletion;

export function createRuleUndo(doc: Y.Doc): RuleUndo {
  return createUndoableDeletion(doc, ROOT.planRules, deleteRule);
}
