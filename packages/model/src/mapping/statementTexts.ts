/**
 * The short free-text fields of a statement — its four harm details, the agency whose view it is,
 * and the family's words of dispute — each a shared text made with the statement, so they are
 * shared as a person types, character by character, like the statement's own words. A person who
 * closes their device mid-word loses nothing the server has, and two people typing in the same
 * field keep each other's letters.
 *
 * Boards from schema 2 kept these as plain strings; migration 2 → 3 (`moveStatementFieldsIntoTexts`)
 * turns them into texts. Readers still accept a plain string, for a board read before it is migrated.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT, statementsMap } from '../schema';
import { textSplice } from '../textSplice';
import { statementRecord } from './statementRecord';

export const MAX_HARM_DETAIL_LENGTH = 500;
export const MAX_AGENCY_LENGTH = 80;
export const MAX_DISPUTE_WORDS_LENGTH = 1000;

/** Names of a statement's free-text fields, as the operations and the web app call them. */
export const STATEMENT_TEXT_FIELDS = ['harmWhen', 'harmHowOften', 'harmHowSevere', 'harmImpact', 'sourceAgency', 'disputeWords'] as const;
export type StatementTextField = (typeof STATEMENT_TEXT_FIELDS)[number];

const LIMITS: Record<StatementTextField, { readonly max: number; readonly what: string }> = {
  harmWhen: { max: MAX_HARM_DETAIL_LENGTH, what: 'When it happened' },
  harmHowOften: { max: MAX_HARM_DETAIL_LENGTH, what: 'How often' },
  harmHowSevere: { max: MAX_HARM_DETAIL_LENGTH, what: 'How severe' },
  harmImpact: { max: MAX_HARM_DETAIL_LENGTH, what: 'What it did to the child' },
  sourceAgency: { max: MAX_AGENCY_LENGTH, what: 'An agency name' },
  disputeWords: { max: MAX_DISPUTE_WORDS_LENGTH, what: "The family's words" },
};

export function isStatementTextField(value: unknown): value is StatementTextField {
  return (STATEMENT_TEXT_FIELDS as readonly unknown[]).includes(value);
}

/** Checks a field's next value: text, and not over the field's limit. Not trimmed: a person may be mid-word. */
export function checkStatementFieldText(field: StatementTextField, value: unknown): string {
  const { max, what } = LIMITS[field];
  if (typeof value !== 'string') throw new ModelError(ModelErrorCode.invalidText, `${what} must be text`);
  if (value.length > max) throw new ModelError(ModelErrorCode.invalidText, `${what} can be at most ${max} characters`);
  return value;
}

/** The field's text on `record`, made there when missing (call inside a transaction). */
export function ensureStatementFieldText(record: Y.Map<unknown>, field: StatementTextField): Y.Text {
  const key = STATEMENT[field];
  const value = record.get(key);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text();
  if (typeof value === 'string' && value.length > 0) text.insert(0, value.slice(0, LIMITS[field].max));
  record.set(key, text);
  return text;
}

/** A new statement's empty field texts, set on its record (call inside a transaction). */
export function addStatementFieldTexts(record: Y.Map<unknown>): void {
  for (const field of STATEMENT_TEXT_FIELDS) record.set(STATEMENT[field], new Y.Text());
}

/**
 * The shared text of one field of a statement, for binding a text box to it. A statement made by
 * older code gets the text on first use.
 *
 * @example
 * const text = statementFieldText(doc, id, 'harmWhen');
 */
export function statementFieldText(doc: Y.Doc, id: string, field: StatementTextField, origin: ChangeOrigin = LOCAL_CHANGE): Y.Text {
  if (!isStatementTextField(field)) throw new ModelError(ModelErrorCode.invalidText, `A statement has no text field "${String(field)}"`);
  const record = statementRecord(doc, id);
  const value = record.get(STATEMENT[field]);
  if (value instanceof Y.Text) return value;
  let made: Y.Text | undefined;
  doc.transact(() => {
    made = ensureStatementFieldText(record, field);
  }, origin);
  return made!;
}

/**
 * Sets one field of a statement to `next`, changing only the part that differs, so two people
 * typing in the same field both keep their letters. Called on every key press.
 */
export function editStatementField(
  doc: Y.Doc,
  id: string,
  field: StatementTextField,
  next: string,
  origin: ChangeOrigin = LOCAL_CHANGE,
): void {
  if (!isStatementTextField(field)) throw new ModelError(ModelErrorCode.invalidText, `A statement has no text field "${String(field)}"`);
  const value = checkStatementFieldText(field, next);
  const record = statementRecord(doc, id);
  const current = record.get(STATEMENT[field]);
  if (current instanceof Y.Text && current.toString() === value) return;
  doc.transact(() => spliceInto(ensureStatementFieldText(record, field), value), origin);
}

/** Applies the smallest splice that makes `text` read `next` (call inside a transaction). */
export function spliceInto(text: Y.Text, next: string): void {
  const splice = textSplice(text.toString(), next);
  if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
  if (splice.insert.length > 0) text.insert(splice.index, splice.insert);
}

/** What a field of `record` says now: its text, or a plain string from an unmigrated board. */
export function readStatementField(record: Y.Map<unknown>, field: StatementTextField): string {
  const value = record.get(STATEMENT[field]);
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

/**
 * Schema 2 → 3: every statement's harm details, agency and words of dispute become shared texts,
 * keeping their words. An agency moves out of the source object (`{ kind: 'agency', agency }`
 * becomes `{ kind: 'agency' }` and the name goes into `sourceAgency`). Runs inside `migrateBoard`'s
 * transaction.
 */
export function moveStatementFieldsIntoTexts(doc: Y.Doc): void {
  statementsMap(doc).forEach((record) => {
    if (!(record instanceof Y.Map)) return;
    const source = record.get(STATEMENT.source) as { kind?: unknown; agency?: unknown } | undefined;
    const agency =
      source && typeof source === 'object' && source.kind === 'agency' && typeof source.agency === 'string' ? source.agency : null;
    for (const field of STATEMENT_TEXT_FIELDS) {
      const text = ensureStatementFieldText(record, field);
      if (field === 'sourceAgency' && agency !== null && text.length === 0) text.insert(0, agency.slice(0, MAX_AGENCY_LENGTH));
    }
    if (agency !== null) record.set(STATEMENT.source, { kind: 'agency' });
  });
}
