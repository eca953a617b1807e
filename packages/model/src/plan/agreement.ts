/**
 * Agreeing the plan. Agreement records who agreed and when, with a copy of the plan's content at
 * that moment; the read model compares the plan with that copy, so anything changed afterwards
 * shows as a change until the plan is agreed again. Agreeing again replaces the copy.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { MAX_MEMBER_NAME_LENGTH } from '../network/networkMembers';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { checkMembers } from './planChecks';
import { PLAN, planMap } from './planSchema';
import { planContentOf, readPlan, type AgreedBy } from './readPlan';

export interface PlanAgreement {
  /** Everyone who agreed: network members by id (with their name now), others by name alone. */
  readonly by: readonly { readonly memberId?: string | null; readonly name: string }[];
  /** Milliseconds since 1970; now by default. */
  readonly at?: number;
}

function checkAgreedBy(doc: Y.Doc, by: PlanAgreement['by']): AgreedBy[] {
  if (!Array.isArray(by) || by.length === 0) {
    throw new ModelError(ModelErrorCode.invalidAgreement, 'Say who agreed the plan: at least one person');
  }
  return by.map((person) => {
    const name = typeof person?.name === 'string' ? person.name.trim() : '';
    if (name.length === 0 || name.length > MAX_MEMBER_NAME_LENGTH) {
      throw new ModelError(
        ModelErrorCode.invalidAgreement,
        `Each person who agreed needs a name of 1 to ${MAX_MEMBER_NAME_LENGTH} characters`,
      );
    }
    const memberId = person.memberId ?? null;
    if (memberId !== null) checkMembers(doc, [memberId]);
    return { memberId, name };
  });
}

/** Marks the plan agreed by these people, storing its content as it is now. */
export function agreePlan(doc: Y.Doc, agreement: PlanAgreement, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const by = checkAgreedBy(doc, agreement.by);
  const at = agreement.at ?? Date.now();
  if (!Number.isFinite(at)) throw new ModelError(ModelErrorCode.invalidAgreement, 'The time of agreement must be a number of milliseconds');
  doc.transact(() => {
    planMap(doc).set(PLAN.agreement, { at, by, content: planContentOf(readPlan(doc)) });
  }, origin);
}

/** Returns the plan to draft, forgetting the agreement. Harmless on a draft. */
export function returnPlanToDraft(doc: Y.Doc, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!planMap(doc).has(PLAN.agreement)) return;
  doc.transact(() => planMap(doc).delete(PLAN.agreement), origin);
}
