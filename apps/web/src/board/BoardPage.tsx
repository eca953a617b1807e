import { Suspense, lazy, useEffect, useState } from 'react';
import { readBoardAddress } from '../lib/boardLink';
import { rememberDisplayName, rememberedDisplayName } from '../lib/deviceMemory';
import { NamePrompt } from './NamePrompt';
import { FailureNotice } from './FailureNotice';
import { LoadingBoard } from './LoadingBoard';

// The live board's code comes after the first paint: the name prompt shows without it, and it
// downloads while the person types their name.
const loadBoard = () => import('./BoardSessionView');
const BoardSessionView = lazy(() => loadBoard().then((m) => ({ default: m.BoardSessionView })));

/** A board opened from its link: asks for a name once, then shows the live board. */
export function BoardPage() {
  // The board's code starts downloading at once, so it is here by the time the name is given.
  useEffect(() => {
    void loadBoard();
  }, []);
  const [reading] = useState(() => readBoardAddress(window.location.pathname, window.location.hash));
  const [name, setName] = useState(rememberedDisplayName);

  useEffect(() => {
    if (!name) document.title = 'Join the meeting – Kinboard';
  }, [name]);

  if (!reading.ok && reading.problem === 'damaged') {
    return (
      <FailureNotice
        title="This link does not work"
        message="Part of this link got mixed up, perhaps when it was copied or sent. Copy the whole link you were sent again, or ask the person running the meeting to send it again."
      />
    );
  }
  if (!reading.ok) {
    return (
      <FailureNotice message="This link is not complete. Copy the whole link you were sent, including everything after the # sign, and try again." />
    );
  }
  if (!name) {
    return (
      <NamePrompt
        onJoin={(chosen) => {
          rememberDisplayName(chosen);
          setName(chosen);
        }}
      />
    );
  }
  return (
    <Suspense fallback={<LoadingBoard phase="connecting" />}>
      <BoardSessionView boardId={reading.address.boardId} secret={reading.address.secret} name={name} />
    </Suspense>
  );
}
