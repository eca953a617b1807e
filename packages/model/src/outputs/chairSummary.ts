/**
 * The chair's summary for the case file: the seven domains in their order (harm with its details,
 * danger statements each with its goal, complicating factors, existing strengths, existing
 * safety, goals, next steps), whose view each statement is and whether it is fact or opinion, the
 * scales with every person's number and reasons, the meeting's kind and the decision.
 *
 * The structure is plain JSON (`summaryToJson` adds nothing); its shape is published as a JSON
 * Schema in summarySchema.ts. Headings come from the source's framework words; the kind's name and
 * the decision's lines from `say` (outputWords.ts; English by default), so a reader's copy can be
 * in their language while the JSON for other systems is built in English and stays the same.
 */
import { DOMAINS, type DomainId } from '../mapping/domains';
import type { Evidence } from '../mapping/evidence';
import type { HarmDetails } from '../mapping/harm';
import { domainStatements, type MappedStatement } from '../mapping/readMapping';
import { decisionLines, meetingKindName, type MeetingDecision, type MeetingKind } from '../meeting/meetingKind';
import { spellDate } from '../plan/planToMarkdown';
import { outcomeOf, type OutputSource } from './outputSource';
import { englishSay, type Say } from './outputWords';

/** Identifies the summary's JSON shape; a change that breaks readers gets a new number. */
export const CHAIR_SUMMARY_FORMAT = 'kinboard-chair-summary/1';

export interface SummaryStatement {
  readonly text: string;
  /** Whose view it is: a name, "The child", "A parent", an agency; null when not recorded. */
  readonly source: string | null;
  readonly evidence: Evidence | null;
  readonly stance: 'agreed' | 'disputed' | null;
  /** The family's words of dispute, when disputed. */
  readonly disputeWords: string;
  /** Harm only: when, how often, how severe, what it did to the child. */
  readonly harm: HarmDetails | null;
  /** Danger statements only: the words of its paired goal, null when it has none (a gap). */
  readonly goal: string | null;
}

export interface SummaryDomain {
  readonly id: DomainId;
  readonly title: string;
  readonly statements: readonly SummaryStatement[];
}

export interface SummaryAnswer {
  readonly name: string;
  readonly value: number;
  readonly whyNotLower: string;
  readonly oneHigher: string;
}

export interface SummaryScale {
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
  /** Everyone's number in the last round with answers, lowest first; empty when nobody was asked. */
  readonly answers: readonly SummaryAnswer[];
}

/** A next step from the plan: who does what, by when. */
export interface SummaryStep {
  readonly what: string;
  readonly who: readonly string[];
  readonly when: string;
}

export interface ChairSummary {
  readonly format: typeof CHAIR_SUMMARY_FORMAT;
  readonly boardTitle: string;
  /** As given by the caller, already written for the reader ("3 December 2026"). */
  readonly meetingDate: string;
  readonly meetingKind: MeetingKind | null;
  readonly meetingKindName: string;
  readonly decision: MeetingDecision;
  /** The decision in the words of the kind, line by line. */
  readonly decisionLines: readonly string[];
  /** The seven domains, always all seven, in order, each with the statements filed under it. */
  readonly domains: readonly SummaryDomain[];
  /**
   * Statements nobody has filed under a domain yet (written in the three columns), by column: they
   * are never put under a domain nobody chose.
   */
  readonly unsorted: readonly { readonly column: string; readonly statements: readonly SummaryStatement[] }[];
  /** The plan's rules as next steps: who does what, by when. */
  readonly planSteps: readonly SummaryStep[];
  readonly scales: readonly SummaryScale[];
}

function summaryStatement(statement: MappedStatement, goals: ReadonlyMap<string, string>): SummaryStatement {
  return {
    text: statement.text,
    source: statement.source?.label ?? null,
    evidence: statement.evidence ?? null,
    stance: statement.stance,
    disputeWords: statement.disputeWords,
    harm: statement.domain === 'harm' ? statement.harm : null,
    goal: statement.domain === 'danger-statements' ? (goals.get(statement.id) ?? null) : null,
  };
}

/** The summary's scales: each scale's last round that has answers in `source.rounds`. */
function summaryScales(source: OutputSource): SummaryScale[] {
  const words = source.mapping.terms.scale;
  return source.scales
    .filter((scale) => !scale.archived || source.rounds.some((r) => r.scaleId === scale.id))
    .map((scale) => {
      const last = source.rounds.filter((r) => r.scaleId === scale.id && r.answers.length > 0).at(-1);
      return {
        question: scale.question ?? words.question,
        zeroMeans: scale.zeroMeans ?? words.zeroMeans,
        tenMeans: scale.tenMeans ?? words.tenMeans,
        answers: (last?.answers ?? []).map((a) => ({ name: a.name, value: a.value, whyNotLower: a.whyNotLower, oneHigher: a.oneHigher })),
      };
    });
}

/** How a paper is written: its date as the reader writes it, and its words in the reader's language. */
export interface OutputOptions {
  /** As the reader writes a date ("3 December 2026"). */
  readonly meetingDate: string;
  /** The paper's own words (English when absent). */
  readonly say?: Say;
  /** A plan date ("2027-01-20") as the reader writes it (English when absent). */
  readonly spell?: (date: string) => string;
}

/**
 * The chair's summary of a board or a meeting record.
 *
 * @example
 * const summary = chairSummary(readOutputSource(doc), { meetingDate: '3 December 2026' });
 * download(summaryToMarkdown(summary));
 */
export function chairSummary(source: OutputSource, options: OutputOptions): ChairSummary {
  const say = options.say ?? englishSay;
  const outcome = outcomeOf(source);
  const goals = new Map(source.pairs.pairs.map((p) => [p.danger.id, p.goal.text]));
  const names = new Map(source.network.map((m) => [m.id, m.name]));
  return {
    format: CHAIR_SUMMARY_FORMAT,
    boardTitle: source.board.title,
    meetingDate: options.meetingDate,
    meetingKind: outcome.kind,
    meetingKindName: meetingKindName(outcome.kind, say),
    decision: outcome.decision,
    decisionLines: decisionLines(outcome, options.spell ?? spellDate, say),
    domains: DOMAINS.map((d) => ({
      id: d.id,
      title: source.mapping.terms.domains[d.id].title,
      statements: domainStatements(source.mapping, d.id)
        .filter((s) => s.filed !== false)
        .map((s) => summaryStatement(s, goals)),
    })),
    unsorted: source.mapping.columns
      .map((c) => ({ column: c.title, statements: c.statements.filter((s) => s.filed === false).map((s) => summaryStatement(s, goals)) }))
      .filter((c) => c.statements.length > 0),
    planSteps: source.plan.rules.map((rule) => ({
      what: rule.text,
      who: rule.doers.map((id) => names.get(id) ?? say('someoneRemoved')),
      when: [rule.when.trim(), rule.times.join(', ')].filter((w) => w.length > 0).join(', '),
    })),
    scales: summaryScales(source),
  };
}

/** The summary as JSON text, in the shape summarySchema.ts publishes. */
export function summaryToJson(summary: ChairSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
