/**
 * Rules of the safety plan: adding, moving and deleting them. A rule is a plain sentence of what
 * will happen, who does it, when, and which danger statements it answers; its fields are changed
 * through ruleFields.ts. Rules are kept by id and ordered by order key, like statements.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { compareOrder, isOrderKey, orderKeyBetween } from '../orderKey';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { randomId } from '../randomId';
import { MAX_RULE_TEXT_LENGTH, checkLength, checkMembers, checkStatement, checkTimes } from './planChecks';
import { RULE, RULE_TEXT_FIELDS, planRulesMap, type RuleTextField } from './planSchema';

export interface NewRule {
  /** What will happen, in the family's words. May be empty while it is being written. */
  readonly text: string;
  /** Network member ids of who does it. */
  readonly doers?: readonly string[];
  readonly when?: string;
  /** 'HH:MM' 24-hour times. */
  readonly times?: readonly string[];
  /** Ids of the danger statements it answers. */
  readonly statements?: readonly string[];
  /** Position among the rules; defaults to the end. */
  readonly index?: number;
  /** Stable id; a random one is made if absent. */
  readonly id?: string;
  readonly createdAt?: number;
}

export function newRuleId(): string {
  return randomId('r_');
}

/** The record of a rule, or `rule_not_found`. */
export function ruleRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = planRulesMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.ruleNotFound, `No rule with id "${id}" in the plan`);
  return record;
}

/** A text of a rule that was made with it; a rule missing one cannot be changed. */
export function ruleSharedText(record: Y.Map<unknown>, key: string): Y.Text {
  const value = record.get(key);
  if (!(value instanceof Y.Text)) throw new ModelError(ModelErrorCode.ruleNotFound, `This rule has no readable "${key}"`);
  return value;
}

/** An id set of a rule that was made with it; a rule missing one cannot be changed. */
export function ruleIdSet(record: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const value = record.get(key);
  if (!(value instanceof Y.Map)) throw new ModelError(ModelErrorCode.ruleNotFound, `This rule has no readable "${key}"`);
  return value;
}

/** An order key that puts a rule at `index` among the other rules. */
function orderKeyAt(doc: Y.Doc, index: number | undefined, movingId?: string): string {
  const others: { id: string; order: string }[] = [];
  planRulesMap(doc).forEach((record, id) => {
    const order = record instanceof Y.Map ? record.get(RULE.order) : undefined;
    if (id !== movingId && isOrderKey(order)) others.push({ id, order });
  });
  others.sort(compareOrder);
  const at = index === undefined || !Number.isFinite(index) ? others.length : Math.max(0, Math.min(Math.trunc(index), others.length));
  return orderKeyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
}

function idSet(ids: readonly string[]): Y.Map<true> {
  const set = new Y.Map<true>();
  for (const id of ids) set.set(id, true);
  return set;
}

function textOf(value: string): Y.Text {
  const text = new Y.Text();
  if (value.length > 0) text.insert(0, value);
  return text;
}

/** Adds a rule and returns its id. Every doer must be in the network and every statement on the board. */
export function addRule(doc: Y.Doc, rule: NewRule, origin: ChangeOrigin = LOCAL_CHANGE): string {
  checkLength(rule.text, MAX_RULE_TEXT_LENGTH, 'A rule');
  checkLength(rule.when ?? '', MAX_RULE_TEXT_LENGTH, 'When a rule happens');
  const doers = checkMembers(doc, rule.doers ?? []);
  const times = checkTimes(rule.times ?? []);
  const statements = [...new Set(rule.statements ?? [])];
  statements.forEach((id) => checkStatement(doc, id));
  const id = rule.id ?? newRuleId();
  if (planRulesMap(doc).has(id)) throw new ModelError(ModelErrorCode.duplicateId, `A rule with id "${id}" is already in the plan`);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(RULE.id, id);
    record.set(RULE.order, orderKeyAt(doc, rule.index));
    record.set(RULE.text, textOf(rule.text));
    record.set(RULE.doers, idSet(doers));
    record.set(RULE.when, textOf(rule.when ?? ''));
    record.set(RULE.times, times);
    record.set(RULE.statements, idSet(statements));
    record.set(RULE.ifAway, new Y.Text());
    record.set(RULE.backups, new Y.Map<true>());
    record.set(RULE.warningSigns, new Y.Text());
    record.set(RULE.warningActors, new Y.Map<true>());
    record.set(RULE.ifHappening, new Y.Text());
    record.set(RULE.createdAt, rule.createdAt ?? Date.now());
    planRulesMap(doc).set(id, record);
  }, origin);
  return id;
}

/** The shared text of one field of a rule, for binding an editor to it. */
export function ruleText(doc: Y.Doc, id: string, field: RuleTextField = 'text'): Y.Text {
  if (!(RULE_TEXT_FIELDS as readonly string[]).includes(field)) {
    throw new ModelError(ModelErrorCode.invalidText, `A rule has no text field "${String(field)}"`);
  }
  return ruleSharedText(ruleRecord(doc, id), RULE[field]);
}

/** Moves a rule to `index` among the others (clamped; the default is the end). */
export function moveRule(doc: Y.Doc, id: string, index?: number, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = ruleRecord(doc, id);
  doc.transact(() => record.set(RULE.order, orderKeyAt(doc, index, id)), origin);
}

/** Removes a rule from the plan. */
export function deleteRule(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  ruleRecord(doc, id);
  doc.transact(() => planRulesMap(doc).delete(id), origin);
}
