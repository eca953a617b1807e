import { useId, useState, type FormEvent } from 'react';
import { ModelError, openRound, type RoundMode } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import './OpenRoundForm.css';

/** For the facilitator: starts a round on a scale, open or "collect first, then show". */
export function OpenRoundForm({ scaleId, meetingId }: { scaleId: string; meetingId: string | null }) {
  const { connection } = useBoardSession();
  const id = useId();
  const [mode, setMode] = useState<RoundMode>('blind');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      openRound(connection.doc, { scaleId, mode, meetingId });
      setError(null);
    } catch (e) {
      setError(e instanceof ModelError ? e.message : 'The round could not be started. Try again.');
    }
  };
  return (
    <form className="open-round" onSubmit={submit}>
      <fieldset className="open-round__modes">
        <legend>How should the numbers be collected?</legend>
        <label className="open-round__mode">
          <input type="radio" name={`${id}-mode`} value="blind" checked={mode === 'blind'} onChange={() => setMode('blind')} />
          <span>
            <strong>Collect first, then show</strong>
            <span className="scales__hint">Nobody sees a number until you show them all, so no one is pulled by another's number.</span>
          </span>
        </label>
        <label className="open-round__mode">
          <input type="radio" name={`${id}-mode`} value="open" checked={mode === 'open'} onChange={() => setMode('open')} />
          <span>
            <strong>Open</strong>
            <span className="scales__hint">Numbers show on the line as people give them.</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p className="answer-form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary scales__big">
        Start a round
      </button>
    </form>
  );
}
