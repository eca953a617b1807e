/**
 * A scale's question and the words at its 0 and 10 ends, each a shared text, so the facilitator's
 * change to them is shared as it is typed, character by character. Only the facilitator changes
 * scales (the server refuses anyone else's change to them).
 *
 * Boards from schema 3 kept them as plain strings; migration 3 → 4 (`moveScaleWordsIntoTexts`)
 * turns them into texts. The default safety scale keeps null (worded by the board's framework)
 * until the facilitator first rewords it; its text then starts from the wording on screen.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { SCALE, scalesMap } from '../schema';
import { checkTyped, wordsText } from '../sharedWords';
import { spliceInto } from '../mapping/statementTexts';

export const MAX_SCALE_TEXT = 400;

/** A scale's fields that are typed words. */
export const SCALE_WORD_FIELDS = ['question', 'zeroMeans', 'tenMeans'] as const;
export type ScaleWordField = (typeof SCALE_WORD_FIELDS)[number];

const WHAT: Record<ScaleWordField, string> = { question: 'The question', zeroMeans: 'What 0 means', tenMeans: 'What 10 means' };

function checkField(field: unknown): ScaleWordField {
  if (!(SCALE_WORD_FIELDS as readonly unknown[]).includes(field)) {
    throw new ModelError(ModelErrorCode.invalidText, `A scale has no text field "${String(field)}"`);
  }
  return field as ScaleWordField;
}

export function scaleRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = scalesMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.scaleNotFound, `No scale with id "${id}" on this board`);
  return record;
}

/** The text of `field` on a scale's record, made from an older plain string (or `seed`) when needed (call inside a transaction). */
export function ensureScaleWords(record: Y.Map<unknown>, field: ScaleWordField, seed = ''): Y.Text {
  return wordsText(record, SCALE[field], MAX_SCALE_TEXT, seed);
}

/**
 * The shared text of a scale's question or one of its ends, for binding a text box to it. `seed`
 * is the wording shown when the scale has none of its own yet (the default scale).
 *
 * @example
 * const text = scaleWordsText(doc, scaleId, 'question', wording.question);
 */
export function scaleWordsText(doc: Y.Doc, id: string, field: ScaleWordField, seed = '', origin: ChangeOrigin = LOCAL_CHANGE): Y.Text {
  checkField(field);
  const record = scaleRecord(doc, id);
  const current = record.get(SCALE[field]);
  if (current instanceof Y.Text) return current;
  let made: Y.Text | undefined;
  doc.transact(() => {
    made = ensureScaleWords(record, field, checkTyped(seed, MAX_SCALE_TEXT, WHAT[field]));
  }, origin);
  return made!;
}

/** Sets a scale's question or one end to `next`, changing only the part that differs. Called on every key press; not trimmed. */
export function editScaleWords(doc: Y.Doc, id: string, field: ScaleWordField, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkField(field);
  const value = checkTyped(next, MAX_SCALE_TEXT, WHAT[field]);
  const record = scaleRecord(doc, id);
  const current = record.get(SCALE[field]);
  if (current instanceof Y.Text && current.toString() === value) return;
  doc.transact(() => spliceInto(ensureScaleWords(record, field), value), origin);
}

/** Schema 3 → 4: every scale's question and ends that are plain strings become shared texts, keeping their words; null stays null. */
export function moveScaleWordsIntoTexts(doc: Y.Doc): void {
  scalesMap(doc).forEach((record) => {
    if (!(record instanceof Y.Map)) return;
    for (const field of SCALE_WORD_FIELDS) {
      if (typeof record.get(SCALE[field]) === 'string') ensureScaleWords(record, field);
    }
  });
}
