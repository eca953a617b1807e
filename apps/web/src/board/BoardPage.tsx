import { useEffect, useState } from 'react';
import { readBoardAddress } from '../lib/boardLink';
import { rememberDisplayName, rememberedDisplayName } from '../lib/deviceMemory';
import { NamePrompt } from './NamePrompt';
import { BoardSessionView } from './BoardSessionView';
import { FailureNotice } from './FailureNotice';

/** A board opened from its link: asks for a name once, then shows the live board. */
export function BoardPage() {
  const [reading] = useState(() => readBoardAddress(window.location.pathname, window.location.hash));
  const [name, setName] = useState(rememberedDisplayName);

  // Only the name prompt is "Join the meeting": a broken link's page keeps its own title (WCAG 2.4.2).
  useEffect(() => {
    if (!name && reading.ok) document.title = 'Join the meeting – Kinboard';
  }, [name, reading.ok]);

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
  return <BoardSessionView boardId={reading.address.boardId} secret={reading.address.secret} name={name} />;
}
