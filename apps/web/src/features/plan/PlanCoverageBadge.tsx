import './plan.css';
import { useBoardSession } from '../../hooks/boardContext';
import { useCoverage } from './usePlanData';

/**
 * Beside a danger statement on the board: which rules of the plan answer it, or that none does
 * yet. Shows nothing for a statement that is not a danger statement.
 *
 * @example
 * {statement.domain === 'danger-statements' && <PlanCoverageBadge statementId={statement.id} />}
 */
export function PlanCoverageBadge({ statementId }: { readonly statementId: string }) {
  const { connection } = useBoardSession();
  const { coverage, plan } = useCoverage(connection.doc);
  const entry = coverage.statements.find((s) => s.statementId === statementId);
  if (!entry) return null;
  if (entry.ruleIds.length === 0) {
    return <p className="plan-badge plan-badge--gap">No rule in the plan answers this yet</p>;
  }
  const numbers = entry.ruleIds.map((id) => plan.rules.findIndex((r) => r.id === id) + 1);
  return (
    <p className="plan-badge plan-badge--answered">
      Answered by {numbers.length === 1 ? 'rule' : 'rules'} {numbers.join(', ')} of the plan
    </p>
  );
}
