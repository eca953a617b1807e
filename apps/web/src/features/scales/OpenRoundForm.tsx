import { useId, useState, type FormEvent } from 'react';
import { ModelError, openRound, type RoundMode } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { modelErrorText, t } from '../../i18n';
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
      setError(e instanceof ModelError ? modelErrorText(e) : t('scales.OpenRoundForm.failed'));
    }
  };
  return (
    <form className="open-round" onSubmit={submit}>
      <fieldset className="open-round__modes">
        <legend>{t('scales.OpenRoundForm.howShouldTheNumbersBe')}</legend>
        <label className="open-round__mode">
          <input type="radio" name={`${id}-mode`} value="blind" checked={mode === 'blind'} onChange={() => setMode('blind')} />
          <span>
            <strong>{t('scales.OpenRoundForm.collectFirstThenShow')}</strong>
            <span className="scales__hint">{t('scales.OpenRoundForm.nobodySeesANumberUntil')}</span>
          </span>
        </label>
        <label className="open-round__mode">
          <input type="radio" name={`${id}-mode`} value="open" checked={mode === 'open'} onChange={() => setMode('open')} />
          <span>
            <strong>{t('scales.OpenRoundForm.open')}</strong>
            <span className="scales__hint">{t('scales.OpenRoundForm.numbersShowOnTheLine')}</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p className="answer-form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary scales__big">
        {t('scales.OpenRoundForm.startARound')}
      </button>
    </form>
  );
}
