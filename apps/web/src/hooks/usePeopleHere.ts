import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessView } from './useAwarenessView';
import type * as Y from 'yjs';
import { readNetwork, type NetworkMemberView } from '@kinboard/model';
import { isRole, type Role } from '../api/roles';
import { useDocView } from './useDocView';
import { t } from '../i18n';

/** Someone with the board open now, as the server and their device describe them. */
export interface PersonHere {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly role: Role;
  readonly isMe: boolean;
}

const ROLE_ORDER: Record<Role, number> = { facilitator: 0, participant: 1, viewer: 2 };

/** Reads the people in an awareness, one entry per participant id, in a steady order. */
export function peopleFromAwareness(states: Map<number, Record<string, unknown>>, myClientId: number): PersonHere[] {
  const byId = new Map<string, PersonHere>();
  for (const [clientId, state] of states) {
    const user = state.user as { id?: unknown; name?: unknown; color?: unknown; role?: unknown } | undefined;
    if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') continue;
    const person: PersonHere = {
      id: user.id,
      name: user.name.trim() || t('people.someone'),
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#505a5f',
      role: isRole(user.role) ? user.role : 'viewer',
      isMe: clientId === myClientId,
    };
    const earlier = byId.get(person.id);
    // The same person in two tabs shows once; their own entry wins so "(you)" is right.
    if (!earlier || person.isMe) byId.set(person.id, earlier?.isMe ? earlier : person);
  }
  return [...byId.values()].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name),
  );
}

/** Everyone who has this board open, re-rendering as people come, go or change their name. */
export function usePeopleHere(awareness: Awareness): readonly PersonHere[] {
  return useAwarenessView(awareness, peopleFromAwareness);
}

/** Network members marked "in the room": at the meeting without the board open on a device of their own. */
export function membersInRoom(members: readonly NetworkMemberView[]): NetworkMemberView[] {
  return members.filter((member) => member.attendance === 'in-room');
}

const readMembersInRoom = (doc: Y.Doc) => membersInRoom(readNetwork(doc));

/** The network members in the room, live; they answer scales through the facilitator. */
export function useMembersInRoom(doc: Y.Doc): readonly NetworkMemberView[] {
  return useDocView(doc, readMembersInRoom);
}
