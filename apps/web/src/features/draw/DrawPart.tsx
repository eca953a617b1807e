import { useCallback } from 'react';
import type { Role } from '../../api/roles';
import { useBoardFocus } from '../../board/boardFocus';
import { useBoardSession } from '../../hooks/boardContext';
import { DrawArea } from './DrawArea';
import { drawFocus, drawPageOf } from './drawPages';

interface DrawPartProps {
  /** 'viewer' also when the board is locked for this person: the canvas is then read-only. */
  readonly role: Role;
  readonly userId: string;
  readonly userName: string;
  readonly userColor: string;
  /** This screen leads (the chair, not a shared screen): turning a page becomes everyone's focus. */
  readonly leads: boolean;
}

/**
 * The drawing canvas (network map, three houses, words and pictures); its code loads on first open.
 * The page in focus is the page on screen: the chair's page becomes their focus (`draw:{pageId}`),
 * so followers turn to it; a follower's canvas turns to the page their focus names.
 */
export function DrawPart({ role, userId, userName, userColor, leads }: DrawPartProps) {
  const { connection } = useBoardSession();
  const { focus, setFocus } = useBoardFocus();
  // Only the chair publishes: anyone else turning a page stays where they are without leaving "follow".
  const onPageChange = useCallback(
    (pageId: string) => {
      if (drawFocus(pageId) !== focus) setFocus(drawFocus(pageId));
    },
    [focus, setFocus],
  );
  return (
    <DrawArea
      doc={connection.doc}
      awareness={connection.awareness}
      role={role}
      userId={userId}
      userName={userName}
      userColor={userColor}
      pageId={drawPageOf(focus)}
      onPageChange={leads ? onPageChange : undefined}
    />
  );
}
