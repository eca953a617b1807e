/**
 * Input checks shared by the plan's operations. Each returns the value to store or throws a
 * `ModelError` before anything is written.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { networkMap, statementsMap } from '../schema';
import { textSplice } from '../textSplice';

/** Longest text of one rule field (what, when, what-if), in UTF-16 code units. */
export const MAX_RULE_TEXT_LENGTH = 2000;
/** Longest stress point, bottom line or trajectory label. */
export const MAX_PLAN_LINE_LENGTH = 500;
/** Longest contingency. */
export const MAX_CONTINGENCY_LENGTH = 5000;
/** Most structured times one rule can carry. */
export const MAX_RULE_TIMES = 12;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function checkLength(text: string, max: number, what: string): void {
  if (typeof text !== 'string') throw new ModelError(ModelErrorCode.invalidText, `${what} must be text`);
  if (text.length > max) throw new ModelError(ModelErrorCode.invalidText, `${what} can be at most ${max} characters`);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isPlanDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function checkDate(value: unknown): string {
  if (!isPlanDate(value)) throw new ModelError(ModelErrorCode.invalidDate, `"${String(value)}" is not a date written YYYY-MM-DD`);
  return value;
}

/** True for a 24-hour time written 'HH:MM'. */
export function isPlanTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** Checks, de-duplicates and sorts a rule's structured times. */
export function checkTimes(times: readonly string[]): string[] {
  if (!Array.isArray(times)) throw new ModelError(ModelErrorCode.invalidTime, 'Times must be a list of HH:MM');
  for (const t of times) {
    if (!isPlanTime(t)) throw new ModelError(ModelErrorCode.invalidTime, `"${String(t)}" is not a time written HH:MM (24-hour)`);
  }
  const unique = [...new Set(times)].sort();
  if (unique.length > MAX_RULE_TIMES) throw new ModelError(ModelErrorCode.invalidTime, `A rule can have at most ${MAX_RULE_TIMES} times`);
  return unique;
}

/** Checks every id names someone in the network now; returns them without repeats. */
export function checkMembers(doc: Y.Doc, ids: readonly string[]): string[] {
  if (!Array.isArray(ids)) throw new ModelError(ModelErrorCode.memberNotFound, 'People must be a list of network member ids');
  for (const id of ids) {
    if (typeof id !== 'string' || !(networkMap(doc).get(id) instanceof Y.Map)) {
      throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${String(id)}" on this board`);
    }
  }
  return [...new Set(ids)];
}

export function checkStatement(doc: Y.Doc, id: string): void {
  if (typeof id !== 'string' || !(statementsMap(doc).get(id) instanceof Y.Map)) {
    throw new ModelError(ModelErrorCode.statementNotFound, `No statement with id "${String(id)}" on this board`);
  }
}

/** Makes `text` read `next`, changing only the part that differs. Call inside a transaction. */
export function spliceText(text: Y.Text, next: string): void {
  const splice = textSplice(text.toString(), next);
  if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
  if (splice.insert.length > 0) text.insert(splice.index, splice.insert);
}

/** Makes the id set `set` hold exactly `ids`, touching only the ids that change. Call inside a transaction. */
export function replaceIdSet(set: Y.Map<unknown>, ids: readonly string[]): void {
  const wanted = new Set(ids);
  for (const id of [...set.keys()]) if (!wanted.has(id)) set.delete(id);
  for (const id of wanted) if (set.get(id) !== true) set.set(id, true);
}
