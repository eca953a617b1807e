/** The plain words the plan screens and copies share. */
import { type PlanChanges, type PlanContentField, type RuleContentField } from '@kinboard/model';
import { listOfNames as joinWords, t } from '../../i18n';

const RULE_FIELD_WORDS: Record<RuleContentField, string> = {
  get text() {
    return t('plan.ruleField.text');
  },
  get doers() {
    return t('plan.ruleField.doers');
  },
  get when() {
    return t('plan.ruleField.when');
  },
  get times() {
    return t('plan.ruleField.times');
  },
  get statements() {
    return t('plan.ruleField.statements');
  },
  get ifAway() {
    return t('plan.ruleField.ifAway');
  },
  get backups() {
    return t('plan.ruleField.backups');
  },
  get warningSigns() {
    return t('plan.ruleField.warningSigns');
  },
  get warningActors() {
    return t('plan.ruleField.warningActors');
  },
  get ifHappening() {
    return t('plan.ruleField.ifHappening');
  },
};

const PLAN_FIELD_WORDS: Record<PlanContentField, string> = {
  get ruleOrder() {
    return t('plan.planField.ruleOrder');
  },
  get stressPoints() {
    return t('plan.planField.stressPoints');
  },
  get bottomLines() {
    return t('plan.planField.bottomLines');
  },
  get contingency() {
    return t('plan.planField.contingency');
  },
  get trajectory() {
    return t('plan.planField.trajectory');
  },
};

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/** "the words and who does it" for the fields of a rule that changed. */
export function ruleChangeWords(fields: readonly RuleContentField[]): string {
  return joinWords(unique(fields.map((f) => RULE_FIELD_WORDS[f])));
}

/** One sentence summing up what changed since the plan was agreed, or null when nothing did. */
export function changesSummary(changes: PlanChanges | null): string | null {
  if (!changes?.any) return null;
  const parts: string[] = [];
  if (changes.rulesAdded.length > 0) parts.push(t('plan.changes.rulesAdded', { count: changes.rulesAdded.length }));
  if (changes.rulesChanged.length > 0) parts.push(t('plan.changes.rulesChanged', { count: changes.rulesChanged.length }));
  if (changes.rulesRemoved.length > 0) parts.push(t('plan.changes.rulesRemoved', { count: changes.rulesRemoved.length }));
  const fields = changes.fieldsChanged.map((f) => PLAN_FIELD_WORDS[f]);
  if (fields.length > 0) parts.push(t('plan.changes.fields', { fields: joinWords(fields) }));
  const sentence = joinWords(parts);
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
