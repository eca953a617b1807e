/** The plain words the plan screens and copies share. */
import { listOfNames as joinWords, type PlanChanges, type PlanContentField, type RuleContentField } from '@kinboard/model';

const RULE_FIELD_WORDS: Record<RuleContentField, string> = {
  text: 'the words',
  doers: 'who does it',
  when: 'when',
  times: 'when',
  statements: 'what it answers',
  ifAway: 'if someone is ill or away',
  backups: 'if someone is ill or away',
  warningSigns: 'early warning signs',
  warningActors: 'early warning signs',
  ifHappening: 'if it is already happening',
};

const PLAN_FIELD_WORDS: Record<PlanContentField, string> = {
  ruleOrder: 'the order of the rules',
  stressPoints: 'trigger times and stress points',
  bottomLines: 'bottom lines',
  contingency: 'what happens if the plan cannot be kept',
  trajectory: 'the timeline',
};

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/** "the words and who does it" for the fields of a rule that changed. */
export function ruleChangeWords(fields: readonly RuleContentField[]): string {
  return joinWords(unique(fields.map((f) => RULE_FIELD_WORDS[f])));
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One sentence summing up what changed since the plan was agreed, or null when nothing did. */
export function changesSummary(changes: PlanChanges | null): string | null {
  if (!changes?.any) return null;
  const parts: string[] = [];
  if (changes.rulesAdded.length > 0) parts.push(`${count(changes.rulesAdded.length, 'rule', 'rules')} added`);
  if (changes.rulesChanged.length > 0) parts.push(`${count(changes.rulesChanged.length, 'rule', 'rules')} changed`);
  if (changes.rulesRemoved.length > 0) parts.push(`${count(changes.rulesRemoved.length, 'rule', 'rules')} removed`);
  const fields = changes.fieldsChanged.map((f) => PLAN_FIELD_WORDS[f]);
  if (fields.length > 0) parts.push(`changes to ${joinWords(fields)}`);
  const sentence = joinWords(parts);
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
