import type * as Y from 'yjs';
import { linkRuleToStatement, unlinkRuleFromStatement, type RuleView } from '@kinboard/model';
import { quietly } from './quietly';
import { useStatementWords, type DangerStatement } from './usePlanData';
import { t } from '../../i18n';
import './RuleAnswersPicker.css';

interface RuleAnswersPickerProps {
  readonly doc: Y.Doc;
  readonly rule: RuleView;
  readonly dangerStatements: readonly DangerStatement[];
  readonly dangerWord: string;
}

/**
 * Which danger statements a rule answers, picked from the board. A statement it was linked to that
 * has since been filed as something else still shows, ticked, so the link can be taken away.
 */
export function RuleAnswersPicker({ doc, rule, dangerStatements, dangerWord }: RuleAnswersPickerProps) {
  const statementWords = useStatementWords(doc);
  const answersDanger = rule.statements.length > 0;
  const stale = rule.staleStatements.flatMap((id) => {
    const words = statementWords.get(id);
    return words ? [{ id, ...words }] : [];
  });
  return (
    <>
      <fieldset className="plan-pick">
        <legend className="plan-pick__legend">{t('plan.RuleAnswersPicker.whichSDoesItAnswer', { dangerWord })}</legend>
        {dangerStatements.length === 0 ? (
          <p className="plan-pick__empty">{t('plan.RuleAnswersPicker.thereAreNoSOn', { dangerWord })}</p>
        ) : (
          <ul className="plan-pick__list plan-pick__list--wide">
            {dangerStatements.map((s) => (
              <li key={s.id}>
                <label className="plan-check">
                  <input
                    type="checkbox"
                    checked={rule.statements.includes(s.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      quietly(() => (on ? linkRuleToStatement(doc, rule.id, s.id) : unlinkRuleFromStatement(doc, rule.id, s.id)));
                    }}
                  />
                  <span>{s.text.trim() || <em>{t('plan.RuleAnswersPicker.noWordsYet')}</em>}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {stale.length > 0 && (
          <div className="plan-pick__stale">
            <p className="plan-note">{t('plan.RuleAnswersPicker.stillLinkedButNoLonger', { dangerWord })}</p>
            <ul className="plan-pick__list plan-pick__list--wide">
              {stale.map((s) => (
                <li key={s.id}>
                  <label className="plan-check">
                    <input type="checkbox" checked onChange={() => quietly(() => unlinkRuleFromStatement(doc, rule.id, s.id))} />
                    <span>
                      {s.text.trim() || <em>{t('plan.RuleAnswersPicker.noWordsYet')}</em>}{' '}
                      <span className="plan-check__aside">{t('plan.RuleAnswersPicker.nowFiledAs', { label: s.label })}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
      {!answersDanger && dangerStatements.length > 0 && (
        <p className="plan-note">{t('plan.RuleAnswersPicker.thisRuleDoesNotAnswer', { dangerWord })}</p>
      )}
    </>
  );
}
