/**
 * The layout of the safety plan inside a board's Y.Doc: the keys of its records and the
 * accessors for its top-level types (their names are in `ROOT`, src/schema.ts).
 *
 * Every set of ids (a rule's doers, the statements it answers) is a `Y.Map<id, true>`, never an
 * array value, so two people adding different people or statements at once both keep theirs.
 * Every nested shared type is made together with its record, never later on first use: two people
 * making the same nested type at once would each lose the other's.
 */
import * as Y from 'yjs';
import { ROOT } from '../schema';

/** Keys of the `plan` map. */
export const PLAN = {
  /** Plain object `{ at, by, content }` while the plan is agreed; absent while it is a draft. */
  agreement: 'agreement',
} as const;

/** Keys of one rule's Y.Map. */
export const RULE = {
  id: 'id',
  /** Order key among the rules (see orderKey.ts). */
  order: 'order',
  /** Y.Text: what will happen, in the family's words. */
  text: 'text',
  /** Y.Map<memberId, true>: who does it. */
  doers: 'doers',
  /** Y.Text: when, as the family says it ("every school morning", "when Dad has been drinking"). */
  when: 'when',
  /** Plain array of 'HH:MM' (24-hour) times, sorted, replaced as a whole; may be empty. */
  times: 'times',
  /** Y.Map<statementId, true>: the danger statements this rule answers. */
  statements: 'statements',
  /** Y.Text: what happens if a person who does this rule is ill or away. */
  ifAway: 'ifAway',
  /** Y.Map<memberId, true>: who steps in then. */
  backups: 'backups',
  /** Y.Text: early warning signs that this rule is slipping. */
  warningSigns: 'warningSigns',
  /** Y.Map<memberId, true>: who acts on the warning signs. */
  warningActors: 'warningActors',
  /** Y.Text: what happens if the problem is already happening. */
  ifHappening: 'ifHappening',
  createdAt: 'createdAt',
} as const;

/** The rule fields that hold text people type together. */
export const RULE_TEXT_FIELDS = ['text', 'when', 'ifAway', 'warningSigns', 'ifHappening'] as const;
/** A rule's text fields, each its own shared text. */
export type RuleTextField = (typeof RULE_TEXT_FIELDS)[number];

/** The rule fields that hold a set of network member ids. */
export const RULE_PEOPLE_FIELDS = ['doers', 'backups', 'warningActors'] as const;
export type RulePeopleField = (typeof RULE_PEOPLE_FIELDS)[number];

/** Keys of one plan line's Y.Map (a stress point or a bottom line). */
export const PLAN_LINE = {
  id: 'id',
  /** 'stress-points' | 'bottom-lines'; never changes. */
  list: 'list',
  /** Y.Text (a plain string in schema 2). */
  text: 'text',
  order: 'order',
  createdAt: 'createdAt',
} as const;

export const PLAN_LISTS = ['stress-points', 'bottom-lines'] as const;
/** A list of short lines in the plan: bottom lines or stress points. */
export type PlanList = (typeof PLAN_LISTS)[number];

/** Keys of one trajectory item's Y.Map. */
export const TRAJECTORY_ITEM = {
  id: 'id',
  /** 'YYYY-MM-DD', a calendar date with no time zone. */
  date: 'date',
  /** 'review' | 'milestone' | 'closure' */
  kind: 'kind',
  /** Y.Text, may be empty (a plain string in schema 2). */
  label: 'label',
  createdAt: 'createdAt',
} as const;

/** The kinds of date on the way to closing the case. */
export const TRAJECTORY_KINDS = ['review', 'milestone', 'closure'] as const;
/** One of `TRAJECTORY_KINDS`. */
export type TrajectoryKind = (typeof TRAJECTORY_KINDS)[number];

export function planMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.plan);
}

export function planRulesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.planRules);
}

export function planLinesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.planLines);
}

export function planTrajectoryMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.planTrajectory);
}

/** The contingency: what happens if the plan cannot be kept. Bind an editor to it. */
export function planContingencyText(doc: Y.Doc): Y.Text {
  return doc.getText(ROOT.planContingency);
}
