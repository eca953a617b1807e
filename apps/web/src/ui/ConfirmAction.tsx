import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n';
import './ConfirmAction.css';

interface ConfirmActionProps {
  /** The button that asks first, e.g. "Replace the participant link". */
  readonly label: string;
  /** What will happen, in plain words, shown before the person confirms. */
  readonly question: ReactNode;
  /** The button that does it, e.g. "Yes, replace it". */
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void> | void;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  /** Extra fields shown with the question (e.g. "also replace their link"). */
  readonly children?: ReactNode;
}

/** A button that asks "are you sure?" in place, then does the thing. Focus moves into the question and back. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  danger = false,
  disabled = false,
  children,
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className={danger ? 'button button--danger-quiet' : 'button button--secondary'}
        onClick={() => setAsking(true)}
        disabled={disabled}
      >
        {label}
      </button>
    );
  }
  return (
    <div className={danger ? 'confirm confirm--danger' : 'confirm'} role="group" aria-label={label}>
      <div className="confirm__question">{question}</div>
      {children}
      <div className="confirm__buttons">
        <button
          ref={confirm}
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)} disabled={busy}>
          {t('ui.ConfirmAction.cancel')}
        </button>
      </div>
    </div>
  );
}
