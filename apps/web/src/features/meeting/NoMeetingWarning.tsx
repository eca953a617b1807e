import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { isLocalBoardChange } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useMeeting } from './meetingContext';
import { t } from '../../i18n';
import './NoMeetingWarning.css';

/**
 * Tells the chair, the first time they change the board or open a round while no meeting is
 * running, that it will not be part of a meeting record, and offers to start the meeting. It
 * floats over the page, so nothing under the pointer moves when it appears.
 */
export function NoMeetingWarning() {
  const { connection } = useBoardSession();
  const { role, status, admin } = useMeeting();
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Asked once per stretch without a meeting: "Not now" is an answer. */
  const answered = useRef(false);
  const running = status.meeting !== null;
  const watching = role === 'facilitator' && !running;

  useEffect(() => {
    if (running) {
      answered.current = false;
      setShown(false);
    }
  }, [running]);

  useEffect(() => {
    if (!watching) return undefined;
    const doc = connection.doc;
    const onTransaction = (transaction: Y.Transaction) => {
      // Running the agenda and timer is not a change to the board itself.
      if (!answered.current && isLocalBoardChange(doc, transaction)) setShown(true);
    };
    doc.on('afterTransaction', onTransaction);
    return () => doc.off('afterTransaction', onTransaction);
  }, [watching, connection.doc]);

  if (!watching || !shown) return null;

  async function start() {
    setProblem(null);
    const result = await admin.startMeeting();
    if (!result.ok) setProblem(result.message);
    else {
      answered.current = true;
      setShown(false);
    }
  }

  function notNow() {
    answered.current = true;
    setShown(false);
  }

  return (
    <div className="no-meeting" role="alertdialog" aria-labelledby="no-meeting-text" aria-modal="false">
      <p id="no-meeting-text" className="no-meeting__text">
        {t('meeting.NoMeetingWarning.noMeetingIsRunningSo')}
      </p>
      {problem && (
        <p className="no-meeting__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="no-meeting__buttons">
        <button type="button" className="button button--primary" onClick={start}>
          {t('meeting.NoMeetingWarning.startTheMeetingNow')}
        </button>
        <button type="button" className="button button--secondary" onClick={notNow}>
          {t('meeting.NoMeetingWarning.notNow')}
        </button>
      </div>
    </div>
  );
}
