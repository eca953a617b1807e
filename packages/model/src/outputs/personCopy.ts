/**
 * One person's copy of the plan: their own rules first, then the rest of the plan in full; every
 * danger statement with its goal; the network with each person's part in the plan (safety person,
 * who checks for warning signs, who to call when someone is away) and the contact details each
 * agreed to share (people/personDetails.ts); the decision and the next review.
 */
import { decisionLines, meetingKindName } from '../meeting/meetingKind';
import { personalCopyOrder, type RuleRole } from '../plan/personalCopy';
import { spellDate } from '../plan/planToMarkdown';
import type { RuleView } from '../plan/readPlan';
import type { OutputOptions } from './chairSummary';
import { outcomeOf, type OutputSource } from './outputSource';
import { englishSay, type OutputWordId, type Say } from './outputWords';

/** A person's parts in the plan. Stored nowhere; the words are in PART_WORDS (English) or `partName`. */
export type NetworkPart = 'safety-person' | 'checks' | 'call-if-away';

export const PART_WORDS: Readonly<Record<NetworkPart, string>> = {
  'safety-person': 'Safety person',
  checks: 'Checks for warning signs',
  'call-if-away': 'Call if someone is away',
};

const PART_WORD_IDS: Readonly<Record<NetworkPart, OutputWordId>> = {
  'safety-person': 'partSafetyPerson',
  checks: 'partChecks',
  'call-if-away': 'partCallIfAway',
};

/** A part's name in the reader's language (English by default). */
export function partName(part: NetworkPart, say: Say = englishSay): string {
  return say(PART_WORD_IDS[part]);
}

const ROLE_PART: Readonly<Record<RuleRole, NetworkPart>> = {
  doer: 'safety-person',
  warningActor: 'checks',
  backup: 'call-if-away',
};

export interface CopyRule {
  /** Its number in the plan, as everyone's copy numbers it. */
  readonly number: number;
  readonly text: string;
  readonly who: readonly string[];
  readonly when: string;
  readonly ifAway: string;
  readonly backups: readonly string[];
  readonly warningSigns: string;
  readonly warningActors: readonly string[];
  readonly ifHappening: string;
  /** The danger statements it answers, in words. */
  readonly answers: readonly string[];
  /** The person's parts in this rule; empty when it is not theirs. */
  readonly yourParts: readonly NetworkPart[];
}

export interface CopyNetworkMember {
  readonly name: string;
  readonly relationship: string;
  readonly agency: string;
  readonly parts: readonly { readonly part: NetworkPart; readonly rules: readonly number[] }[];
  /** What they agreed to share; '' when nothing. */
  readonly contact: string;
}

export interface PersonCopy {
  readonly boardTitle: string;
  readonly meetingKindName: string;
  readonly meetingDate: string;
  readonly forName: string;
  readonly decisionLines: readonly string[];
  /** Rules the person has a part in, theirs first (does, then backs up or checks). */
  readonly yourRules: readonly CopyRule[];
  /** Everyone else's rules, in plan order. */
  readonly otherRules: readonly CopyRule[];
  readonly dangerAndGoals: readonly { readonly danger: string; readonly goal: string | null }[];
  readonly network: readonly CopyNetworkMember[];
  readonly bottomLines: readonly string[];
  readonly contingency: string;
  readonly reviewDates: readonly string[];
}

function copyRule(rule: RuleView, number: number, names: (ids: readonly string[]) => string[], danger: ReadonlyMap<string, string>) {
  return {
    number,
    text: rule.text,
    who: names(rule.doers),
    when: [rule.when.trim(), rule.times.join(', ')].filter((w) => w.length > 0).join(', '),
    ifAway: rule.ifAway.trim(),
    backups: names(rule.backups),
    warningSigns: rule.warningSigns.trim(),
    warningActors: names(rule.warningActors),
    ifHappening: rule.ifHappening.trim(),
    answers: rule.statements.flatMap((id) => danger.get(id) ?? []),
  };
}

/** The copy of the plan for network member `memberId`. */
export function personCopy(source: OutputSource, memberId: string, options: OutputOptions): PersonCopy {
  const say = options.say ?? englishSay;
  const spell = options.spell ?? spellDate;
  const outcome = outcomeOf(source);
  const plan = source.plan;
  const byId = new Map(source.network.map((m) => [m.id, m]));
  const names = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.name ?? say('someoneRemoved'));
  const dangerStatements = [...source.pairs.pairs.map((p) => p.danger), ...source.pairs.unpairedDangerStatements];
  const danger = new Map(dangerStatements.map((d) => [d.id, d.text]));
  const numberOf = new Map(plan.rules.map((r, i) => [r.id, i + 1]));
  const ordered = personalCopyOrder(plan, memberId).map((p) => ({
    ...copyRule(p.rule, numberOf.get(p.rule.id) ?? 0, names, danger),
    yourParts: p.roles.map((r) => ROLE_PART[r]),
  }));
  const goals = new Map(source.pairs.pairs.map((p) => [p.danger.id, p.goal.text]));
  const network = source.network.map((m) => {
    const parts = (['doer', 'warningActor', 'backup'] as const)
      .map((role) => ({
        part: ROLE_PART[role],
        rules: plan.rules
          .filter((r) => (role === 'doer' ? r.doers : role === 'backup' ? r.backups : r.warningActors).includes(m.id))
          .map((r) => numberOf.get(r.id) ?? 0),
      }))
      .filter((p) => p.rules.length > 0);
    return { name: m.name, relationship: m.relationship, agency: m.agency, parts, contact: m.contact };
  });
  return {
    boardTitle: source.board.title,
    meetingKindName: meetingKindName(outcome.kind, say),
    meetingDate: options.meetingDate,
    forName: byId.get(memberId)?.name ?? '',
    decisionLines: decisionLines(outcome, spell, say),
    yourRules: ordered.filter((r) => r.yourParts.length > 0),
    otherRules: ordered.filter((r) => r.yourParts.length === 0),
    dangerAndGoals: dangerStatements.map((d) => ({ danger: d.text, goal: goals.get(d.id) ?? null })),
    network,
    bottomLines: plan.bottomLines.map((l) => l.text).filter((t) => t.length > 0),
    contingency: plan.contingency.trim(),
    reviewDates: plan.reviewDates.map(spell),
  };
}
