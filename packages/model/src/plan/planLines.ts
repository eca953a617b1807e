/**
 * The plan's two short lists: trigger times and stress points ('stress-points'), and the agency's
 * bottom lines ('bottom-lines'), the few conditions that are not negotiable. Each line is kept by
 * id with an order key; its words (a shared text, typed letter by letter) and its place are
 * separate keys, so an edit survives a move. Schema 2 kept the words as a plain string; migration
 * 2 → 3 makes them texts (`movePlanWordsIntoTexts`).
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { compareOrder, isOrderKey, orderKeyBetween } from '../orderKey';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { randomId } from '../randomId';
import { MAX_PLAN_LINE_LENGTH, checkLength, spliceText } from './planChecks';
import { PLAN_LINE, PLAN_LISTS, TRAJECTORY_ITEM, planLinesMap, planTrajectoryMap, type PlanList } from './planSchema';

export interface NewPlanLine {
  readonly text: string;
  /** Position in its list; defaults to the end. */
  readonly index?: number;
  readonly id?: string;
  readonly createdAt?: number;
}

function checkList(list: unknown): asserts list is PlanList {
  if (!(PLAN_LISTS as readonly unknown[]).includes(list)) {
    throw new ModelError(ModelErrorCode.planItemNotFound, `The plan has no list "${String(list)}"; use ${PLAN_LISTS.join(' or ')}`);
  }
}

function checkLineText(text: string): string {
  checkLength(text, MAX_PLAN_LINE_LENGTH, 'A line of the plan');
  return text.trim();
}

function lineRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = planLinesMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.planItemNotFound, `No line with id "${id}" in the plan`);
  return record;
}

function orderKeyAt(doc: Y.Doc, list: PlanList, index: number | undefined, movingId?: string): string {
  const others: { id: string; order: string }[] = [];
  planLinesMap(doc).forEach((record, id) => {
    if (id === movingId || !(record instanceof Y.Map) || record.get(PLAN_LINE.list) !== list) return;
    const order = record.get(PLAN_LINE.order);
    if (isOrderKey(order)) others.push({ id, order });
  });
  others.sort(compareOrder);
  const at = index === undefined || !Number.isFinite(index) ? others.length : Math.max(0, Math.min(Math.trunc(index), others.length));
  return orderKeyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
}

/** Adds a stress point or a bottom line and returns its id. */
export function addPlanLine(doc: Y.Doc, list: PlanList, line: NewPlanLine, origin: ChangeOrigin = LOCAL_CHANGE): string {
  checkList(list);
  const text = checkLineText(line.text);
  if (text.length === 0) throw new ModelError(ModelErrorCode.invalidText, 'A line of the plan needs some words');
  const id = line.id ?? randomId('l_');
  if (planLinesMap(doc).has(id)) throw new ModelError(ModelErrorCode.duplicateId, `A line with id "${id}" is already in the plan`);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(PLAN_LINE.id, id);
    record.set(PLAN_LINE.list, list);
    record.set(PLAN_LINE.text, new Y.Text(text));
    record.set(PLAN_LINE.order, orderKeyAt(doc, list, line.index));
    record.set(PLAN_LINE.createdAt, line.createdAt ?? Date.now());
    planLinesMap(doc).set(id, record);
  }, origin);
  return id;
}

/**
 * Sets the words of a line to `text`, changing only the part that differs, so two people typing in
 * the same line keep each other's letters. Called on every key press, so it is not trimmed and may
 * be empty for a moment (a line with no words reads as empty until someone writes or removes it).
 */
export function editPlanLine(doc: Y.Doc, id: string, text: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = lineRecord(doc, id);
  checkLength(text, MAX_PLAN_LINE_LENGTH, 'A line of the plan');
  const current = record.get(PLAN_LINE.text);
  if (current instanceof Y.Text && current.toString() === text) return;
  doc.transact(() => spliceText(planWordsText(record, PLAN_LINE.text), text), origin);
}

/** The shared text of a line's words, for binding a text box to it. */
export function planLineText(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): Y.Text {
  const record = lineRecord(doc, id);
  const current = record.get(PLAN_LINE.text);
  if (current instanceof Y.Text) return current;
  let made: Y.Text | undefined;
  doc.transact(() => {
    made = planWordsText(record, PLAN_LINE.text);
  }, origin);
  return made!;
}

/** The text at `key` of a line or trajectory item, made from an older plain string when needed (call inside a transaction). */
export function planWordsText(record: Y.Map<unknown>, key: string): Y.Text {
  const value = record.get(key);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value.slice(0, MAX_PLAN_LINE_LENGTH) : '');
  record.set(key, text);
  return text;
}

/** Moves a line to `index` within its own list. */
export function movePlanLine(doc: Y.Doc, id: string, index?: number, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = lineRecord(doc, id);
  const list = record.get(PLAN_LINE.list);
  checkList(list);
  doc.transact(() => record.set(PLAN_LINE.order, orderKeyAt(doc, list, index, id)), origin);
}

/** Removes a line from its list; throws `plan_item_not_found` when it is already gone. */
export function removePlanLine(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  lineRecord(doc, id);
  doc.transact(() => planLinesMap(doc).delete(id), origin);
}

/**
 * Schema 2 → 3: the words of every line and every trajectory item's label become shared texts,
 * keeping their words. Runs inside `migrateBoard`'s transaction.
 */
export function movePlanWordsIntoTexts(doc: Y.Doc): void {
  planLinesMap(doc).forEach((record) => {
    if (record instanceof Y.Map) planWordsText(record, PLAN_LINE.text);
  });
  planTrajectoryMap(doc).forEach((record) => {
    if (record instanceof Y.Map) planWordsText(record, TRAJECTORY_ITEM.label);
  });
}
