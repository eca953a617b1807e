import { useEffect, useState } from 'react';
import { readAloud, spokenLanguageName, stopReading } from './readAloud';
import { t } from './messages';
import './ReadAloud.css';

/**
 * A small "Read aloud" button for words a person may not be able to read: statements, rules, a
 * scale's question, the plan. Says plainly when this device has no voice for their language.
 */
export function ReadAloud({ text, what }: { readonly text: string | (() => string); readonly what?: string }) {
  const [state, setState] = useState<'idle' | 'reading' | 'noVoice'>('idle');
  useEffect(() => () => stopReading(), []);
  if (typeof text === 'string' && !text.trim()) return null;
  return (
    <span className="read-aloud">
      <button
        type="button"
        className="button button--secondary read-aloud__button"
        aria-label={what ? t('readAloud.readThis', { what }) : undefined}
        onClick={() => {
          if (state === 'reading') {
            stopReading();
            setState('idle');
            return;
          }
          const words = typeof text === 'string' ? text : text();
          setState(readAloud(words, () => setState('idle')) ? 'reading' : 'noVoice');
        }}
      >
        {state === 'reading' ? t('readAloud.stop') : t('readAloud.button')}
      </button>
      <span role="status" className="read-aloud__status">
        {state === 'noVoice' ? t('readAloud.noVoice', { language: spokenLanguageName() }) : ''}
      </span>
    </span>
  );
}
