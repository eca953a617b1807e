/** A person's own copy of the plan: their responsibilities first, so they find their part at once. */
import type { PlanView, RuleView } from './readPlan';

/** The ways a rule can be someone's: they do it, they step in when a doer is away, they act on warning signs. */
export type RuleRole = 'doer' | 'backup' | 'warningActor';

export interface PersonalRule {
  readonly rule: RuleView;
  /** True when the person has any role in this rule. */
  readonly isTheirs: boolean;
  readonly roles: readonly RuleRole[];
}

function rolesOf(rule: RuleView, memberId: string): RuleRole[] {
  const roles: RuleRole[] = [];
  if (rule.doers.includes(memberId)) roles.push('doer');
  if (rule.backups.includes(memberId)) roles.push('backup');
  if (rule.warningActors.includes(memberId)) roles.push('warningActor');
  return roles;
}

/**
 * Every rule of the plan, the person's own first (those they do, then those they back up or
 * watch for), each group in plan order.
 */
export function personalCopyOrder(plan: Pick<PlanView, 'rules'>, memberId: string): PersonalRule[] {
  const all = plan.rules.map((rule) => {
    const roles = rolesOf(rule, memberId);
    return { rule, isTheirs: roles.length > 0, roles };
  });
  const rank = (r: PersonalRule) => (r.roles.includes('doer') ? 0 : r.isTheirs ? 1 : 2);
  // Array.prototype.sort is stable, so plan order holds within each group.
  return all.sort((a, b) => rank(a) - rank(b));
}
