/**
 * Coverage: whether the plan answers every danger statement. A danger statement no rule answers
 * is a gap. A rule with no words answers nothing, whatever it is linked to: an empty line in the
 * plan keeps nobody safe. Which statements are danger statements is the case map's business; the
 * caller passes their ids, in the order it shows them.
 */
import type { PlanView } from './readPlan';

export interface StatementCoverage {
  readonly statementId: string;
  /** Rules with words that answer it, in plan order. */
  readonly ruleIds: readonly string[];
}

/** Which danger statements the plan answers, and which it does not yet. */
export interface PlanCoverage {
  /** One entry per danger statement, in the order given. */
  readonly statements: readonly StatementCoverage[];
  /** Danger statements no rule answers, in the order given. */
  readonly gaps: readonly string[];
  /** True when every danger statement has at least one rule. */
  readonly complete: boolean;
  /** Rules that answer none of the danger statements (or have no words yet), in plan order. */
  readonly rulesAnsweringNothing: readonly string[];
}

/**
 * For each danger statement, the rules that answer it, and the gaps.
 *
 * @example
 * const coverage = planCoverage(readPlan(doc), dangerStatementIds);
 * coverage.gaps; // ids of danger statements the plan does not answer yet
 */
export function planCoverage(plan: Pick<PlanView, 'rules'>, dangerStatementIds: readonly string[]): PlanCoverage {
  const ids = [...new Set(dangerStatementIds)];
  const danger = new Set(ids);
  const worded = plan.rules.filter((r) => r.text.trim().length > 0);
  const statements = ids.map((statementId) => ({
    statementId,
    ruleIds: worded.filter((r) => r.statements.includes(statementId)).map((r) => r.id),
  }));
  const gaps = statements.filter((s) => s.ruleIds.length === 0).map((s) => s.statementId);
  const answers = new Set(worded.filter((r) => r.statements.some((id) => danger.has(id))).map((r) => r.id));
  const rulesAnsweringNothing = plan.rules.filter((r) => !answers.has(r.id)).map((r) => r.id);
  return { statements, gaps, complete: gaps.length === 0, rulesAnsweringNothing };
}
