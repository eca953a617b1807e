import { useEffect, useState } from 'react';
import type { Role } from '../../api/roles';
import { useBoardSession } from '../../hooks/boardContext';
import { knownLinks, rememberLinks } from '../../lib/boardMemory';
import { useMeeting } from './meetingContext';

/**
 * A shared link (participant or viewer) for the chair: the one this tab already knows, or else
 * the server's answer to "what is it now?" (facilitators only, SPEC K17), remembered for the tab.
 * Null for anyone else, and while it is not known (a link made before the server could show it).
 */
export function useSharedLink(role: Exclude<Role, 'facilitator'>): string | null {
  const { connection } = useBoardSession();
  const { admin, role: myRole } = useMeeting();
  const known = knownLinks(connection.boardId)[role] ?? null;
  const [asked, setAsked] = useState<string | null>(null);
  const chair = myRole === 'facilitator';

  useEffect(() => {
    if (known !== null || !chair) return undefined;
    let live = true;
    void admin.currentLink(role).then((result) => {
      if (!live || !result.ok) return;
      rememberLinks(connection.boardId, { [role]: result.value.link });
      setAsked(result.value.link);
    });
    return () => {
      live = false;
    };
  }, [admin, chair, connection.boardId, known, role]);

  return chair ? (known ?? asked) : null;
}
