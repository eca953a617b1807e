import { useBoardSession } from '../../hooks/boardContext';
import { useCoverage, useFrameworkTerms } from './usePlanData';
import { t } from '../../i18n';
import './PlanCoverageBadge.css';

function preview(text: string): string {
  const words = text.trim();
  if (!words) return t('plan.noWordsYet');
  return words.length > 90 ? `${words.slice(0, 87)}…` : words;
}

/**
 * Beside a danger statement on the board: which rules of the plan answer it, or a flag that none
 * does yet, in the board's framework's words. Shows nothing for a statement that is not a danger
 * statement.
 *
 * @example
 * {statement.domain === 'danger-statements' && <PlanCoverageBadge statementId={statement.id} />}
 */
export function PlanCoverageBadge({ statementId }: { readonly statementId: string }) {
  const { connection } = useBoardSession();
  const { coverage, plan } = useCoverage(connection.doc);
  const words = useFrameworkTerms(connection.doc).planCoverage;
  const entry = coverage.statements.find((s) => s.statementId === statementId);
  if (!entry) return null;
  if (entry.ruleIds.length === 0) {
    return (
      <p className="plan-badge plan-badge--gap">
        <span className="plan-badge__mark" aria-hidden="true">
          !
        </span>
        <span>{words.gap}</span>
      </p>
    );
  }
  const number = new Map(plan.rules.map((r, i) => [r.id, i + 1]));
  const text = new Map(plan.rules.map((r) => [r.id, r.text]));
  return (
    <div className="plan-badge plan-badge--answered">
      <p className="plan-badge__label">{words.answeredBy}:</p>
      {/* Paragraphs, not a list: the board's statements are the list items of their column. */}
      {entry.ruleIds.map((id) => (
        <p key={id} className="plan-badge__rule">
          {t('plan.PlanCoverageBadge.rule')} {number.get(id)}: {preview(text.get(id) ?? '')}
        </p>
      ))}
    </div>
  );
}
