import { useEffect, useState } from 'react';
import { parseBoardAddress } from '../lib/boardLink';
import { rememberDisplayName, rememberedDisplayName } from '../lib/deviceMemory';
import { NamePrompt } from './NamePrompt';
import { BoardSessionView } from './BoardSessionView';
import { FailureNotice } from './FailureNotice';

/** A board opened from its link: asks for a name once, then shows the live board. */
export function BoardPage() {
  const [address] = useState(() => parseBoardAddress(window.location.pathname, window.location.hash));
  const [name, setName] = useState(rememberedDisplayName);

  useEffect(() => {
    if (!name) document.title = 'Join the meeting – Kinboard';
  }, [name]);

  if (!address) {
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
  return <BoardSessionView boardId={address.boardId} secret={address.secret} name={name} />;
}
