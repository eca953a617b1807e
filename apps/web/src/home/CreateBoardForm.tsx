import { useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_FRAMEWORK, FRAMEWORKS, MAX_TITLE_LENGTH, type FrameworkId, type TemplateId } from '@kinboard/model';
import { createBoardRequest, type CreatedBoard } from '../api/createBoardRequest';
import { localTerms, t } from '../i18n';
import './createBoardForm.css';

const TEMPLATE_CHOICES: readonly { id: TemplateId; label: string; hint: string }[] = [
  {
    id: 'three-column',
    get label() {
      return t('map.view.threeColumn');
    },
    get hint() {
      return t('home.template.threeColumnHint');
    },
  },
  {
    id: 'seven-domain',
    get label() {
      return t('map.view.sevenDomain');
    },
    get hint() {
      return t('home.template.sevenDomainHint');
    },
  },
];

interface CreateBoardFormProps {
  readonly onCreated: (board: CreatedBoard, title: string) => void;
}

export function CreateBoardForm({ onCreated }: CreateBoardFormProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [template, setTemplate] = useState<TemplateId>('three-column');
  const [framework, setFramework] = useState<FrameworkId>(DEFAULT_FRAMEWORK);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = title.replace(/\s+/g, ' ').trim();
    if (cleaned.length === 0) {
      setError(t('home.CreateBoardForm.enterTitle'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createBoardRequest(cleaned, { template, framework });
    setBusy(false);
    if (result.ok) onCreated(result.board, cleaned);
    else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('home.CreateBoardForm.newMeetingBoard')}</h2>
      <form onSubmit={submit} noValidate>
        <div className={error ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={inputId}>
            {t('home.CreateBoardForm.meetingTitle')}
          </label>
          <p className="field__hint" id={hintId}>
            {t('home.CreateBoardForm.useWordsTheFamilyWill')}
          </p>
          {error && (
            <p className="field__error" id={errorId} role="alert">
              {error}
            </p>
          )}
          <input
            ref={input}
            id={inputId}
            className="input"
            type="text"
            name="title"
            autoComplete="off"
            maxLength={MAX_TITLE_LENGTH}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <fieldset className="field choice-cards">
          <legend className="field__label">{t('home.CreateBoardForm.howShouldTheBoardStart')}</legend>
          <p className="field__hint">{t('home.CreateBoardForm.anyoneWhoCanChangeThe')}</p>
          {TEMPLATE_CHOICES.map((choice) => (
            <label key={choice.id} className="choice-card">
              <input
                type="radio"
                name="template"
                value={choice.id}
                checked={template === choice.id}
                onChange={() => setTemplate(choice.id)}
                aria-describedby={`${inputId}-${choice.id}`}
              />
              <span>
                <span className="choice-card__label">{choice.label}</span>
                <span className="choice-card__hint" id={`${inputId}-${choice.id}`}>
                  {choice.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${inputId}-framework`}>
            {t('home.CreateBoardForm.framework')}
          </label>
          <p className="field__hint" id={`${inputId}-framework-hint`}>
            {t('home.CreateBoardForm.setsTheWordsTheBoard', {
              dangerStatement: localTerms(framework).dangerStatement,
              plan: localTerms(framework).plan,
            })}
          </p>
          <select
            id={`${inputId}-framework`}
            className="input"
            name="framework"
            value={framework}
            onChange={(e) => setFramework(e.target.value as FrameworkId)}
            aria-describedby={`${inputId}-framework-hint`}
          >
            {FRAMEWORKS.map((f) => (
              <option key={f} value={f}>
                {localTerms(f).name} — {localTerms(f).usedFor}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('home.CreateBoardForm.creatingBoard') : t('home.CreateBoardForm.createBoard')}
        </button>
      </form>
    </section>
  );
}
