/**
 * The safety plan as plain data for the UI and for copies. Reading never throws: a record it cannot
 * read is left out and counted. A rule never points at nothing: people who have left the network
 * and statements that were deleted are dropped from the view and counted in `removed`, the same
 * way on every replica, however the deletion and the link crossed on the network. A rule answers
 * only statements that are still danger statements: a link to a statement someone re-filed under
 * another domain is kept (it counts again if the statement is filed back) but shown apart, as
 * stale, so the rule can be unlinked from it.
 */
import * as Y from 'yjs';
import { compareOrder, isOrderKey } from '../orderKey';
import { readNetwork } from '../network/networkMembers';
import { readBoardPlacement } from '../mapping/placement';
import { STATEMENT, statementsMap } from '../schema';
import { comparePlanContent, parsePlanContent, type PlanChanges, type PlanContent } from './planContent';
import { isPlanDate, isPlanTime } from './planChecks';
import {
  PLAN,
  PLAN_LINE,
  RULE,
  TRAJECTORY_ITEM,
  TRAJECTORY_KINDS,
  planContingencyText,
  planLinesMap,
  planMap,
  planRulesMap,
  planTrajectoryMap,
  type TrajectoryKind,
} from './planSchema';

/** Most bottom lines before the read model warns that they are no longer few. */
export const ADVISED_MAX_BOTTOM_LINES = 5;

/** Counts of references a view left out because what they named is gone. */
export interface RemovedReferences {
  readonly doers: number;
  readonly backups: number;
  readonly warningActors: number;
  readonly statements: number;
}

/** One rule of the plan, with who does it, when, and the danger statements it answers. */
export interface RuleView {
  readonly id: string;
  readonly order: string;
  readonly text: string;
  /** Network member ids, in network order. */
  readonly doers: readonly string[];
  readonly when: string;
  /** 'HH:MM', sorted. */
  readonly times: readonly string[];
  /** Ids of the danger statements this rule answers, sorted by id. */
  readonly statements: readonly string[];
  /**
   * Ids of statements this rule was linked to that are still on the board but no longer danger
   * statements (re-filed under another domain), sorted by id. They answer nothing.
   */
  readonly staleStatements: readonly string[];
  readonly ifAway: string;
  readonly backups: readonly string[];
  readonly warningSigns: string;
  readonly warningActors: readonly string[];
  readonly ifHappening: string;
  readonly createdAt: number;
  /** What this rule named that is no longer there. */
  readonly removed: RemovedReferences;
}

/** One bottom line or stress point. */
export interface PlanLineView {
  readonly id: string;
  readonly text: string;
  readonly order: string;
}

/** One date on the trajectory. */
export interface TrajectoryItemView {
  readonly id: string;
  readonly date: string;
  readonly kind: TrajectoryKind;
  readonly label: string;
}

export interface AgreedBy {
  /** The network member who agreed, or null for someone not in the network. */
  readonly memberId: string | null;
  /** Their name as it was when they agreed. */
  readonly name: string;
}

export interface AgreementView {
  readonly at: number;
  readonly by: readonly AgreedBy[];
}

export type PlanWarning =
  | { readonly code: 'too_many_bottom_lines'; readonly count: number; readonly advisedMost: number }
  | { readonly code: 'rule_without_doer'; readonly ruleId: string };

/** The safety plan as plain data: rules, lines, trajectory, agreement and what changed since. */
export interface PlanView {
  readonly status: 'draft' | 'agreed';
  readonly agreement: AgreementView | null;
  /** What changed since the plan was agreed; null while it is a draft. */
  readonly changesSinceAgreed: PlanChanges | null;
  /** In plan order. */
  readonly rules: readonly RuleView[];
  readonly stressPoints: readonly PlanLineView[];
  readonly bottomLines: readonly PlanLineView[];
  readonly contingency: string;
  /** Sorted by date, then review, milestone, closure, then id. */
  readonly trajectory: readonly TrajectoryItemView[];
  /** The dates of the trajectory's review meetings, sorted, without repeats. */
  readonly reviewDates: readonly string[];
  /** Totals over all rules. */
  readonly removed: RemovedReferences;
  readonly warnings: readonly PlanWarning[];
  /** Records the reader could not understand (from a newer or broken client). */
  readonly unreadable: number;
}

function textOf(record: Y.Map<unknown>, key: string): string {
  const value = record.get(key);
  return value instanceof Y.Text ? value.toString() : '';
}

/** The ids of an id set that still name something, in the order `known` gives, and those that do not. */
/**
 * The ids in a rule's set that are still on the board, in the board's order, and those that are
 * not. `same` names the entry an id stands for (a network member merged into another is that one),
 * so a person chosen under two merged entries is listed once.
 */
function liveIds(
  record: Y.Map<unknown>,
  key: string,
  known: ReadonlyMap<string, number>,
  same: ReadonlyMap<string, string> = new Map(),
): { ids: string[]; dropped: string[] } {
  const set = record.get(key);
  if (!(set instanceof Y.Map)) return { ids: [], dropped: [] };
  const ids: string[] = [];
  const dropped: string[] = [];
  set.forEach((value, raw) => {
    if (value !== true) return;
    const id = same.get(raw) ?? raw;
    if (known.has(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else dropped.push(raw);
  });
  ids.sort((a, b) => known.get(a)! - known.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  return { ids, dropped: dropped.sort() };
}

/** The statements on the board: which are danger statements (to answer), and every id. */
interface BoardStatements {
  readonly danger: ReadonlyMap<string, number>;
  readonly all: ReadonlySet<string>;
}

function readRule(
  id: string,
  record: unknown,
  people: ReadonlyMap<string, number>,
  statements: BoardStatements,
  same: ReadonlyMap<string, string>,
): RuleView | null {
  if (!(record instanceof Y.Map)) return null;
  const order = record.get(RULE.order);
  if (!isOrderKey(order) || !(record.get(RULE.text) instanceof Y.Text)) return null;
  const doers = liveIds(record, RULE.doers, people, same);
  const backups = liveIds(record, RULE.backups, people, same);
  const actors = liveIds(record, RULE.warningActors, people, same);
  const linked = liveIds(record, RULE.statements, statements.danger);
  const stale = linked.dropped.filter((s) => statements.all.has(s));
  const times = record.get(RULE.times);
  const createdAt = record.get(RULE.createdAt);
  return {
    id,
    order,
    text: textOf(record, RULE.text),
    doers: doers.ids,
    when: textOf(record, RULE.when),
    times: Array.isArray(times) ? [...new Set(times.filter(isPlanTime))].sort() : [],
    statements: linked.ids,
    staleStatements: stale,
    ifAway: textOf(record, RULE.ifAway),
    backups: backups.ids,
    warningSigns: textOf(record, RULE.warningSigns),
    warningActors: actors.ids,
    ifHappening: textOf(record, RULE.ifHappening),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    removed: {
      doers: doers.dropped.length,
      backups: backups.dropped.length,
      warningActors: actors.dropped.length,
      statements: linked.dropped.length - stale.length,
    },
  };
}

function readLines(doc: Y.Doc): { stressPoints: PlanLineView[]; bottomLines: PlanLineView[]; unreadable: number } {
  const stressPoints: PlanLineView[] = [];
  const bottomLines: PlanLineView[] = [];
  let unreadable = 0;
  planLinesMap(doc).forEach((record, id) => {
    const list = record instanceof Y.Map ? record.get(PLAN_LINE.list) : undefined;
    const text = record instanceof Y.Map ? record.get(PLAN_LINE.text) : undefined;
    const order = record instanceof Y.Map ? record.get(PLAN_LINE.order) : undefined;
    const target = list === 'stress-points' ? stressPoints : list === 'bottom-lines' ? bottomLines : null;
    if (!target || !(typeof text === 'string' || text instanceof Y.Text) || !isOrderKey(order)) unreadable++;
    else target.push({ id, text: text.toString().trim(), order });
  });
  return { stressPoints: stressPoints.sort(compareOrder), bottomLines: bottomLines.sort(compareOrder), unreadable };
}

function readTrajectory(doc: Y.Doc): { trajectory: TrajectoryItemView[]; unreadable: number } {
  const trajectory: TrajectoryItemView[] = [];
  let unreadable = 0;
  planTrajectoryMap(doc).forEach((record, id) => {
    const date = record instanceof Y.Map ? record.get(TRAJECTORY_ITEM.date) : undefined;
    const kind = record instanceof Y.Map ? record.get(TRAJECTORY_ITEM.kind) : undefined;
    const label = record instanceof Y.Map ? record.get(TRAJECTORY_ITEM.label) : undefined;
    if (!isPlanDate(date) || !(TRAJECTORY_KINDS as readonly unknown[]).includes(kind)) unreadable++;
    else
      trajectory.push({
        id,
        date,
        kind: kind as TrajectoryKind,
        label: typeof label === 'string' || label instanceof Y.Text ? label.toString().trim() : '',
      });
  });
  const rank = (k: TrajectoryKind) => TRAJECTORY_KINDS.indexOf(k);
  trajectory.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { trajectory, unreadable };
}

function readAgreement(doc: Y.Doc): { agreement: AgreementView; content: PlanContent } | null | 'unreadable' {
  const stored = planMap(doc).get(PLAN.agreement);
  if (stored === undefined || stored === null) return null;
  if (typeof stored !== 'object') return 'unreadable';
  const { at, by, content } = stored as Record<string, unknown>;
  const parsed = parsePlanContent(content);
  const people = Array.isArray(by)
    ? by.filter((p): p is AgreedBy => typeof p?.name === 'string' && (p.memberId === null || typeof p.memberId === 'string'))
    : [];
  if (typeof at !== 'number' || !parsed || !Array.isArray(by) || people.length !== by.length) return 'unreadable';
  return { agreement: { at, by: people.map((p) => ({ memberId: p.memberId, name: p.name })) }, content: parsed };
}

function sumRemoved(rules: readonly RuleView[]): RemovedReferences {
  const total = { doers: 0, backups: 0, warningActors: 0, statements: 0 };
  for (const r of rules) {
    total.doers += r.removed.doers;
    total.backups += r.removed.backups;
    total.warningActors += r.removed.warningActors;
    total.statements += r.removed.statements;
  }
  return total;
}

/** The plan's content as plain JSON, as stored when the plan is agreed. */
export function planContentOf(plan: Pick<PlanView, 'rules' | 'stressPoints' | 'bottomLines' | 'contingency' | 'trajectory'>): PlanContent {
  return {
    rules: plan.rules.map((r) => ({
      id: r.id,
      text: r.text,
      doers: [...r.doers],
      when: r.when,
      times: [...r.times],
      statements: [...r.statements],
      ifAway: r.ifAway,
      backups: [...r.backups],
      warningSigns: r.warningSigns,
      warningActors: [...r.warningActors],
      ifHappening: r.ifHappening,
    })),
    stressPoints: plan.stressPoints.map((l) => l.text),
    bottomLines: plan.bottomLines.map((l) => l.text),
    contingency: plan.contingency,
    trajectory: plan.trajectory.map((t) => ({ date: t.date, kind: t.kind, label: t.label })),
  };
}

/** The whole plan as plain data. */
export function readPlan(doc: Y.Doc): PlanView {
  const network = readNetwork(doc);
  const people = new Map(network.map((m, i) => [m.id, i]));
  const same = new Map(network.flatMap((m) => m.mergedIds.map((merged) => [merged, m.id] as const)));
  const danger = new Map<string, number>();
  const all = new Set<string>();
  statementsMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    all.add(id);
    if (readBoardPlacement(record.get(STATEMENT.placement))?.domain === 'danger-statements') danger.set(id, 0);
  });
  const statements: BoardStatements = { danger, all };
  const rules: RuleView[] = [];
  let unreadable = 0;
  planRulesMap(doc).forEach((record, id) => {
    const rule = readRule(id, record, people, statements, same);
    if (rule) rules.push(rule);
    else unreadable++;
  });
  rules.sort(compareOrder);
  const lines = readLines(doc);
  const { trajectory, unreadable: badItems } = readTrajectory(doc);
  const body = {
    rules,
    stressPoints: lines.stressPoints,
    bottomLines: lines.bottomLines,
    contingency: planContingencyText(doc).toString(),
    trajectory,
  };
  const agreed = readAgreement(doc);
  const warnings: PlanWarning[] = [];
  if (body.bottomLines.length > ADVISED_MAX_BOTTOM_LINES) {
    warnings.push({ code: 'too_many_bottom_lines', count: body.bottomLines.length, advisedMost: ADVISED_MAX_BOTTOM_LINES });
  }
  for (const r of rules) if (r.doers.length === 0) warnings.push({ code: 'rule_without_doer', ruleId: r.id });
  return {
    status: agreed && agreed !== 'unreadable' ? 'agreed' : 'draft',
    agreement: agreed && agreed !== 'unreadable' ? agreed.agreement : null,
    changesSinceAgreed: agreed && agreed !== 'unreadable' ? comparePlanContent(agreed.content, planContentOf(body)) : null,
    ...body,
    reviewDates: [...new Set(trajectory.filter((t) => t.kind === 'review').map((t) => t.date))],
    removed: sumRemoved(rules),
    warnings,
    unreadable: unreadable + lines.unreadable + badItems + (agreed === 'unreadable' ? 1 : 0),
  };
}
