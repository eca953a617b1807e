/** Plain plan views built by hand, for table tests of the pure plan functions. */
import type { PlanView, RuleView } from '../plan/readPlan';

export function ruleView(rule: Partial<RuleView> & { id: string }): RuleView {
  return {
    order: 'V',
    text: '',
    doers: [],
    when: '',
    times: [],
    statements: [],
    staleStatements: [],
    ifAway: '',
    backups: [],
    warningSigns: '',
    warningActors: [],
    ifHappening: '',
    createdAt: 0,
    removed: { doers: 0, backups: 0, warningActors: 0, statements: 0 },
    ...rule,
  };
}

export function planView(plan: Partial<PlanView> = {}): PlanView {
  return {
    status: 'draft',
    agreement: null,
    changesSinceAgreed: null,
    rules: [],
    stressPoints: [],
    bottomLines: [],
    contingency: '',
    trajectory: [],
    reviewDates: [],
    removed: { doers: 0, backups: 0, warningActors: 0, statements: 0 },
    warnings: [],
    unreadable: 0,
    ...plan,
  };
}
