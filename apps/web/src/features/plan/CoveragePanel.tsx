import type { PlanCoverage, PlanView } from '@kinboard/model';
import type { DangerStatement } from './usePlanData';
import { t } from '../../i18n';
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
        {t('plan.CoveragePanel.doesThePlanAnswerEvery', { dangerWord })}
      </h3>
      {coverage.statements.length === 0 ? (
        <p className="plan-empty">{t('plan.CoveragePanel.thereAreNoSOn', { dangerWord })}</p>
      ) : (
        <>
          <p
            className={coverage.complete ? 'plan-coverage__summary plan-coverage__summary--complete' : 'plan-coverage__summary'}
            role="status"
          >
            {coverage.complete
              ? t('plan.CoveragePanel.yesEveryHasAtLeast', { dangerWord })
              : t('plan.CoveragePanel.noRuleYetCount', { gaps: coverage.gaps.length, total: coverage.statements.length })}
          </p>
          <ul className="plan-coverage__list" aria-label={t('plan.CoveragePanel.sAndTheRulesThat', { dangerWord })}>
            {coverage.statements.map(({ statementId, ruleIds }) => (
              <li
                key={statementId}
                className={ruleIds.length === 0 ? 'plan-coverage__item plan-coverage__item--gap' : 'plan-coverage__item'}
              >
                <p className="plan-coverage__statement">“{textOf.get(statementId)?.trim() || t('plan.CoveragePanel.noWordsYet')}”</p>
                {ruleIds.length === 0 ? (
                  <>
                    <p className="plan-gap">{t('plan.CoveragePanel.noRuleAnswersThisYet')}</p>
                    {onAnswer && (
                      <button type="button" className="button button--secondary" onClick={() => onAnswer(statementId)}>
                        {t('plan.CoveragePanel.addARuleForThis')}
                      </button>
                    )}
                  </>
                ) : (
                  <p className="plan-coverage__rules">
                    {t('plan.CoveragePanel.answeredBy', { join: ruleIds.map((id) => `rule ${numberOf.get(id)}`).join(', ') })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
