import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import './UndoToast.css';

interface UndoToastProps {
  /** What was deleted, as the toast names it: "Statement deleted.", "Rule deleted." */
  readonly title: string;
  /** The deleted thing's words, shown shortened; its identity moves the focus to Undo again. */
  readonly deleted: { readonly text: string };
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

const PREVIEW_LENGTH = 60;

/** Says something was deleted and offers to bring it back. Stays until used or dismissed. */
export function UndoToast({ title, deleted, onUndo, onDismiss }: UndoToastProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [deleted]);
  const preview = deleted.text.trim();
  return (
    <div className="toast" aria-live="polite">
      <p className="toast__text">
        <strong>{title}</strong>
        {preview && (
          <span className="toast__preview"> “{preview.length > PREVIEW_LENGTH ? `${preview.slice(0, PREVIEW_LENGTH)}…` : preview}”</span>
        )}
      </p>
      <button ref={undo} type="button" className="button button--toast" onClick={onUndo}>
        {t('ui.UndoToast.undo')}
      </button>
      <button type="button" className="button button--toast-quiet" onClick={onDismiss}>
        {t('ui.UndoToast.dismiss')}
      </button>
    </div>
  );
}
