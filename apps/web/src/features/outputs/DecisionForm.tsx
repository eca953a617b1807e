import { useId, useState } from 'react';
import {
  ModelError,
  PLAN_CATEGORIES,
  decisionForm,
  decisionLines,
  readMeetingOutcome,
  planCategoryName,
  setDecision,
  type MeetingDecision,
  type PlanCategory,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { fitDecision } from './keptDecision';
import { modelErrorText, paperSay, spellDate } from '../../i18n';
import { WORDS } from './outputsWords';
import './outputs.css';

function YesNo({ legend, value, onChange }: { legend: string; value: boolean | null; onChange: (v: boolean | null) => void }) {
  const name = useId();
  const choices: [string, boolean | null][] = [
    [WORDS.yes, true],
    [WORDS.no, false],
    [WORDS.notDecided, null],
  ];
  return (
    <fieldset className="decision__choice">
      <legend className="field__label">{legend}</legend>
      {choices.map(([label, v]) => (
        <label key={label} className="checkbox">
          <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The chair records the decision in the words of the meeting's kind: a conference decides whether a
 * child protection plan is needed, under which category, when it is reviewed and who disagreed; a
 * family meeting agrees its plan; other meetings note what was decided. Everyone else reads it.
 */
export function DecisionForm({ chair }: { readonly chair: boolean }) {
  const { connection } = useBoardSession();
  const outcome = useSharedDocView(connection.doc, readMeetingOutcome);
  // Changes not saved yet wait on this device when the part on screen changes or the page reloads.
  const kept = useKeptDraft('outputs.decision', fitDecision);
  const draft = kept.value;
  const setDraft = kept.set;
  const [told, setTold] = useState('');
  const id = useId();
  const form = decisionForm(outcome.kind);
  const decision = draft ?? outcome.decision;
  const change = (changes: Partial<MeetingDecision>) => {
    setTold('');
    setDraft({ ...decision, ...changes });
  };

  function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      setDecision(connection.doc, decision);
      setDraft(null);
      setTold(WORDS.decisionSaved);
    } catch (error) {
      setTold(WORDS.decisionProblem(error instanceof ModelError ? modelErrorText(error) : String(error)));
    }
  }

  if (!chair) {
    return (
      <section className="decision" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{WORDS.decisionHeading}</h3>
        <ul>
          {decisionLines(outcome, spellDate, paperSay).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    );
  }
  const people = decision.disagreements;
  return (
    <form className="decision" aria-labelledby={`${id}-heading`} aria-describedby={kept.restored ? kept.noteId : undefined} onSubmit={save}>
      <h3 id={`${id}-heading`}>{WORDS.decisionHeading}</h3>
      <p className="field__hint">{WORDS.decisionHint}</p>
      <KeptWordsNote words={kept} />
      {form === 'conference' && (
        <>
          <YesNo legend={WORDS.planNeeded} value={decision.planNeeded} onChange={(planNeeded) => change({ planNeeded })} />
          <label className="field__label" htmlFor={`${id}-category`}>
            {WORDS.category}
          </label>
          <select
            id={`${id}-category`}
            className="input input--inline"
            value={decision.category ?? ''}
            onChange={(e) => change({ category: e.currentTarget.value === '' ? null : (e.currentTarget.value as PlanCategory) })}
          >
            <option value="">{WORDS.categoryNone}</option>
            {PLAN_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {planCategoryName(c, paperSay)}
              </option>
            ))}
          </select>
        </>
      )}
      {form === 'family' && (
        <YesNo legend={WORDS.planAgreed} value={decision.planAgreed} onChange={(planAgreed) => change({ planAgreed })} />
      )}
      <label className="field__label" htmlFor={`${id}-review`}>
        {WORDS.nextReview}
      </label>
      <input
        id={`${id}-review`}
        type="date"
        className="input input--inline"
        value={decision.nextReview ?? ''}
        onChange={(e) => change({ nextReview: e.currentTarget.value || null })}
      />
      {form === 'conference' && (
        <fieldset className="decision__people">
          <legend className="field__label">{WORDS.disagreed}</legend>
          {people.map((p, i) => (
            <div className="decision__person" key={i}>
              <label>
                <span className="field__label">{WORDS.disagreedName}</span>
                <input
                  className="input"
                  value={p.name}
                  maxLength={200}
                  onChange={(e) => change({ disagreements: people.map((q, j) => (j === i ? { ...q, name: e.currentTarget.value } : q)) })}
                />
              </label>
              <label>
                <span className="field__label">{WORDS.disagreedWhy}</span>
                <input
                  className="input"
                  value={p.why}
                  maxLength={1000}
                  onChange={(e) => change({ disagreements: people.map((q, j) => (j === i ? { ...q, why: e.currentTarget.value } : q)) })}
                />
              </label>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => change({ disagreements: people.filter((_, j) => j !== i) })}
              >
                {WORDS.removeDisagreement}
                <span className="visually-hidden"> {p.name}</span>
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => change({ disagreements: [...people, { name: '', why: '' }] })}
          >
            {WORDS.addDisagreement}
          </button>
        </fieldset>
      )}
      <label className="field__label" htmlFor={`${id}-notes`}>
        {WORDS.notes}
      </label>
      <textarea
        id={`${id}-notes`}
        className="input"
        rows={3}
        maxLength={1000}
        value={decision.notes}
        onChange={(e) => change({ notes: e.currentTarget.value })}
      />
      <div className="meeting-panel__row">
        <button type="submit" className="button button--primary">
          {WORDS.saveDecision}
        </button>
        <span role="status">{told}</span>
      </div>
    </form>
  );
}
