/**
 * For the facilitator: the question of a scale and what its 0 and 10 mean, changed in place and
 * shared letter by letter as they are typed, so everyone answering reads the new words at once and
 * closing the device mid-word loses nothing. The default scale, worded by the board's framework
 * until now, starts from the words on screen.
 */
import { useId } from 'react';
import { MAX_SCALE_TEXT, editScaleWords, scaleWordsText, type ScaleView, type ScaleWordField } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import type { ScaleWording } from './scaleWording';
import { t } from '../../i18n';
import './AddScaleForm.css';
import './EditScaleWords.css';

const LABELS: Record<ScaleWordField, string> = {
  get question() {
    return t('scales.words.question');
  },
  get zeroMeans() {
    return t('scales.words.zeroMeans');
  },
  get tenMeans() {
    return t('scales.words.tenMeans');
  },
};

function ScaleWordsField({ scaleId, field, seed, id }: { scaleId: string; field: ScaleWordField; seed: string; id: string }) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const ref = useSharedTextBinding<HTMLTextAreaElement>(`${scaleId}:${field}`, {
    text: () => scaleWordsText(doc, scaleId, field, seed),
    write: (value) => editScaleWords(doc, scaleId, field, value),
  });
  return (
    <div className="add-scale__field">
      <label htmlFor={`${id}-${field}`}>{LABELS[field]}</label>
      <textarea
        id={`${id}-${field}`}
        ref={ref}
        className="input edit-scale__box"
        rows={field === 'question' ? 2 : 3}
        maxLength={MAX_SCALE_TEXT}
      />
    </div>
  );
}

export function EditScaleWords({ scale, wording, onDone }: { scale: ScaleView; wording: ScaleWording; onDone: () => void }) {
  const id = useId();
  const empty = [scale.question, scale.zeroMeans, scale.tenMeans].some((words) => words !== null && words.trim() === '');
  return (
    <fieldset className="add-scale edit-scale" aria-describedby={`${id}-hint`}>
      <legend className="edit-scale__legend">{t('scales.EditScaleWords.changeTheWordsOfThis')}</legend>
      <p id={`${id}-hint`} className="scales__hint">
        {t('scales.EditScaleWords.everyoneSeesTheNewWords')}
        {scale.isDefault && t('scales.EditScaleWords.fromNowOnThisQuestion')}
      </p>
      {(['question', 'zeroMeans', 'tenMeans'] as const).map((field) => (
        <ScaleWordsField key={field} scaleId={scale.id} field={field} seed={wording[field]} id={id} />
      ))}
      <p className="edit-scale__warning" aria-live="polite">
        {empty ? t('scales.EditScaleWords.writeSomethingInEachBox') : ''}
      </p>
      <div className="scales__buttons">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('scales.EditScaleWords.done')}
        </button>
      </div>
    </fieldset>
  );
}
