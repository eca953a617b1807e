/** Deleting rules with a way back (see the model's createUndoableDeletion). */
import type * as Y from 'yjs';
import { ROOT, createUndoableDeletion, removeAndKeep, type Remover, type UndoableDeletion } from '@kinboard/model';

export type RuleUndo = UndoableDeletion;

/** Deletes as `by`, keeping each rule in "Recently removed" too. */
export function createRuleUndo(doc: Y.Doc, by: Remover, onRemoved: () => void = () => undefined): RuleUndo {
  return createUndoableDeletion(doc, ROOT.planRules, (d, id, origin) => {
    removeAndKeep(d, 'rule', id, by, origin);
    onRemoved();
  });
}
