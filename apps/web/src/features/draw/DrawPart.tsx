import type { Role } from '../../api/roles';
import { DrawArea } from '../../draw';
import { useBoardSession } from '../../hooks/boardContext';

interface DrawPartProps {
  /** 'viewer' also when the board is locked for this person: the canvas is then read-only. */
  readonly role: Role;
  readonly userId: string;
  readonly userName: string;
  readonly userColor: string;
}

/** The drawing canvas (network map, three houses, words and pictures); its code loads on first open. */
export function DrawPart({ role, userId, userName, userColor }: DrawPartProps) {
  const { connection } = useBoardSession();
  return (
    <DrawArea doc={connection.doc} awareness={connection.awareness} role={role} userId={userId} userName={userName} userColor={userColor} />
  );
}
