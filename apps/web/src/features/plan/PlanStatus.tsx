import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { ModelError, agreePlan, returnPlanToDraft, type NetworkMemberView, type PlanView } from '@kinboard/model';
import { useKeptWords, type KeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { changesSummary } from './planWords';
import { formatAgreedAt } from './planCopy';
import { listOfNames, t } from '../../i18n';
import './PlanStatus.css';

interface PlanStatusProps {
  readonly doc: Y.Doc;
  readonly plan: PlanView;
  readonly network: readonly NetworkMemberView[];
  readonly planName: string;
  readonly editable: boolean;
}

/** Draft or agreed, who agreed and when, what changed since; and agreeing it. */
export function PlanStatus({ doc, plan, network, planName, editable }: PlanStatusProps) {
  // Names typed for "Anyone else who agreed" wait on this device: the form opens again with them.
  const otherWords = useKeptWords('plan.agreedOther', '');
  const [agreeing, setAgreeing] = useState(otherWords.restored);
  const summary = changesSummary(plan.changesSinceAgreed);
  return (
    <div className={`plan-status plan-status--${plan.status}${summary ? ' plan-status--changed' : ''}`}>
      <p className="plan-status__line" role="status">
        <span className="plan-status__badge">{plan.status === 'agreed' ? t('plan.PlanStatus.agreed') : t('plan.PlanStatus.draft')}</span>
        {plan.agreement ? (
          <span>
            {t('plan.PlanStatus.agreedOnBy', {
              formatAgreedAt: formatAgreedAt(plan.agreement.at),
              listOfNames: listOfNames(plan.agreement.by.map((p) => p.name)),
            })}
          </span>
        ) : (
          <span>{t('plan.PlanStatus.thisHasNotBeenAgreed', { toLowerCase: planName.toLowerCase() })}</span>
        )}
      </p>
      {summary && (
        <p className="plan-status__changes">
          <strong>{t('plan.PlanStatus.changedSinceItWasAgreed')}</strong> {t('plan.PlanStatus.agreeItAgainWhenEveryone', { summary })}
        </p>
      )}
      {editable && !agreeing && (
        <div className="plan-inline">
          <button type="button" className="button button--primary" onClick={() => setAgreeing(true)}>
            {plan.status === 'agreed' ? t('plan.PlanStatus.agreeThePlanAgain') : t('plan.PlanStatus.markThePlanAsAgreed')}
          </button>
          {plan.status === 'agreed' && (
            <button type="button" className="button button--secondary" onClick={() => returnPlanToDraft(doc)}>
              {t('plan.PlanStatus.backToDraft')}
            </button>
          )}
        </div>
      )}
      {editable && agreeing && (
        <AgreeForm
          doc={doc}
          network={network}
          agreedBefore={plan.agreement?.by.flatMap((p) => (p.memberId ? [p.memberId] : [])) ?? []}
          otherWords={otherWords}
          onDone={() => setAgreeing(false)}
        />
      )}
    </div>
  );
}

interface AgreeFormProps {
  readonly doc: Y.Doc;
  readonly network: readonly NetworkMemberView[];
  /** Who agreed last time: ticked again to start with, as are the people marked here today. */
  readonly agreedBefore: readonly string[];
  readonly otherWords: KeptWords<string>;
  readonly onDone: () => void;
}

function AgreeForm({ doc, network, agreedBefore, otherWords, onDone }: AgreeFormProps) {
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(network.filter((m) => m.attendance !== 'not-present' || agreedBefore.includes(m.id)).map((m) => m.id)),
  );
  const other = otherWords.value;
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const by: { memberId: string | null; name: string }[] = network
      .filter((m) => chosen.has(m.id))
      .map((m) => ({ memberId: m.id, name: m.name }));
    for (const name of other
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean))
      by.push({ memberId: null, name });
    if (by.length === 0) {
      setError(t('plan.PlanStatus.pickSomeone'));
      return;
    }
    try {
      agreePlan(doc, { by });
      otherWords.clear();
      onDone();
    } catch (failure) {
      if (!(failure instanceof ModelError)) throw failure;
      setError(t('plan.PlanStatus.nameTooLong'));
    }
  };
  return (
    <form className="plan-agree" onSubmit={submit}>
      <fieldset className="plan-pick">
        <legend className="plan-pick__legend">{t('plan.PlanStatus.whoAgreedThePlan')}</legend>
        <p className="plan-pick__hint">{t('plan.PlanStatus.pickThePeopleHereToday')}</p>
        {error && (
          <p className="plan-error" role="alert">
            {error}
          </p>
        )}
        {network.length > 0 && (
          <ul className="plan-pick__list">
            {network.map((m) => (
              <li key={m.id}>
                <label className="plan-check">
                  <input
                    type="checkbox"
                    checked={chosen.has(m.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(m.id);
                      else next.delete(m.id);
                      setChosen(next);
                    }}
                  />
                  <span>{m.name}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <label className="plan-label plan-label--small" htmlFor={id}>
          {t('plan.PlanStatus.anyoneElseWhoAgreedNames')}
        </label>
        <input
          id={id}
          className="input plan-input"
          value={other}
          onChange={(e) => otherWords.set(e.currentTarget.value)}
          aria-describedby={otherWords.restored ? otherWords.noteId : undefined}
          autoComplete="off"
        />
        <KeptWordsNote words={otherWords} />
      </fieldset>
      <div className="plan-inline">
        <button type="submit" className="button button--primary">
          {t('plan.PlanStatus.agreeThePlan')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            otherWords.clear();
            onDone();
          }}
        >
          {t('plan.PlanStatus.cancel')}
        </button>
      </div>
    </form>
  );
}
