import type * as Y from 'yjs';
import { linkRuleToStatement, unlinkRuleFromStatement, type RuleView } from '@kinboard/model';
import { quietly } from './quietly';
import { useStatementWords, type DangerStatement } from './usePlanData';
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
        <legend className="plan-pick__legend">Which {dangerWord}s does it answer?</legend>
        {dangerStatements.length === 0 ? (
          <p className="plan-pick__empty">There are no {dangerWord}s on the board yet.</p>
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
                  <span>{s.text.trim() || <em>(no words yet)</em>}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {stale.length > 0 && (
          <div className="plan-pick__stale">
            <p className="plan-note">Still linked, but no longer {dangerWord}s, so this rule does not answer them. Untick to unlink.</p>
            <ul className="plan-pick__list plan-pick__list--wide">
              {stale.map((s) => (
                <li key={s.id}>
                  <label className="plan-check">
                    <input type="checkbox" checked onChange={() => quietly(() => unlinkRuleFromStatement(doc, rule.id, s.id))} />
                    <span>
                      {s.text.trim() || <em>(no words yet)</em>} <span className="plan-check__aside">(now filed as {s.label})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
      {!answersDanger && dangerStatements.length > 0 && <p className="plan-note">This rule does not answer a {dangerWord} yet.</p>}
    </>
  );
}
