/**
 * Who a round is still waiting for, once each: the people expected to answer (taking part, not
 * viewers, not the chair) minus those who have answered under any of their keys. A person is one
 * network entry with every entry merged into it and every link or device tied to it, so
 * "Sarah (Mum)" on the network list and Sarah on her laptop are one line, and an answer from
 * either settles it.
 *
 * An interpreter (kind `interpreter`) voices someone else's words, so they are not waited for
 * unless the chair asked them to scale too (`scalesToo`); the chair can still record a number for
 * them, and one they give counts as any answer does.
 */
import type { NetworkMemberView } from '../network/networkMembers';
import { memberAnswerKey, participantAnswerKey } from '../scales/answer';

/** Someone with the board open, as the server describes them in presence. */
export interface ConnectedPerson {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export interface StillToAnswer {
  /** The key their answer goes under: their own `p:` key when they answer on their device, else the entry's `m:` key. */
  readonly key: string;
  readonly name: string;
  /** True when the chair records for them (in the room without a device of their own, or on the phone). */
  readonly inRoom: boolean;
}

/** Every answer key that is this person's. */
export function answerKeysOf(member: NetworkMemberView): string[] {
  return [member.id, ...member.mergedIds].map(memberAnswerKey).concat(member.personIds.map(participantAnswerKey));
}

const RECORDED_FOR: ReadonlySet<string> = new Set(['in-room', 'phone']);

export function stillToAnswer(
  connected: readonly ConnectedPerson[],
  members: readonly NetworkMemberView[],
  answered: readonly { readonly key: string }[],
): StillToAnswer[] {
  const done = new Set(answered.map((a) => a.key));
  const here = new Map<string, ConnectedPerson>();
  for (const person of connected) if (!here.has(person.id)) here.set(person.id, person);
  const waiting = new Map<string, StillToAnswer>();
  const linked = new Set<string>();
  for (const member of members) {
    for (const id of member.personIds) linked.add(id);
    const device = member.personIds.map((id) => here.get(id)).find((p) => p !== undefined);
    if (device?.role === 'facilitator') continue;
    if (member.kind === 'interpreter' && !member.scalesToo) continue;
    const takesPart = (device !== undefined && device.role !== 'viewer') || RECORDED_FOR.has(member.attendance);
    if (!takesPart || answerKeysOf(member).some((key) => done.has(key))) continue;
    const ownDevice = device !== undefined && device.role !== 'viewer';
    const key = ownDevice ? participantAnswerKey(device.id) : memberAnswerKey(member.id);
    waiting.set(member.id, { key, name: member.name, inRoom: !ownDevice });
  }
  for (const person of here.values()) {
    if (linked.has(person.id) || person.role === 'viewer' || person.role === 'facilitator') continue;
    const key = participantAnswerKey(person.id);
    if (!done.has(key)) waiting.set(key, { key, name: person.name, inRoom: false });
  }
  return [...waiting.values()].sort((a, b) => a.name.localeCompare(b.name));
}
