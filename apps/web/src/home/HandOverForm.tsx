import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { handOverBoard, type MyBoard, type StaffMember } from './staffApi';
import { t } from '../i18n';

interface HandOverFormProps {
  readonly board: MyBoard;
  readonly onCancel: () => void;
  readonly onHandedOver: (colleague: StaffMember) => void;
}

/** Gives a board to a colleague who has signed in to Kinboard before, by their email address. */
export function HandOverForm({ board, onCancel, onHandedOver }: HandOverFormProps) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.includes('@')) {
      setError(t('home.HandOverForm.enterEmail'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await handOverBoard(board.id, email.trim());
    setBusy(false);
    if (result.ok) onHandedOver(result.value);
    else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <form className="hand-over" onSubmit={submit} noValidate>
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t('home.HandOverForm.colleagueSEmailAddress')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('home.HandOverForm.theyMustHaveSignedIn')}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <input
          ref={input}
          id={id}
          className="input"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="my-boards__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('home.HandOverForm.handOver')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('home.HandOverForm.cancel')}
        </button>
      </div>
    </form>
  );
}
