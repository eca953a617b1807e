import { useEffect } from 'react';
import { t } from '../i18n';
import './waitingToJoin.css';

/**
 * Shown to a newcomer on a shared link while the chair decides whether to let them in. Nothing of
 * the board is on this device yet: not even its title.
 */
export function WaitingToJoin() {
  useEffect(() => {
    document.title = t('board.WaitingToJoin.waitingToJoinKinboard');
  }, []);
  return (
    <main className="page page--narrow waiting-to-join" id="main" aria-busy="true">
      <p className="brand">Kinboard</p>
      <h1>{t('board.WaitingToJoin.waitingToBeLetIn')}</h1>
      <p role="status">{t('board.WaitingToJoin.thePersonRunningTheMeeting')}</p>
      <p className="waiting-to-join__hint">{t('board.WaitingToJoin.youCanLeaveThisPage')}</p>
    </main>
  );
}
