import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '@kinboard/model';
import { createBoardRequest, type CreatedBoard } from '../api/createBoardRequest';

interface CreateBoardFormProps {
  readonly onCreated: (board: CreatedBoard, title: string) => void;
}

export function CreateBoardForm({ onCreated }: CreateBoardFormProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = title.replace(/\s+/g, ' ').trim();
    if (cleaned.length === 0) {
      setError('Enter a title for the meeting, for example “Smith family network meeting”.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createBoardRequest(cleaned);
    setBusy(false);
    if (result.ok) onCreated(result.board, cleaned);
    else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>New meeting board</h2>
      <form onSubmit={submit} noValidate>
        <div className={error ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={inputId}>
            Meeting title
          </label>
          <p className="field__hint" id={hintId}>
            Use words the family will recognise. Do not include a child’s full name.
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
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Creating board…' : 'Create board'}
        </button>
      </form>
    </section>
  );
}
