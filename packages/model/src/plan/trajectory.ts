/**
 * The trajectory: a timeline from now to the point the case can close, with review meetings,
 * milestones and closure. Items are kept by id and read sorted by date, so no order key is needed.
 * The plan's review dates are the trajectory's 'review' items: one list, never two that disagree.
 * An item's label is a shared text, typed letter by letter (schema 2 kept a plain string).
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { randomId } from '../randomId';
import { MAX_PLAN_LINE_LENGTH, checkDate, checkLength, spliceText } from './planChecks';
import { planWordsText } from './planLines';
import { TRAJECTORY_ITEM, TRAJECTORY_KINDS, planTrajectoryMap, type TrajectoryKind } from './planSchema';

export interface NewTrajectoryItem {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  readonly kind: TrajectoryKind;
  readonly label?: string;
  readonly id?: string;
  readonly createdAt?: number;
}

export type TrajectoryItemChanges = Partial<Pick<NewTrajectoryItem, 'date' | 'kind' | 'label'>>;

function checkKind(kind: unknown): TrajectoryKind {
  if (!(TRAJECTORY_KINDS as readonly unknown[]).includes(kind)) {
    throw new ModelError(ModelErrorCode.invalidText, `A trajectory item is one of: ${TRAJECTORY_KINDS.join(', ')}`);
  }
  return kind as TrajectoryKind;
}

function checkLabel(label: string): string {
  checkLength(label, MAX_PLAN_LINE_LENGTH, 'A trajectory label');
  return label.trim();
}

function itemRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = planTrajectoryMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.planItemNotFound, `No trajectory item with id "${id}"`);
  return record;
}

/** Adds a review meeting, milestone or closure to the trajectory and returns its id. */
export function addTrajectoryItem(doc: Y.Doc, item: NewTrajectoryItem, origin: ChangeOrigin = LOCAL_CHANGE): string {
  const date = checkDate(item.date);
  const kind = checkKind(item.kind);
  const label = checkLabel(item.label ?? '');
  const id = item.id ?? randomId('t_');
  if (planTrajectoryMap(doc).has(id)) throw new ModelError(ModelErrorCode.duplicateId, `A trajectory item with id "${id}" already exists`);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(TRAJECTORY_ITEM.id, id);
    record.set(TRAJECTORY_ITEM.date, date);
    record.set(TRAJECTORY_ITEM.kind, kind);
    record.set(TRAJECTORY_ITEM.label, new Y.Text(label));
    record.set(TRAJECTORY_ITEM.createdAt, item.createdAt ?? Date.now());
    planTrajectoryMap(doc).set(id, record);
  }, origin);
  return id;
}

/**
 * Changes some of an item's date, kind and label; each is its own key, so concurrent changes to
 * different ones both stay. The label changes only where it differs (it is typed letter by letter,
 * so it is not trimmed here).
 */
export function updateTrajectoryItem(doc: Y.Doc, id: string, changes: TrajectoryItemChanges, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = itemRecord(doc, id);
  const checked: [string, string][] = [];
  if (changes.date !== undefined) checked.push([TRAJECTORY_ITEM.date, checkDate(changes.date)]);
  if (changes.kind !== undefined) checked.push([TRAJECTORY_ITEM.kind, checkKind(changes.kind)]);
  if (changes.label !== undefined) checkLength(changes.label, MAX_PLAN_LINE_LENGTH, 'A trajectory label');
  const changed = checked.filter(([key, value]) => record.get(key) !== value);
  const label = changes.label;
  const current = record.get(TRAJECTORY_ITEM.label);
  const labelChanges = label !== undefined && !(current instanceof Y.Text && current.toString() === label);
  if (changed.length === 0 && !labelChanges) return;
  doc.transact(() => {
    for (const [key, value] of changed) record.set(key, value);
    if (labelChanges) spliceText(planWordsText(record, TRAJECTORY_ITEM.label), label);
  }, origin);
}

/** The shared text of an item's label, for binding a text box to it. */
export function trajectoryLabelText(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): Y.Text {
  const record = itemRecord(doc, id);
  const current = record.get(TRAJECTORY_ITEM.label);
  if (current instanceof Y.Text) return current;
  let made: Y.Text | undefined;
  doc.transact(() => {
    made = planWordsText(record, TRAJECTORY_ITEM.label);
  }, origin);
  return made!;
}

/** Removes a date from the trajectory; throws `plan_item_not_found` when it is already gone. */
export function removeTrajectoryItem(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  itemRecord(doc, id);
  doc.transact(() => planTrajectoryMap(doc).delete(id), origin);
}
