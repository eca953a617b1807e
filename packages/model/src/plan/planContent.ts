/**
 * The content of a plan as plain JSON, and what changed between two contents. When the plan is
 * agreed, its content is stored with the agreement; the read model compares the plan as it is now
 * with that copy, so changes made after agreement stay visible until the plan is agreed again.
 */
import { TRAJECTORY_KINDS, type TrajectoryKind } from './planSchema';

/** One rule as agreed: everything the family would read, nothing about its place in the document. */
export interface RuleContent {
  readonly id: string;
  readonly text: string;
  readonly doers: readonly string[];
  readonly when: string;
  readonly times: readonly string[];
  readonly statements: readonly string[];
  readonly ifAway: string;
  readonly backups: readonly string[];
  readonly warningSigns: string;
  readonly warningActors: readonly string[];
  readonly ifHappening: string;
}

/** A part of a rule whose change the plan reports since it was agreed. */
export type RuleContentField = Exclude<keyof RuleContent, 'id'>;

export interface TrajectoryContent {
  readonly date: string;
  readonly kind: TrajectoryKind;
  readonly label: string;
}

export interface PlanContent {
  /** In plan order. */
  readonly rules: readonly RuleContent[];
  readonly stressPoints: readonly string[];
  readonly bottomLines: readonly string[];
  readonly contingency: string;
  /** Sorted by date. */
  readonly trajectory: readonly TrajectoryContent[];
}

/** Plan-level parts that can change: the order of the rules and each of the plan's own fields. */
export type PlanContentField = 'ruleOrder' | 'stressPoints' | 'bottomLines' | 'contingency' | 'trajectory';

/** What changed in the plan since it was agreed. */
export interface PlanChanges {
  /** Ids of rules added since agreement, in plan order. */
  readonly rulesAdded: readonly string[];
  /** Rules deleted since agreement, with the words they had then. */
  readonly rulesRemoved: readonly { readonly id: string; readonly text: string }[];
  /** Rules whose content changed, in plan order, naming the fields that changed. */
  readonly rulesChanged: readonly { readonly id: string; readonly fields: readonly RuleContentField[] }[];
  readonly fieldsChanged: readonly PlanContentField[];
  /** True when anything at all changed. */
  readonly any: boolean;
}

const RULE_FIELDS: readonly RuleContentField[] = [
  'text',
  'doers',
  'when',
  'times',
  'statements',
  'ifAway',
  'backups',
  'warningSigns',
  'warningActors',
  'ifHappening',
];
const SET_FIELDS = new Set<RuleContentField>(['doers', 'statements', 'backups', 'warningActors']);

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return sameList([...a].sort(), [...b].sort());
}

function ruleFieldsChanged(before: RuleContent, after: RuleContent): RuleContentField[] {
  return RULE_FIELDS.filter((field) => {
    const a = before[field];
    const b = after[field];
    if (typeof a === 'string' || typeof b === 'string') return a !== b;
    return SET_FIELDS.has(field) ? !sameSet(a, b) : !sameList(a, b);
  });
}

/** What changed from `agreed` to `current`. Pure and deterministic. */
export function comparePlanContent(agreed: PlanContent, current: PlanContent): PlanChanges {
  const before = new Map(agreed.rules.map((r) => [r.id, r]));
  const after = new Map(current.rules.map((r) => [r.id, r]));
  const rulesAdded = current.rules.filter((r) => !before.has(r.id)).map((r) => r.id);
  const rulesRemoved = agreed.rules.filter((r) => !after.has(r.id)).map((r) => ({ id: r.id, text: r.text }));
  const rulesChanged = current.rules.flatMap((r) => {
    const old = before.get(r.id);
    const fields = old ? ruleFieldsChanged(old, r) : [];
    return fields.length > 0 ? [{ id: r.id, fields }] : [];
  });
  const fieldsChanged: PlanContentField[] = [];
  const keptBefore = agreed.rules.filter((r) => after.has(r.id)).map((r) => r.id);
  const keptAfter = current.rules.filter((r) => before.has(r.id)).map((r) => r.id);
  if (!sameList(keptBefore, keptAfter)) fieldsChanged.push('ruleOrder');
  if (!sameList(agreed.stressPoints, current.stressPoints)) fieldsChanged.push('stressPoints');
  if (!sameList(agreed.bottomLines, current.bottomLines)) fieldsChanged.push('bottomLines');
  if (agreed.contingency !== current.contingency) fieldsChanged.push('contingency');
  const trajectoryKey = (t: TrajectoryContent) => `${t.date}\u0000${t.kind}\u0000${t.label}`;
  if (!sameList(agreed.trajectory.map(trajectoryKey), current.trajectory.map(trajectoryKey))) fieldsChanged.push('trajectory');
  const any = rulesAdded.length + rulesRemoved.length + rulesChanged.length + fieldsChanged.length > 0;
  return { rulesAdded, rulesRemoved, rulesChanged, fieldsChanged, any };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function parseRule(value: unknown): RuleContent | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isString(r.id)) return null;
  for (const field of RULE_FIELDS) {
    const ok = SET_FIELDS.has(field) || field === 'times' ? isStringList(r[field]) : isString(r[field]);
    if (!ok) return null;
  }
  return r as unknown as RuleContent;
}

function parseTrajectory(value: unknown): TrajectoryContent | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Record<string, unknown>;
  if (!isString(t.date) || !isString(t.label) || !(TRAJECTORY_KINDS as readonly unknown[]).includes(t.kind)) return null;
  return t as unknown as TrajectoryContent;
}

/** Reads stored content back, or null when it is not a plan's content (a newer or broken client). */
export function parsePlanContent(value: unknown): PlanContent | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  if (!Array.isArray(c.rules) || !Array.isArray(c.trajectory)) return null;
  if (!isStringList(c.stressPoints) || !isStringList(c.bottomLines) || !isString(c.contingency)) return null;
  const rules = c.rules.map(parseRule);
  const trajectory = c.trajectory.map(parseTrajectory);
  if (rules.some((r) => r === null) || trajectory.some((t) => t === null)) return null;
  return {
    rules: rules as RuleContent[],
    stressPoints: c.stressPoints,
    bottomLines: c.bottomLines,
    contingency: c.contingency,
    trajectory: trajectory as TrajectoryContent[],
  };
}
