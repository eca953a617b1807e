/**
 * Who came to a meeting, once each, for its record: everyone who joined by a link or device (as
 * the server saw them), and the network members the board says took part without one. A person
 * tied to a network entry is listed once, under the entry's name, however many devices they used.
 */
import type * as Y from 'yjs';
import { readNetwork } from '../network/networkMembers';
import { readRounds } from '../scales/readScales';

/** Someone the server saw join, by the person id of their link or device. */
export interface JoinedPerson {
  readonly person: string | null;
  readonly name: string;
  readonly role: string;
}

export interface Attended {
  readonly name: string;
  /** The link's role for those who joined by link; 'in the room' for those the board lists without one. */
  readonly role: string;
  readonly where: 'remote' | 'in the room' | 'phone';
  readonly person?: string;
  readonly memberId?: string;
  /** For an interpreter: the language they interpret (a BCP 47 tag, or null) and whose words (a name, or null). */
  readonly interprets?: { readonly language: string | null; readonly forName: string | null };
}

type Member = ReturnType<typeof readNetwork>[number];

/** What an interpreter's line adds: their language and whom they interpret for. */
function interpreting(member: Member | undefined, network: readonly Member[]): Pick<Attended, 'interprets'> {
  if (member?.kind !== 'interpreter') return {};
  const forName = network.find((m) => m.id === member.interpretsFor)?.name ?? null;
  return { interprets: { language: member.language, forName } };
}

const WHERE = { 'in-room': 'in the room', phone: 'phone', remote: 'remote' } as const;

export function meetingAttendance(doc: Y.Doc, meetingId: string, joined: readonly JoinedPerson[]): Attended[] {
  const network = readNetwork(doc);
  const byPerson = new Map(network.flatMap((m) => m.personIds.map((p) => [p, m] as const)));
  const listed = new Map<string, Attended>();
  for (const j of joined) {
    const member = j.person ? byPerson.get(j.person) : undefined;
    const key = member ? `m:${member.id}` : j.person ? `p:${j.person}` : `n:${j.name}\u0000${j.role}`;
    if (listed.has(key)) continue;
    const where = member && member.attendance !== 'not-present' ? WHERE[member.attendance] : 'remote';
    listed.set(key, {
      name: member?.name ?? j.name,
      role: j.role,
      where,
      ...(j.person ? { person: j.person } : {}),
      ...(member ? { memberId: member.id } : {}),
      ...interpreting(member, network),
    });
  }
  const names = new Set([...listed.values()].map((a) => a.name));
  const recordedFor = new Set<string>();
  const recordedNames = new Set<string>();
  for (const round of readRounds(doc)) {
    if (round.meetingId !== meetingId) continue;
    for (const answer of round.answers) {
      if (answer.recordedBy === null) continue;
      recordedFor.add(answer.memberId ?? answer.name);
      recordedNames.add(answer.name);
    }
  }
  for (const member of network) {
    if (listed.has(`m:${member.id}`) || names.has(member.name)) continue;
    const tookPart =
      member.attendance === 'in-room' || member.attendance === 'phone' || recordedFor.has(member.id) || recordedFor.has(member.name);
    if (!tookPart) continue;
    listed.set(`m:${member.id}`, {
      name: member.name,
      role: 'in the room',
      where: member.attendance === 'phone' ? 'phone' : 'in the room',
      memberId: member.id,
      ...interpreting(member, network),
    });
    names.add(member.name);
  }
  // Someone the chair recorded a number for by name only, without a network entry.
  for (const name of [...recordedNames].sort((a, b) => a.localeCompare(b))) {
    if (!names.has(name)) listed.set(`n:${name}`, { name, role: 'in the room', where: 'in the room' });
  }
  return [...listed.values()];
}
