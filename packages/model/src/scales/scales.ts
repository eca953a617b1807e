/** Scale questions: the board's default safety scale and any the facilitator adds. */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { orderedNow } from '../orderedNow';
import { randomId } from '../randomId';
import { SCALE, scalesMap } from '../schema';
import { spliceInto } from '../mapping/statementTexts';
import { MAX_SCALE_TEXT, ensureScaleWords, scaleRecord, type ScaleWordField } from './scaleWords';

export { MAX_SCALE_TEXT, scaleRecord } from './scaleWords';

/** The id of every board's default safety scale, fixed so concurrent creation makes one. */
export const DEFAULT_SCALE_ID = 'safety';

export interface NewScale {
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
  /** The danger statement (or goal pair) this scale belongs to. */
  readonly statementId?: string | null;
  readonly id?: string;
}

export type ScaleChanges = Partial<Pick<NewScale, 'question' | 'zeroMeans' | 'tenMeans' | 'statementId'>>;

function wording(value: string, field: string, required: boolean): string {
  const trimmed = value.trim();
  if ((required && trimmed.length === 0) || trimmed.length > MAX_SCALE_TEXT) {
    throw new ModelError(ModelErrorCode.invalidText, `${field} needs ${required ? 1 : 0} to ${MAX_SCALE_TEXT} characters`);
  }
  return trimmed;
}

/**
 * Puts the default safety scale on a board if it is missing. Its wording is null: readers word
 * it by the board's framework, so a change of framework rewords it for everyone.
 */
export function ensureDefaultScale(doc: Y.Doc, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (scalesMap(doc).has(DEFAULT_SCALE_ID)) return;
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(SCALE.id, DEFAULT_SCALE_ID);
    record.set(SCALE.question, null);
    record.set(SCALE.zeroMeans, null);
    record.set(SCALE.tenMeans, null);
    record.set(SCALE.statementId, null);
    record.set(SCALE.archived, false);
    record.set(SCALE.createdAt, 0);
    scalesMap(doc).set(DEFAULT_SCALE_ID, record);
  }, origin);
}

/** Adds a scale question and returns its id. Both ends must be written out. */
export function addScale(doc: Y.Doc, scale: NewScale, origin: ChangeOrigin = LOCAL_CHANGE): string {
  const question = wording(scale.question, 'The question', true);
  const zeroMeans = wording(scale.zeroMeans, 'What 0 means', true);
  const tenMeans = wording(scale.tenMeans, 'What 10 means', true);
  const id = scale.id ?? randomId('sc_');
  if (scalesMap(doc).has(id)) throw new ModelError(ModelErrorCode.duplicateId, `A scale with id "${id}" already exists`);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(SCALE.id, id);
    record.set(SCALE.question, new Y.Text(question));
    record.set(SCALE.zeroMeans, new Y.Text(zeroMeans));
    record.set(SCALE.tenMeans, new Y.Text(tenMeans));
    record.set(SCALE.statementId, scale.statementId ?? null);
    record.set(SCALE.archived, false);
    record.set(SCALE.createdAt, orderedNow());
    scalesMap(doc).set(id, record);
  }, origin);
  return id;
}

/**
 * Changes a scale's question or the words at its ends (checked and trimmed as whole values, then
 * spliced into their shared texts; `editScaleWords` is the per-key-press form), or what it is about.
 */
export function updateScale(doc: Y.Doc, id: string, changes: ScaleChanges, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = scaleRecord(doc, id);
  const words: [ScaleWordField, string][] = [];
  if (changes.question !== undefined) words.push(['question', wording(changes.question, 'The question', true)]);
  if (changes.zeroMeans !== undefined) words.push(['zeroMeans', wording(changes.zeroMeans, 'What 0 means', true)]);
  if (changes.tenMeans !== undefined) words.push(['tenMeans', wording(changes.tenMeans, 'What 10 means', true)]);
  if (words.length === 0 && changes.statementId === undefined) return;
  doc.transact(() => {
    for (const [field, value] of words) spliceInto(ensureScaleWords(record, field), value);
    if (changes.statementId !== undefined) record.set(SCALE.statementId, changes.statementId);
  }, origin);
}

/** Hides a scale from the board; its rounds and history are kept. */
export function archiveScale(doc: Y.Doc, id: string, archived = true, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = scaleRecord(doc, id);
  doc.transact(() => record.set(SCALE.archived, archived), origin);
}
