/**
 * Who the room is still waiting for: everyone here who can answer (people with the board open,
 * not the shared screen) and every network member marked "in the room", minus those who have
 * answered. A person counts once, even with the board open in two tabs.
 */
import { memberAnswerKey, participantAnswerKey, type NetworkMemberView } from '@kinboard/model';

export interface PersonWhoCanAnswer {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export interface Unanswered {
  readonly key: string;
  readonly name: string;
  /** True for someone in the room without a device: the facilitator records for them. */
  readonly inRoom: boolean;
}

export function whoHasNotAnswered(
  peopleHere: readonly PersonWhoCanAnswer[],
  members: readonly NetworkMemberView[],
  answered: readonly { readonly key: string }[],
): Unanswered[] {
  const done = new Set(answered.map((a) => a.key));
  const waiting = new Map<string, Unanswered>();
  for (const person of peopleHere) {
    if (person.role === 'viewer') continue;
    const key = participantAnswerKey(person.id);
    if (!done.has(key)) waiting.set(key, { key, name: person.name, inRoom: false });
  }
  for (const member of members) {
    if (member.attendance !== 'in-room') continue;
    const key = memberAnswerKey(member.id);
    if (!done.has(key)) waiting.set(key, { key, name: member.name, inRoom: true });
  }
  return [...waiting.values()].sort((a, b) => a.name.localeCompare(b.name));
}
