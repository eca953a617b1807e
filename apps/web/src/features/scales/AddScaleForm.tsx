import { useId, useState, type FormEvent } from 'react';
import { ModelError, addScale, domainStatements } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import './AddScaleForm.css';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { modelErrorText, readLocalMapping, t } from '../../i18n';

/** For the facilitator: a new scale question with both ends written out, optionally about one danger statement. */
export function AddScaleForm({ onAdded, onCancel }: { onAdded: (scaleId: string) => void; onCancel: () => void }) {
  const { connection } = useBoardSession();
  const mapping = useDocView(connection.doc, readLocalMapping);
  const dangers = domainStatements(mapping, 'danger-statements').filter((s) => s.text.trim());
  const id = useId();
  const words = useKeptWords('scales.newQuestion', { question: '', zeroMeans: '', tenMeans: '' });
  const { question, zeroMeans, tenMeans } = words.value;
  const write = (field: keyof typeof words.value) => (e: { target: { value: string } }) => {
    const next = e.target.value;
    words.set((before) => ({ ...before, [field]: next }));
  };
  const describedBy = words.restored ? words.noteId : undefined;
  const [statementId, setStatementId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const scaleId = addScale(connection.doc, { question, zeroMeans, tenMeans, statementId: statementId || null });
      words.clear();
      onAdded(scaleId);
    } catch (e) {
      setError(e instanceof ModelError ? modelErrorText(e) : t('scales.AddScaleForm.failed'));
    }
  };

  return (
    <form className="add-scale" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('scales.AddScaleForm.addAScaleQuestion')}</h3>
      <div className="add-scale__field">
        <label htmlFor={`${id}-q`}>{t('scales.AddScaleForm.question')}</label>
        <input
          id={`${id}-q`}
          className="input"
          value={question}
          maxLength={400}
          placeholder={t('scales.AddScaleForm.howConfidentAreYouIn')}
          aria-describedby={describedBy}
          onChange={write('question')}
        />
        <KeptWordsNote words={words} />
      </div>
      <div className="add-scale__field">
        <label htmlFor={`${id}-zero`}>{t('scales.AddScaleForm.what0Means')}</label>
        <input
          id={`${id}-zero`}
          className="input"
          value={zeroMeans}
          maxLength={400}
          aria-describedby={describedBy}
          onChange={write('zeroMeans')}
        />
      </div>
      <div className="add-scale__field">
        <label htmlFor={`${id}-ten`}>{t('scales.AddScaleForm.what10Means')}</label>
        <input
          id={`${id}-ten`}
          className="input"
          value={tenMeans}
          maxLength={400}
          aria-describedby={describedBy}
          onChange={write('tenMeans')}
        />
      </div>
      <div className="add-scale__field">
        <label htmlFor={`${id}-about`}>
          {t('scales.AddScaleForm.whichIsItAboutOptional', { dangerStatement: mapping.terms.dangerStatement })}
        </label>
        <select id={`${id}-about`} className="input" value={statementId} onChange={(e) => setStatementId(e.target.value)}>
          <option value="">{t('scales.AddScaleForm.notAboutOne', { dangerStatement: mapping.terms.dangerStatement })}</option>
          {dangers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="answer-form__error" role="alert">
          {error}
        </p>
      )}
      <div className="scales__buttons">
        <button type="submit" className="button button--primary">
          {t('scales.AddScaleForm.addTheQuestion')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            words.clear();
            onCancel();
          }}
        >
          {t('scales.AddScaleForm.cancel')}
        </button>
      </div>
    </form>
  );
}
