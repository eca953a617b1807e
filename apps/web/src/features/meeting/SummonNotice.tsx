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
    // The part that went may linger hidden while the new part's code arrives, keeping the focus
    // until it is removed: watch for a little while, and catch the focus as soon as it is lost.
    let handle = 0;
    const until = performance.now() + 5000;
    const check = () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected || active.getClientRects().length === 0;
      if (lost) document.getElementById('main')?.focus({ preventScroll: false });
      else if (performance.now() < until) handle = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(handle);
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
