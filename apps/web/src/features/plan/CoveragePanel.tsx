import type { PlanCoverage, PlanView } from '@kinboard/model';
import type { DangerStatement } from './usePlanData';
import './CoveragePanel.css';

interface CoveragePanelProps {
  readonly plan: PlanView;
  readonly coverage: PlanCoverage;
  readonly dangerStatements: readonly DangerStatement[];
  /** "danger statement" or "worry statement". */
  readonly dangerWord: string;
  /** Adds a rule that answers this statement; absent when the plan cannot be changed. */
  readonly onAnswer?: (statementId: string) => void;
}

/** Every danger statement with the rules that answer it; one with none is a gap. */
export function CoveragePanel({ plan, coverage, dangerStatements, dangerWord, onAnswer }: CoveragePanelProps) {
  const numberOf = new Map(plan.rules.map((r, i) => [r.id, i + 1]));
  const textOf = new Map(dangerStatements.map((s) => [s.id, s.text]));
  return (
    <section className="plan-section plan-coverage" aria-labelledby="plan-coverage-heading">
      <h3 className="plan-section__title" id="plan-coverage-heading">
        Does the plan answer every {dangerWord}?
      </h3>
      {coverage.statements.length === 0 ? (
        <p className="plan-empty">There are no {dangerWord}s on the board yet. Each one will need a rule that answers it.</p>
      ) : (
        <>
          <p
            className={coverage.complete ? 'plan-coverage__summary plan-coverage__summary--complete' : 'plan-coverage__summary'}
            role="status"
          >
            {coverage.complete
              ? `Yes: every ${dangerWord} has at least one rule.`
              : `${coverage.gaps.length} of ${coverage.statements.length} ${coverage.statements.length === 1 ? dangerWord : `${dangerWord}s`} ${coverage.gaps.length === 1 ? 'has' : 'have'} no rule yet.`}
          </p>
          <ul className="plan-coverage__list" aria-label={`${dangerWord}s and the rules that answer them`}>
            {coverage.statements.map(({ statementId, ruleIds }) => (
              <li
                key={statementId}
                className={ruleIds.length === 0 ? 'plan-coverage__item plan-coverage__item--gap' : 'plan-coverage__item'}
              >
                <p className="plan-coverage__statement">“{textOf.get(statementId)?.trim() || '(no words yet)'}”</p>
                {ruleIds.length === 0 ? (
                  <>
                    <p className="plan-gap">No rule answers this yet</p>
                    {onAnswer && (
                      <button type="button" className="button button--secondary" onClick={() => onAnswer(statementId)}>
                        Add a rule for this
                      </button>
                    )}
                  </>
                ) : (
                  <p className="plan-coverage__rules">Answered by {ruleIds.map((id) => `rule ${numberOf.get(id)}`).join(', ')}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
