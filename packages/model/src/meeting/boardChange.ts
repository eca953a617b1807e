/**
 * Whether a change made on this device changed the board itself, rather than only how the
 * meeting is run (agenda, step, timer, summon). The web app warns the chair about board changes
 * made while no meeting is running, since they will not be in a meeting record.
 */
import type * as Y from 'yjs';
import { isLocalChange } from '../origins';
import { ROOT } from '../schema';

const MAX_DEPTH = 100;

/**
 * True for a transaction made on this device that changed something outside `meeting` (and
 * outside `drawMeta`, which the drawing canvas writes by itself when it opens).
 */
export function isLocalBoardChange(doc: Y.Doc, transaction: Y.Transaction): boolean {
  if (!isLocalChange(transaction.origin)) return false;
  const running = [doc.getMap(ROOT.meeting), doc.getMap(ROOT.drawMeta)] as Y.AbstractType<unknown>[];
  for (const type of transaction.changed.keys()) {
    let inside = false;
    let at: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    for (let depth = 0; at && depth < MAX_DEPTH; depth++) {
      if (running.includes(at)) {
        inside = true;
        break;
      }
      at = (at._item?.parent as Y.AbstractType<unknown> | undefined) ?? null;
    }
    if (!inside) return true;
  }
  return false;
}
