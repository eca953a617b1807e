/**
 * A copy of the plan as Markdown, to print or hand to everyone in the network. The family's words
 * appear as they wrote them; only characters that Markdown would read as formatting are escaped.
 * The copy names the board and when it was printed and nothing else about the board: no links,
 * no ids, nothing that would let a reader reach the board.
 */
import { DEFAULT_FRAMEWORK, terms, type PlanCoverageTerms } from '../mapping/terminology';
import { listOfNames } from './listOfNames';
import { personalCopyOrder } from './personalCopy';
import type { PlanView, RuleView } from './readPlan';
import type { TrajectoryKind } from './planSchema';
import { englishSay, type OutputWordId, type Say } from '../outputs/outputWords';

export interface PlanCopyOptions {
  readonly boardTitle: string;
  /** When the copy was made, already written for the reader (the UI knows their language and time zone). */
  readonly printedAt: string;
  /** The kind of meeting the plan comes from, in words ("Family network meeting"); left out when absent. */
  readonly meetingKind?: string;
  /** What the plan is called in this board's framework: "Safety plan", "Wellbeing plan", … */
  readonly planName: string;
  /** The network, to name the people in each rule. */
  readonly network: readonly { readonly id: string; readonly name: string }[];
  /** The danger statements, in the order to show them, to quote what each rule answers and list gaps. */
  readonly dangerStatements: readonly { readonly id: string; readonly text: string }[];
  /** Make this person's copy: their own rules first, under "Your part". */
  readonly forMemberId?: string;
  /** Writes the moment of agreement for the reader; by default the UTC date, as "14 March 2025". */
  readonly formatAgreedAt?: (at: number) => string;
  /**
   * Drawings that go with the plan (the words and pictures storyboard), by their text
   * alternatives: a text copy cannot carry the picture, so it carries the words that describe it.
   */
  readonly drawings?: readonly PlanDrawing[];
  /** The framework's words for what the plan answers; Signs of Safety's by default. */
  readonly coverageWords?: PlanCoverageTerms;
  /** The copy's own words in the reader's language (outputs/outputWords.ts); English by default. */
  readonly say?: Say;
  /** A list of names in the reader's language ("Ann, Bo and Cy"); English by default. */
  readonly listNames?: (names: readonly string[], conjunction?: 'and' | 'or') => string;
  /** A plan date ("2027-03-14") as the reader writes it; English by default. */
  readonly spell?: (date: string) => string;
}

/** How a copy is worded: its words, lists of names and dates. */
interface Wording {
  readonly say: Say;
  readonly list: (names: readonly string[], conjunction?: 'and' | 'or') => string;
  readonly spell: (date: string) => string;
}

const TRAJECTORY_WORD_IDS: Readonly<Record<TrajectoryKind, OutputWordId>> = {
  review: 'trajectoryReview',
  milestone: 'trajectoryMilestone',
  closure: 'trajectoryClosure',
};

/** A drawing printed with the plan, named as its page is ("Words and pictures"). */
export interface PlanDrawing {
  readonly title: string;
  /** Its text alternative, as the facilitator wrote it; '' when nobody has. */
  readonly text: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** What each kind of trajectory item is called, on screen and in the plan's copies. */
export const TRAJECTORY_WORDS: Readonly<Record<TrajectoryKind, string>> = {
  review: 'Review meeting',
  milestone: 'Milestone',
  closure: 'The case can close',
};

/** '2025-03-04' → '4 March 2025'. */
export function spellDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1];
  return month ? `${Number(d)} ${month} ${y}` : date;
}

/** Escapes what Markdown would read as formatting, so the words print as written. */
function escapeLine(line: string): string {
  const inline = line.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  const numbered = inline.replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return numbered.replace(/^(\s*)([#>+=-])/, '$1\\$2');
}

/** A text of one or more lines as Markdown lines; continuation lines are indented by `indent`. */
function words(text: string, indent = ''): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return lines.map(escapeLine).join(`  \n${indent}`);
}

function ruleLines(
  rule: RuleView,
  number: number,
  names: (ids: readonly string[]) => string[],
  statementText: ReadonlyMap<string, string>,
  coverageWords: PlanCoverageTerms,
  w: Wording,
): string[] {
  const { say, list } = w;
  const out = [`### ${say('planRule', { number })}`, '', rule.text.trim() ? words(rule.text) : `_${say('planNoWordsYet')}_`, ''];
  const doers = names(rule.doers);
  out.push(`- **${say('who')}:** ${doers.length > 0 ? escapeLine(list(doers)) : say('planNotDecided')}`);
  const when = [rule.when.trim() ? words(rule.when, '  ') : '', rule.times.length > 0 ? `(${rule.times.join(', ')})` : ''].filter(Boolean);
  if (when.length > 0) out.push(`- **${say('when')}:** ${when.join(' ')}`);
  for (const id of rule.statements) {
    const text = statementText.get(id);
    if (text !== undefined) out.push(`- **${escapeLine(coverageWords.ruleAnswers)}:** “${words(text, '  ')}”`);
  }
  const backups = names(rule.backups);
  if (rule.ifAway.trim() || backups.length > 0) {
    const who = doers.length > 0 ? escapeLine(list(doers, 'or')) : say('planPersonDoingThis');
    const parts = [
      rule.ifAway.trim() ? words(rule.ifAway, '  ') : '',
      backups.length > 0 ? say('planStepsIn', { names: escapeLine(list(backups)) }) : '',
    ];
    out.push(`- **${say('planIfAway', { who })}:** ${parts.filter(Boolean).join(' ')}`);
  }
  const actors = names(rule.warningActors);
  if (rule.warningSigns.trim() || actors.length > 0) {
    const parts = [
      rule.warningSigns.trim() ? words(rule.warningSigns, '  ') : '',
      actors.length > 0 ? say('planWhoActs', { names: escapeLine(list(actors)) }) : '',
    ];
    out.push(`- **${say('planWarningSigns')}:** ${parts.filter(Boolean).join(' ')}`);
  }
  if (rule.ifHappening.trim()) out.push(`- **${say('ifHappening')}:** ${words(rule.ifHappening, '  ')}`);
  out.push('');
  return out;
}

function utcDay(at: number): string {
  return spellDate(new Date(at).toISOString().slice(0, 10));
}

function statusLines(plan: PlanView, formatAgreedAt: (at: number) => string, w: Wording): string[] {
  if (!plan.agreement) return [w.say('planDraft'), ''];
  const by = escapeLine(w.list(plan.agreement.by.map((p) => p.name)));
  const lines = [w.say('planAgreed', { date: escapeLine(formatAgreedAt(plan.agreement.at)), names: by })];
  if (plan.changesSinceAgreed?.any) lines.push(w.say('planChangedSince'));
  return [lines.join(' '), ''];
}

/**
 * The plan as Markdown: status, bottom lines (apart from the rules), every rule with who, when and
 * what-if, stress points, contingency, review dates, the trajectory, and worries not yet answered.
 */
export function planToMarkdown(plan: PlanView, options: PlanCopyOptions): string {
  const nameOf = new Map(options.network.map((m) => [m.id, m.name]));
  const names = (ids: readonly string[]) => ids.flatMap((id) => (nameOf.has(id) ? [nameOf.get(id)!] : []));
  const statementText = new Map(options.dangerStatements.map((s) => [s.id, s.text]));
  const number = new Map(plan.rules.map((r, i) => [r.id, i + 1]));
  const coverageWords = options.coverageWords ?? terms(DEFAULT_FRAMEWORK).planCoverage;
  const w: Wording = { say: options.say ?? englishSay, list: options.listNames ?? listOfNames, spell: options.spell ?? spellDate };
  const say = w.say;
  const rule = (r: RuleView) => ruleLines(r, number.get(r.id)!, names, statementText, coverageWords, w);
  const out = [
    `# ${escapeLine(options.planName)}`,
    '',
    `${say('planBoardLine', { title: escapeLine(options.boardTitle) })}  `,
    ...(options.meetingKind ? [`${say('planMeetingLine', { kind: escapeLine(options.meetingKind) })}  `] : []),
    say('planPrintedLine', { date: escapeLine(options.printedAt) }),
    '',
  ];
  out.push(...statusLines(plan, options.formatAgreedAt ?? utcDay, w));

  if (plan.bottomLines.length > 0) {
    out.push(`## ${say('bottomLines')}`, '', say('planBottomLinesIntro'), '');
    for (const line of plan.bottomLines) out.push(`- ${words(line.text, '  ')}`);
    out.push('');
  }

  const forMember = options.forMemberId;
  if (forMember === undefined) {
    out.push(`## ${say('planRules')}`, '');
    if (plan.rules.length === 0) out.push(say('planNoRules'), '');
    for (const r of plan.rules) out.push(...rule(r));
  } else {
    const ordered = personalCopyOrder(plan, forMember);
    const own = ordered.filter((r) => r.isTheirs);
    const others = ordered.filter((r) => !r.isTheirs);
    out.push(`## ${say('yourPart')}`, '');
    if (own.length === 0) out.push(say('planNoRuleNamesYou'), '');
    for (const mine of own) out.push(...rule(mine.rule));
    if (others.length > 0) {
      out.push(`## ${say('planEveryoneElse')}`, '');
      for (const other of others) out.push(...rule(other.rule));
    }
  }

  if (plan.stressPoints.length > 0) {
    out.push(`## ${say('planStressPoints')}`, '');
    for (const line of plan.stressPoints) out.push(`- ${words(line.text, '  ')}`);
    out.push('');
  }
  if (plan.contingency.trim()) out.push(`## ${say('ifPlanNotKept')}`, '', words(plan.contingency), '');
  if (plan.reviewDates.length > 0) {
    out.push(`## ${say('planReviewDates')}`, '');
    for (const date of plan.reviewDates) out.push(`- ${w.spell(date)}`);
    out.push('');
  }
  if (plan.trajectory.length > 0) {
    out.push(`## ${say('planTrajectory')}`, '');
    for (const item of plan.trajectory) {
      const label = item.label.trim() ? `: ${words(item.label, '  ')}` : '';
      out.push(`- ${w.spell(item.date)}: ${say(TRAJECTORY_WORD_IDS[item.kind])}${label}`);
    }
    out.push('');
  }
  const answered = new Set(plan.rules.flatMap((r) => r.statements));
  const gaps = options.dangerStatements.filter((s) => !answered.has(s.id));
  if (gaps.length > 0) {
    out.push(`## ${escapeLine(coverageWords.gapsHeading)}`, '');
    for (const s of gaps) out.push(`- “${words(s.text, '  ')}”`);
    out.push('');
  }
  for (const drawing of options.drawings ?? []) {
    if (!drawing.text.trim()) continue;
    out.push(`## ${escapeLine(drawing.title)}`, '', words(drawing.text), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
