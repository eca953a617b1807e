import { useId, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, cleanDisplayName } from '../lib/deviceMemory';
import { LanguageSelect, t } from '../i18n';

interface NamePromptProps {
  readonly onJoin: (name: string) => void;
}

/** Asks for the name other people will see. Remembered on this device. */
export function NamePrompt({ onJoin }: NamePromptProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = cleanDisplayName(name);
    if (!cleaned) {
      setError(t('board.NamePrompt.enterName'));
      return;
    }
    onJoin(cleaned);
  }

  return (
    <main className="page page--narrow join" id="main">
      <p className="brand">Kinboard</p>
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h1 id={`${id}-heading`}>{t('board.NamePrompt.joinTheMeeting')}</h1>
        <LanguageSelect />
        <form onSubmit={submit} noValidate>
          <div className={error ? 'field field--error' : 'field'}>
            <label className="field__label" htmlFor={id}>
              {t('board.NamePrompt.yourName')}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              {t('board.NamePrompt.everyoneInTheMeetingWill')}
            </p>
            {error && (
              <p className="field__error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
            <input
              id={id}
              className="input input--name"
              type="text"
              name="name"
              autoComplete="given-name"
              autoFocus
              maxLength={MAX_NAME_LENGTH}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <button className="button button--primary" type="submit">
            {t('board.NamePrompt.joinMeeting')}
          </button>
        </form>
      </section>
    </main>
  );
}
