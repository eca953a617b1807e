import { useBoardSession } from '../hooks/boardContext';
import { useMembersInRoom, usePeopleHere, type PersonHere } from '../hooks/usePeopleHere';
import type { NetworkMemberView } from '@kinboard/model';

/**
 * Everyone at the meeting now: the people with the board open, and the network members marked "in
 * the room" who are not also connected (someone on the list with the board open is one person).
 */
export function usePeopleAtMeeting(): { readonly people: readonly PersonHere[]; readonly inRoom: readonly NetworkMemberView[] } {
  const { connection } = useBoardSession();
  const people = usePeopleHere(connection.awareness);
  const connected = new Set(people.map((p) => p.id));
  const inRoom = useMembersInRoom(connection.doc).filter((member) => !member.personIds.some((id) => connected.has(id)));
  return { people, inRoom };
}

/** How many people are at the meeting now, as "People here" counts them. */
export function usePeopleCount(): number {
  const { people, inRoom } = usePeopleAtMeeting();
  return people.length + inRoom.length;
}
