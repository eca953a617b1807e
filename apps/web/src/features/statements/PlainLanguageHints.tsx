import { useId } from 'react';
import type { PlainLanguageHint } from '@kinboard/model';
import { hintSegments, isWordHint } from './hintSegments';
import { hintMessage, t } from '../../i18n';
import './PlainLanguageHints.css';

interface HintOverlayProps {
  readonly text: string;
  readonly hints: readonly PlainLanguageHint[];
}

/**
 * Wavy underlines under flagged words, drawn in a copy of the text laid exactly over the text
 * box (same box, same font, transparent letters), so the text box itself stays a plain textarea.
 */
export function HintOverlay({ text, hints }: HintOverlayProps) {
  const segments = hintSegments(text, hints);
  if (!segments.some((s) => s.hint)) return null;
  return (
    <div className="hint-overlay" aria-hidden="true">
      {segments.map((segment, i) => (segment.hint ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
      {/* A trailing newline in a textarea still takes a line; keep the copy the same height. */}
      {text.endsWith('\n') && <span> </span>}
    </div>
  );
}

interface HintListProps {
  readonly text: string;
  readonly hints: readonly PlainLanguageHint[];
  readonly onUse: (hint: PlainLanguageHint) => void;
  readonly onDismiss: (hint: PlainLanguageHint) => void;
}

/** The hints for a statement in plain words, each with "Use …" (when there is a swap) and "Dismiss". */
export function HintList({ text, hints, onUse, onDismiss }: HintListProps) {
  const id = useId();
  if (hints.length === 0) return null;
  const canUseFirst = hints.some((h) => h.replacement !== undefined);
  return (
    <div className="hints" role="group" aria-labelledby={`${id}-title`}>
      <p className="hints__title" id={`${id}-title`}>
        {t('statements.PlainLanguageHints.plainerWords')}
        {canUseFirst && <span className="hints__keys"> {t('statements.PlainLanguageHints.altEnterUsesTheFirst')}</span>}
      </p>
      {hints.map((hint) => {
        const words = text.slice(hint.start, hint.end);
        return (
          <div className={`hint hint--${hint.kind}`} key={`${hint.kind}:${hint.start}:${hint.end}`}>
            <p className="hint__message">
              {isWordHint(hint) && !hintMessage(hint, words).includes(words) && <strong className="hint__words">“{words}”: </strong>}
              {hintMessage(hint, words)}
            </p>
            <div className="hint__actions">
              {hint.replacement !== undefined && (
                <button type="button" className="button button--hint" onClick={() => onUse(hint)}>
                  {t('statements.PlainLanguageHints.use', { replacement: hint.replacement })}
                </button>
              )}
              <button
                type="button"
                className="button button--hint-quiet"
                aria-label={
                  isWordHint(hint)
                    ? t('statements.PlainLanguageHints.dismissTheHintAbout', { words })
                    : t('statements.PlainLanguageHints.dismissThisHint')
                }
                onClick={() => onDismiss(hint)}
              >
                {t('statements.PlainLanguageHints.dismiss')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
