/**
 * The family's network: the people around the child, entered once and used everywhere a
 * person is picked (whose view a statement is, who answers a scale, who does a rule of the plan).
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { orderedNow } from '../orderedNow';
import { randomId } from '../randomId';
import { NETWORK_MEMBER, networkMap } from '../schema';
import { MEMBER_IDENTITY, isPersonId } from '../people/memberIdentity';
import { resolveMembers } from '../people/resolveMembers';
import { readPersonDetails } from '../people/personDetails';
import { readWords } from '../sharedWords';
import { spliceInto } from '../mapping/statementTexts';
import { MAX_MEMBER_NAME_LENGTH, MAX_RELATIONSHIP_LENGTH, ensureMemberWords, memberRecord } from './memberWords';

export { MAX_MEMBER_NAME_LENGTH, MAX_RELATIONSHIP_LENGTH } from './memberWords';

/** How someone takes part in this meeting: in the room (with or without a device), from elsewhere, by phone, or not at all. */
export const ATTENDANCE = ['in-room', 'remote', 'phone', 'not-present'] as const;
/** One of `ATTENDANCE`. */
export type Attendance = (typeof ATTENDANCE)[number];

/** What a network member is to the family. */
export const MEMBER_KINDS = ['family', 'friend', 'professional', 'child', 'interpreter', 'other'] as const;
/** One of `MEMBER_KINDS`. */
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** A person in the family's network, as the board reads them. */
export interface NetworkMemberView {
  readonly id: string;
  readonly name: string;
  readonly relationship: string;
  readonly attendance: Attendance;
  readonly kind: MemberKind;
  readonly createdAt: number;
  /**
   * The server-issued ids of this person's links and devices on the board (their `p:{id}` answer
   * keys), from this entry and every entry merged into it (see people/).
   */
  readonly personIds: readonly string[];
  /** Entries the chair merged into this one: they are this same person. */
  readonly mergedIds: readonly string[];
  /** A professional's agency; '' when not given (see people/personDetails.ts). */
  readonly agency: string;
  /** Contact details they agreed to share in the plan copy; '' when none. */
  readonly contact: string;
  /** The language they read, as a BCP 47 tag; null when not known. For an interpreter: the language they interpret. */
  readonly language: string | null;
  /**
   * For an interpreter (kind `interpreter`): the network member whose words they interpret, as
   * the id of the entry it resolves to now; null when not given or that person was removed.
   */
  readonly interpretsFor: string | null;
  /** An interpreter is asked for a number on the scales only when the chair says so (true). */
  readonly scalesToo: boolean;
}

/** What adding a person to the network takes. */
export interface NewNetworkMember {
  readonly name: string;
  readonly relationship?: string;
  readonly attendance?: Attendance;
  readonly kind?: MemberKind;
  readonly id?: string;
}

/** The parts of a network member's entry that can change. */
export type NetworkMemberChanges = Partial<Pick<NetworkMemberView, 'name' | 'relationship' | 'attendance' | 'kind'>>;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_MEMBER_NAME_LENGTH) {
    throw new ModelError(ModelErrorCode.invalidText, `A name needs 1 to ${MAX_MEMBER_NAME_LENGTH} characters`);
  }
  return trimmed;
}

function checkRelationship(relationship: string): string {
  const trimmed = relationship.trim();
  if (trimmed.length > MAX_RELATIONSHIP_LENGTH) {
    throw new ModelError(ModelErrorCode.invalidText, `A relationship can be at most ${MAX_RELATIONSHIP_LENGTH} characters`);
  }
  return trimmed;
}

function checkAttendance(value: unknown): Attendance {
  if (!(ATTENDANCE as readonly unknown[]).includes(value)) {
    throw new ModelError(ModelErrorCode.invalidText, `Attendance must be one of: ${ATTENDANCE.join(', ')}`);
  }
  return value as Attendance;
}

function checkKind(value: unknown): MemberKind {
  if (!(MEMBER_KINDS as readonly unknown[]).includes(value)) {
    throw new ModelError(ModelErrorCode.invalidText, `Kind must be one of: ${MEMBER_KINDS.join(', ')}`);
  }
  return value as MemberKind;
}

const member = memberRecord;

/** Adds a person to the network and returns their id. */
export function addNetworkMember(doc: Y.Doc, person: NewNetworkMember, origin: ChangeOrigin = LOCAL_CHANGE): string {
  const name = checkName(person.name);
  const relationship = checkRelationship(person.relationship ?? '');
  const attendance = checkAttendance(person.attendance ?? 'not-present');
  const kind = checkKind(person.kind ?? 'family');
  const id = person.id ?? randomId('m_');
  if (networkMap(doc).has(id)) throw new ModelError(ModelErrorCode.duplicateId, `A network member with id "${id}" already exists`);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(NETWORK_MEMBER.id, id);
    record.set(NETWORK_MEMBER.name, new Y.Text(name));
    record.set(NETWORK_MEMBER.relationship, new Y.Text(relationship));
    record.set(NETWORK_MEMBER.attendance, attendance);
    record.set(NETWORK_MEMBER.kind, kind);
    record.set(NETWORK_MEMBER.createdAt, orderedNow());
    networkMap(doc).set(id, record);
  }, origin);
  return id;
}

/**
 * Changes some of a person's details; each field is its own key, so concurrent changes to different
 * fields both stay. A new name or relationship is spliced into its shared text (checked and trimmed
 * as a whole value; `editMemberWords` is the per-key-press form).
 */
export function updateNetworkMember(doc: Y.Doc, id: string, changes: NetworkMemberChanges, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = member(doc, id);
  const checked: [string, unknown][] = [];
  const words: ['name' | 'relationship', string][] = [];
  if (changes.name !== undefined) words.push(['name', checkName(changes.name)]);
  if (changes.relationship !== undefined) words.push(['relationship', checkRelationship(changes.relationship)]);
  if (changes.attendance !== undefined) checked.push([NETWORK_MEMBER.attendance, checkAttendance(changes.attendance)]);
  if (changes.kind !== undefined) checked.push([NETWORK_MEMBER.kind, checkKind(changes.kind)]);
  if (checked.length === 0 && words.length === 0) return;
  doc.transact(() => {
    for (const [field, value] of words) spliceInto(ensureMemberWords(record, field), value);
    for (const [key, value] of checked) record.set(key, value);
  }, origin);
}

/**
 * Removes a person from the network. Anything that pointed at them (a rule's doer, a
 * statement's source) reads as "no longer in the network" through `readNetwork`'s lookup,
 * so nothing is left pointing at nothing.
 */
export function removeNetworkMember(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  member(doc, id);
  doc.transact(() => networkMap(doc).delete(id), origin);
}

function readMember(id: string, record: unknown): NetworkMemberView | null {
  if (!(record instanceof Y.Map)) return null;
  // A name being retyped may be empty for a moment; an old plain string never was.
  const name = readWords(record, NETWORK_MEMBER.name);
  if (name === null || (name.length === 0 && !(record.get(NETWORK_MEMBER.name) instanceof Y.Text))) return null;
  const relationship = readWords(record, NETWORK_MEMBER.relationship);
  const attendance = record.get(NETWORK_MEMBER.attendance);
  const kind = record.get(NETWORK_MEMBER.kind);
  const createdAt = record.get(NETWORK_MEMBER.createdAt);
  return {
    id,
    name,
    relationship: relationship ?? '',
    attendance: (ATTENDANCE as readonly unknown[]).includes(attendance) ? (attendance as Attendance) : 'not-present',
    kind: (MEMBER_KINDS as readonly unknown[]).includes(kind) ? (kind as MemberKind) : 'family',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    personIds: isPersonId(record.get(MEMBER_IDENTITY.personId)) ? [record.get(MEMBER_IDENTITY.personId) as string] : [],
    mergedIds: [],
    ...readPersonDetails(record),
  };
}

const byAge = (a: NetworkMemberView, b: NetworkMemberView) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Everyone in the network, once each, in the order they were added (then by id). An entry merged
 * into another is not listed on its own: the entry it was merged into carries its person ids, and
 * its relationship when the kept entry has none (people/mergeMembers.ts).
 */
export function readNetwork(doc: Y.Doc): NetworkMemberView[] {
  const all = new Map<string, NetworkMemberView>();
  networkMap(doc).forEach((record, id) => {
    const view = readMember(id, record);
    if (view) all.set(id, view);
  });
  const resolved = resolveMembers(doc);
  const roots = new Map<string, NetworkMemberView>();
  for (const view of [...all.values()].sort(byAge)) {
    const rootId = resolved.get(view.id) ?? view.id;
    if (rootId === view.id) roots.set(view.id, roots.get(view.id) ?? view);
  }
  for (const view of [...all.values()].sort(byAge)) {
    const rootId = resolved.get(view.id) ?? view.id;
    const root = roots.get(rootId);
    if (!root || rootId === view.id) continue;
    roots.set(rootId, {
      ...root,
      relationship: root.relationship || view.relationship,
      agency: root.agency || view.agency,
      contact: root.contact || view.contact,
      language: root.language ?? view.language,
      interpretsFor: root.interpretsFor ?? view.interpretsFor,
      scalesToo: root.scalesToo || view.scalesToo,
      personIds: [...new Set([...root.personIds, ...view.personIds])],
      mergedIds: [...root.mergedIds, view.id],
    });
  }
  // Whom an interpreter interprets for, read through merges; nobody when that person was removed (or is themselves).
  return [...roots.values()].sort(byAge).map((view) => {
    if (view.interpretsFor === null) return view;
    const target = resolved.get(view.interpretsFor) ?? view.interpretsFor;
    return { ...view, interpretsFor: roots.has(target) && target !== view.id ? target : null };
  });
}
