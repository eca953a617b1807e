/**
 * Changing what a rule says: its text, who does it, when, the danger statements it answers, and
 * how it holds up when tested (someone ill or away, early warning signs, the problem already
 * happening). Texts change only where they differ; sets of ids change only the ids added or
 * removed, so two people changing the same rule at once keep each other's work.
 */
import * as Y from 'yjs';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MAX_RULE_TEXT_LENGTH, checkLength, checkMembers, checkStatement, checkTimes, replaceIdSet, spliceText } from './planChecks';
import { RULE, type RuleTextField } from './planSchema';
import { ruleIdSet, ruleRecord, ruleSharedText, ruleText } from './rules';

export interface RuleWhen {
  /** When, in the family's words. */
  readonly text?: string;
  /** 'HH:MM' 24-hour times; replaces the rule's times. */
  readonly times?: readonly string[];
}

export interface RuleWhatIf {
  /** What happens if a person who does this rule is ill or away. */
  readonly ifAway?: string;
  /** Who steps in then (network member ids); replaces the set. */
  readonly backups?: readonly string[];
  /** Early warning signs that the rule is slipping. */
  readonly warningSigns?: string;
  /** Who acts on the warning signs (network member ids); replaces the set. */
  readonly warningActors?: readonly string[];
  /** What happens if the problem is already happening. */
  readonly ifHappening?: string;
}

/** Sets one text field of a rule ('text' by default) to `next`. */
export function editRuleText(
  doc: Y.Doc,
  id: string,
  next: string,
  field: RuleTextField = 'text',
  origin: ChangeOrigin = LOCAL_CHANGE,
): void {
  checkLength(next, MAX_RULE_TEXT_LENGTH, 'A rule');
  const text = ruleText(doc, id, field);
  if (text.toString() === next) return;
  doc.transact(() => spliceText(text, next), origin);
}

/** Sets who does a rule to exactly these network members (empty while undecided). */
export function setRuleDoers(doc: Y.Doc, id: string, memberIds: readonly string[], origin: ChangeOrigin = LOCAL_CHANGE): void {
  const doers = ruleIdSet(ruleRecord(doc, id), RULE.doers);
  const ids = checkMembers(doc, memberIds);
  doc.transact(() => replaceIdSet(doers, ids), origin);
}

/** Sets when a rule happens: the words, the structured times, or both. */
export function setRuleWhen(doc: Y.Doc, id: string, when: RuleWhen, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = ruleRecord(doc, id);
  const text = ruleSharedText(record, RULE.when);
  if (when.text !== undefined) checkLength(when.text, MAX_RULE_TEXT_LENGTH, 'When a rule happens');
  const times = when.times === undefined ? undefined : checkTimes(when.times);
  doc.transact(() => {
    if (when.text !== undefined) spliceText(text, when.text);
    if (times !== undefined) record.set(RULE.times, times);
  }, origin);
}

/** Records how a rule holds up when tested. Only the fields given change. */
export function setRuleWhatIf(doc: Y.Doc, id: string, whatIf: RuleWhatIf, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = ruleRecord(doc, id);
  const texts: [Y.Text, string][] = [];
  for (const field of ['ifAway', 'warningSigns', 'ifHappening'] as const) {
    const value = whatIf[field];
    if (value === undefined) continue;
    checkLength(value, MAX_RULE_TEXT_LENGTH, 'What a rule does when tested');
    texts.push([ruleSharedText(record, RULE[field]), value]);
  }
  const sets: [Y.Map<unknown>, string[]][] = [];
  for (const field of ['backups', 'warningActors'] as const) {
    const value = whatIf[field];
    if (value === undefined) continue;
    sets.push([ruleIdSet(record, RULE[field]), checkMembers(doc, value)]);
  }
  doc.transact(() => {
    for (const [text, value] of texts) spliceText(text, value);
    for (const [set, ids] of sets) replaceIdSet(set, ids);
  }, origin);
}

/** Records that a rule answers a danger statement. Linking twice is harmless. */
export function linkRuleToStatement(doc: Y.Doc, ruleId: string, statementId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const statements = ruleIdSet(ruleRecord(doc, ruleId), RULE.statements);
  checkStatement(doc, statementId);
  if (statements.get(statementId) === true) return;
  doc.transact(() => statements.set(statementId, true), origin);
}

/** Records that a rule no longer answers a statement. Works for a statement already deleted. */
export function unlinkRuleFromStatement(doc: Y.Doc, ruleId: string, statementId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const statements = ruleIdSet(ruleRecord(doc, ruleId), RULE.statements);
  if (!statements.has(statementId)) return;
  doc.transact(() => statements.delete(statementId), origin);
}
