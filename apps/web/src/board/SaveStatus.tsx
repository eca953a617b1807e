import { useEffect, useRef, useState } from 'react';
import './SaveStatus.css';
import type { ConnectionPhase } from '../connection/connectionState';
import { useUnsentDrafts } from '../lib/unsentDrafts';
import { t } from '../i18n';

const BACK_ONLINE = () => t('board.SaveStatus.backOnline');

/**
 * Whether this device's words are safely on the server: its changes to the board, and any draft
 * kept here on purpose until it is sent (a blind-round answer). "All changes saved" only when both are.
 *
 * The words on screen change with every keystroke, so they are not a live region; a screen reader
 * hears only what matters: coming back online with everything saved. Going offline and a failure
 * are announced by the connection status and the header's alert.
 */
export function SaveStatus({ everythingSaved, phase }: { readonly everythingSaved: boolean; readonly phase: ConnectionPhase }) {
  const drafts = useUnsentDrafts();
  const saved = everythingSaved && drafts === null;
  const words = !everythingSaved
    ? t('board.SaveStatus.saving')
    : drafts === 'answer'
      ? t('board.SaveStatus.answerNotSent')
      : drafts === 'words'
        ? t('board.SaveStatus.wordsNotAdded')
        : t('board.SaveStatus.allSaved');
  const announcement = useBackOnlineAnnouncement(phase, everythingSaved);
  return (
    <>
      <p className={saved ? 'save-status save-status--saved' : 'save-status save-status--saving'}>
        <span className="save-status__words">{words}</span>
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/** "Back online. All changes saved." once, after the connection was away and everything is on the server again. */
function useBackOnlineAnnouncement(phase: ConnectionPhase, everythingSaved: boolean): string {
  const away = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (phase === 'offline' || phase === 'reconnecting') {
      away.current = true;
      setAnnouncement('');
    } else if (phase === 'connected' && everythingSaved && away.current) {
      away.current = false;
      setAnnouncement(BACK_ONLINE());
    }
  }, [phase, everythingSaved]);
  return announcement;
}
