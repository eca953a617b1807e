import { useState } from 'react';
import { useMeeting } from './meetingContext';
import { t } from '../../i18n';
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
        {status.locked ? t('meeting.LockButton.unlockTheBoard') : t('meeting.LockButton.lockTheBoard')}
      </button>
      {withHint && (
        <p className="field__hint">
          {status.locked
            ? t('meeting.LockButton.lockedOnlyFacilitatorsCanChange')
            : t('meeting.LockButton.lockingStopsEveryoneButFacilitators')}
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
