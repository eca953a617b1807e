/** The plan's contingency: what happens if the plan cannot be kept. One shared text for the whole plan. */
import type * as Y from 'yjs';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MAX_CONTINGENCY_LENGTH, checkLength, spliceText } from './planChecks';
import { planContingencyText } from './planSchema';

/** Sets the contingency to `next`, changing only the part that differs. */
export function editContingency(doc: Y.Doc, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkLength(next, MAX_CONTINGENCY_LENGTH, 'The contingency');
  const text = planContingencyText(doc);
  if (text.toString() === next) return;
  doc.transact(() => spliceText(text, next), origin);
}
