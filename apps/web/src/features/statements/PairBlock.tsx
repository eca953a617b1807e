import { useEffect, useId, useRef, useState } from 'react';
import { addGoalFor, pairStatements, unpair, type MappedStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useBoardActions } from './statementActions';
import { useMapSelector } from './mapContext';
import { PairScaleSlot } from './PairScaleSlot';
import { pairingRefusal } from './pairingRefusal';
import { t } from '../../i18n';
import './PairBlock.css';

const WORDS = {
  get choose() {
    return t('statements.PairBlock.choose');
  },
  get confirm() {
    return t('statements.PairBlock.confirm');
  },
};

const NO_CANDIDATES: readonly MappedStatement[] = [];

function preview(text: string): string {
  const words = text.trim();
  if (!words) return t('statements.notWrittenYet');
  return words.length > 140 ? `${words.slice(0, 137)}…` : words;
}

/**
 * Under a danger statement: its goal (or a flag, "Add goal" and a way to pair one). Under a
 * goal: the danger statement it answers (or a flag and a way to pair it).
 */
export function PairBlock({ statement, editable }: { readonly statement: MappedStatement; readonly editable: boolean }) {
  const { connection, me } = useBoardSession();
  const { requestFocus } = useBoardActions();
  const terms = useMapSelector((map) => map.mapping.terms);
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  // After pairing, the focus stays in this block, on its next control (Unpair), not on the page.
  const [justPaired, setJustPaired] = useState(false);
  const unpairButton = useRef<HTMLButtonElement>(null);
  const isDanger = statement.domain === 'danger-statements';
  const isPairable = statement.domain === 'danger-statements' || statement.domain === 'goals';
  const partnerId = isPairable ? statement.pairedWith : null;
  const partner = useMapSelector((map) => (partnerId ? map.statementsById.get(partnerId) : undefined));
  // Only unpaired danger statements and goals offer a choice of partner.
  const candidates = useMapSelector((map) =>
    !isPairable || (partnerId && map.statementsById.has(partnerId))
      ? NO_CANDIDATES
      : isDanger
        ? map.pairs.unpairedGoals
        : map.pairs.unpairedDangerStatements,
  );
  useEffect(() => {
    if (!justPaired || !partner) return;
    unpairButton.current?.focus();
    setJustPaired(false);
  }, [justPaired, partner]);

  if (!isPairable) return null;

  /** Runs a pairing change; if someone else's change got there first, says so instead of failing. */
  function attempt(change: () => void) {
    try {
      change();
      setRefusal(null);
    } catch (error) {
      const sentence = pairingRefusal(error, terms);
      if (sentence === null) throw error;
      setRefusal(sentence);
    }
  }

  const refusalNote = refusal && (
    <p className="pair__refusal" role="alert">
      {refusal}
    </p>
  );

  if (partner) {
    return (
      <div className={isDanger ? 'pair pair--goal' : 'pair pair--danger'}>
        <p className="pair__label">
          {isDanger ? capitalise(terms.goal) : t('statements.PairBlock.answersThis', { dangerStatement: terms.dangerStatement })}
        </p>
        <p className="pair__text">{preview(partner.text)}</p>
        {isDanger && <PairScaleSlot statementId={statement.id} />}
        {refusalNote}
        {editable && (
          <button
            ref={unpairButton}
            type="button"
            className="button button--quiet"
            onClick={() => attempt(() => unpair(connection.doc, statement.id))}
          >
            {t('statements.PairBlock.unpair')}
          </button>
        )}
      </div>
    );
  }

  function addGoal() {
    attempt(() => {
      const goalId = addGoalFor(connection.doc, statement.id, '', me);
      requestFocus({ statementId: goalId, control: 'text' });
    });
  }

  return (
    <div className="pair pair--missing">
      <p className="pair__flag">
        <span className="pair__flag-mark" aria-hidden="true">
          !
        </span>
        {isDanger ? terms.unpairedDangerStatement : terms.unpairedGoal}
      </p>
      {isDanger && <PairScaleSlot statementId={statement.id} />}
      {refusalNote}
      {editable && (
        <div className="pair__actions">
          {isDanger && (
            <button type="button" className="button button--secondary button--small" onClick={addGoal}>
              {t('statements.PairBlock.add', { goal: terms.goal })}
            </button>
          )}
          {candidates.length > 0 && (
            <span className="pair__choose">
              <label htmlFor={`${id}-pair`} className="pair__choose-label">
                {isDanger
                  ? t('statements.PairBlock.orPairWithA', { goal: terms.goal })
                  : t('statements.PairBlock.pairWithA', { dangerStatement: terms.dangerStatement })}
              </label>
              <select id={`${id}-pair`} className="map-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">{WORDS.choose}</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {preview(c.text).slice(0, 80)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={!choice}
                onClick={() => {
                  const other = choice;
                  if (!other) return;
                  setChoice('');
                  setJustPaired(true);
                  attempt(() =>
                    isDanger ? pairStatements(connection.doc, statement.id, other) : pairStatements(connection.doc, other, statement.id),
                  );
                }}
              >
                {WORDS.confirm}
              </button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
