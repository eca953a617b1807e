/**
 * A network member's name and relationship, each a shared text, so a change to them is shared as
 * it is typed, like a statement's words: closing the device mid-word loses nothing the server has,
 * and two people typing in the same box keep each other's letters. Anyone who may edit the board
 * may change them, as before.
 *
 * Boards from schema 3 kept them as plain strings; migration 3 → 4 (`moveMemberWordsIntoTexts`)
 * turns them into texts. Readers still accept a plain string.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { NETWORK_MEMBER, networkMap } from '../schema';
import { checkTyped, wordsText } from '../sharedWords';
import { spliceInto } from '../mapping/statementTexts';

/** The longest network member's name, in characters. */
export const MAX_MEMBER_NAME_LENGTH = 80;
export const MAX_RELATIONSHIP_LENGTH = 80;

/** A member's fields that are typed words. */
export const MEMBER_WORD_FIELDS = ['name', 'relationship'] as const;
export type MemberWordField = (typeof MEMBER_WORD_FIELDS)[number];

const LIMITS: Record<MemberWordField, { readonly max: number; readonly what: string }> = {
  name: { max: MAX_MEMBER_NAME_LENGTH, what: 'A name' },
  relationship: { max: MAX_RELATIONSHIP_LENGTH, what: 'A relationship' },
};

function checkField(field: unknown): MemberWordField {
  if (!(MEMBER_WORD_FIELDS as readonly unknown[]).includes(field)) {
    throw new ModelError(ModelErrorCode.invalidText, `A network member has no text field "${String(field)}"`);
  }
  return field as MemberWordField;
}

export function memberRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = networkMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${id}" on this board`);
  return record;
}

/** The text of `field` on a member's record, made from an older plain string when needed (call inside a transaction). */
export function ensureMemberWords(record: Y.Map<unknown>, field: MemberWordField): Y.Text {
  return wordsText(record, NETWORK_MEMBER[field], LIMITS[field].max);
}

/**
 * The shared text of a member's name or relationship, for binding a text box to it.
 *
 * @example
 * const text = memberWordsText(doc, memberId, 'relationship');
 */
export function memberWordsText(doc: Y.Doc, id: string, field: MemberWordField, origin: ChangeOrigin = LOCAL_CHANGE): Y.Text {
  checkField(field);
  const record = memberRecord(doc, id);
  const current = record.get(NETWORK_MEMBER[field]);
  if (current instanceof Y.Text) return current;
  let made: Y.Text | undefined;
  doc.transact(() => {
    made = ensureMemberWords(record, field);
  }, origin);
  return made!;
}

/**
 * Sets a member's name or relationship to `next`, changing only the part that differs. Called on
 * every key press, so it is not trimmed, and a name may be empty for a moment while it is retyped
 * (the member keeps their place on the list meanwhile).
 */
export function editMemberWords(doc: Y.Doc, id: string, field: MemberWordField, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkField(field);
  const value = checkTyped(next, LIMITS[field].max, LIMITS[field].what);
  const record = memberRecord(doc, id);
  const current = record.get(NETWORK_MEMBER[field]);
  if (current instanceof Y.Text && current.toString() === value) return;
  doc.transact(() => spliceInto(ensureMemberWords(record, field), value), origin);
}

/** Schema 3 → 4: every member's name and relationship become shared texts, keeping their words. */
export function moveMemberWordsIntoTexts(doc: Y.Doc): void {
  networkMap(doc).forEach((record) => {
    if (!(record instanceof Y.Map)) return;
    for (const field of MEMBER_WORD_FIELDS) ensureMemberWords(record, field);
  });
}
