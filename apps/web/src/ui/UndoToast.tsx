import { useEffect, useRef } from 'react';
import type { DeletedStatement } from '../hooks/useStatementDeletion';
import './UndoToast.css';

interface UndoToastProps {
  readonly deleted: DeletedStatement;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/** Says a statement was deleted and offers to bring it back. Stays until used or dismissed. */
export function UndoToast({ deleted, onUndo, onDismiss }: UndoToastProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [deleted]);
  const preview = deleted.text.trim();
  return (
    <div className="toast" aria-live="polite">
      <p className="toast__text">
        <strong>Statement deleted.</strong>
        {preview && <span className="toast__preview"> “{preview.length > 60 ? `${preview.slice(0, 60)}…` : preview}”</span>}
      </p>
      <button ref={undo} type="button" className="button button--toast" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="button button--toast-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
