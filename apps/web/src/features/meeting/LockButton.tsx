import { useState } from 'react';
import { useMeeting } from './meetingContext';
import './LockButton.css';

/** One click to lock or unlock the board (facilitator). Everyone sees the lock banner. */
export function LockButton({ withHint = false }: { readonly withHint?: boolean }) {
  const { admin, status } = useMeeting();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function toggle() {
    setBusy(true);
    setProblem(null);
    const result = await admin.setLocked(!status.locked);
    setBusy(false);
    if (!result.ok) setProblem(result.message);
  }

  return (
    <div className="lock-control">
      <button type="button" className="button button--secondary" onClick={toggle} disabled={busy}>
        {status.locked ? 'Unlock the board' : 'Lock the board'}
      </button>
      {withHint && (
        <p className="field__hint">
          {status.locked
            ? 'Locked: only facilitators can change the board. Everyone else can still see it.'
            : 'Locking stops everyone but facilitators changing the board, for example while you read it back.'}
        </p>
      )}
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
