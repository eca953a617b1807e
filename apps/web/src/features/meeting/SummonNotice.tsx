import { useEffect, useRef } from 'react';
import type { FocusTarget } from '@kinboard/model';
import { t } from '../../i18n';
import { focusText } from './follow';
import { useMeeting } from './meetingContext';
import './SummonNotice.css';

const WORDS = {
  waiting: (place: string) => t('meeting.SummonNotice.waiting', { place }),
  get goNow() {
    return t('meeting.SummonNotice.goNow');
  },
  moved: (place: string) => t('meeting.SummonNotice.moved', { place }),
};

/**
 * "Bring everyone here", as this person sees it: while they type, a note that the move waits for
 * them; after the move, what happened, said to screen readers too, with the focus on the part now
 * in view instead of lost with the part that went.
 */
export function SummonNotice() {
  const { chairFocus } = useMeeting();
  const { pendingSummon, goNow, summoned } = chairFocus;
  const moved = useRef<FocusTarget | null>(null);

  useEffect(() => {
    if (summoned === null || summoned === moved.current) return;
    moved.current = summoned;
    const active = document.activeElement;
    const main = document.getElementById('main');
    if (active === null || active === document.body || !active.isConnected) main?.focus({ preventScroll: false });
  }, [summoned]);

  return (
    <div className="summon-notice">
      <p className="summon-notice__words" role="status">
        {pendingSummon !== null ? WORDS.waiting(focusText(pendingSummon)) : summoned !== null ? WORDS.moved(focusText(summoned)) : ''}
      </p>
      {pendingSummon !== null && (
        <button type="button" className="button button--secondary" onClick={goNow}>
          {WORDS.goNow}
        </button>
      )}
    </div>
  );
}
