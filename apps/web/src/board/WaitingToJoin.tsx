import { useEffect } from 'react';
import './waitingToJoin.css';

/**
 * Shown to a newcomer on a shared link while the chair decides whether to let them in. Nothing of
 * the board is on this device yet: not even its title.
 */
export function WaitingToJoin() {
  useEffect(() => {
    document.title = 'Waiting to join – Kinboard';
  }, []);
  return (
    <main className="page page--narrow waiting-to-join" id="main" aria-busy="true">
      <p className="brand">Kinboard</p>
      <h1>Waiting to be let in</h1>
      <p role="status">The person running the meeting has been told you are here. The board will open as soon as they let you in.</p>
      <p className="waiting-to-join__hint">
        You can leave this page open. If you close it, open your link again to come back to this place in the queue.
      </p>
    </main>
  );
}
