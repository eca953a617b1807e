/**
 * What kind of meeting this is, and the decision the chair records at its end in the words of that
 * kind. Both live in the `meeting` map (only the facilitator changes it, see the server's write
 * policy), so every meeting record, which keeps the whole board, keeps them too. The decision is
 * one plain object replaced whole: one chair writes it, and a half-written decision must never mix
 * with another.
 *
 * The words here (kind names, decision lines) are English for now; the i18n work will take them
 * into catalogues by their codes.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MEETING, meetingMap } from '../schema';
import { isPlanDate } from '../plan/planChecks';
import { englishSay, type OutputWordId, type Say } from '../outputs/outputWords';

/** The kinds of meeting a board is used for. Stored; never rename one. */
export const MEETING_KINDS = [
  'initial-conference',
  'review-conference',
  'family-network-meeting',
  'family-group-conference',
  'core-group',
  'child-in-need',
  'other',
] as const;
/** One of `MEETING_KINDS`. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What each kind is called, in full words (no acronyms). */
export const MEETING_KIND_NAMES: Readonly<Record<MeetingKind, string>> = {
  'initial-conference': 'Initial child protection conference',
  'review-conference': 'Review child protection conference',
  'family-network-meeting': 'Family network meeting',
  'family-group-conference': 'Family group decision-making meeting',
  'core-group': 'Core group meeting',
  'child-in-need': 'Child in need meeting',
  other: 'Other meeting',
};

/** The categories under which a child protection plan is made. Stored; never rename one. */
export const PLAN_CATEGORIES = ['neglect', 'physical-abuse', 'emotional-abuse', 'sexual-abuse'] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

export const PLAN_CATEGORY_NAMES: Readonly<Record<PlanCategory, string>> = {
  neglect: 'Neglect',
  'physical-abuse': 'Physical abuse',
  'emotional-abuse': 'Emotional abuse',
  'sexual-abuse': 'Sexual abuse',
};

/** How a kind's decision is worded: a conference decides on a plan; a family meeting agrees one; others review. */
export type DecisionForm = 'conference' | 'family' | 'review';

export function decisionForm(kind: MeetingKind | null): DecisionForm {
  if (kind === 'initial-conference' || kind === 'review-conference') return 'conference';
  if (kind === 'family-network-meeting' || kind === 'family-group-conference') return 'family';
  return 'review';
}

export const MAX_DECISION_TEXT = 1000;
export const MAX_DISAGREEMENTS = 30;

/** Someone who disagreed with the decision, and why, in their words. */
export interface Disagreement {
  readonly name: string;
  readonly why: string;
}

/** The decision as the chair recorded it. Fields a kind does not use are kept but not shown. */
export interface MeetingDecision {
  /** Conference: is a child protection plan needed? null while not decided. */
  readonly planNeeded: boolean | null;
  /** Conference: the category of the plan, when one is needed. */
  readonly category: PlanCategory | null;
  /** Family meeting: was the family's plan agreed? */
  readonly planAgreed: boolean | null;
  /** 'YYYY-MM-DD': when it is next reviewed. */
  readonly nextReview: string | null;
  /** Who disagreed with the decision and why. */
  readonly disagreements: readonly Disagreement[];
  /** What else was decided, in the chair's words. */
  readonly notes: string;
}

export const NO_DECISION: MeetingDecision = {
  planNeeded: null,
  category: null,
  planAgreed: null,
  nextReview: null,
  disagreements: [],
  notes: '',
};

/** The meeting's kind and decision as the board holds them. */
export interface MeetingOutcome {
  readonly kind: MeetingKind | null;
  readonly decision: MeetingDecision;
}

function isKind(value: unknown): value is MeetingKind {
  return (MEETING_KINDS as readonly unknown[]).includes(value);
}

/** Sets the kind of meeting (null: not chosen). */
export function setMeetingKind(doc: Y.Doc, kind: MeetingKind | null, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (kind !== null && !isKind(kind)) {
    throw new ModelError(ModelErrorCode.invalidText, `A meeting kind is one of: ${MEETING_KINDS.join(', ')}`);
  }
  doc.transact(() => {
    if (kind === null) meetingMap(doc).delete(MEETING.kind);
    else meetingMap(doc).set(MEETING.kind, kind);
  }, origin);
}

function checkText(value: string, what: string): string {
  if (typeof value !== 'string') throw new ModelError(ModelErrorCode.invalidText, `${what} must be text`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_DECISION_TEXT) {
    throw new ModelError(ModelErrorCode.invalidText, `${what} can be at most ${MAX_DECISION_TEXT} characters`);
  }
  return trimmed;
}

function checkDecision(decision: MeetingDecision): MeetingDecision {
  const yesNo = (v: unknown, what: string) => {
    if (v !== null && typeof v !== 'boolean') throw new ModelError(ModelErrorCode.invalidText, `${what} is yes, no or not decided`);
    return v as boolean | null;
  };
  if (decision.category !== null && !(PLAN_CATEGORIES as readonly unknown[]).includes(decision.category)) {
    throw new ModelError(ModelErrorCode.invalidText, `A category is one of: ${PLAN_CATEGORIES.join(', ')}`);
  }
  if (decision.nextReview !== null && !isPlanDate(decision.nextReview)) {
    throw new ModelError(ModelErrorCode.invalidText, 'The next review is a date like 2027-03-14');
  }
  if (!Array.isArray(decision.disagreements) || decision.disagreements.length > MAX_DISAGREEMENTS) {
    throw new ModelError(ModelErrorCode.invalidText, `At most ${MAX_DISAGREEMENTS} people can be listed as disagreeing`);
  }
  return {
    planNeeded: yesNo(decision.planNeeded, 'Whether a plan is needed'),
    category: decision.category,
    planAgreed: yesNo(decision.planAgreed, 'Whether the plan was agreed'),
    nextReview: decision.nextReview,
    disagreements: decision.disagreements
      .map((d) => ({ name: checkText(d.name, 'A name'), why: checkText(d.why, 'Why they disagreed') }))
      .filter((d) => d.name.length > 0 || d.why.length > 0),
    notes: checkText(decision.notes, 'The notes'),
  };
}

/** Records the decision, replacing the one recorded before. */
export function setDecision(doc: Y.Doc, decision: MeetingDecision, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const checked = checkDecision(decision);
  doc.transact(() => meetingMap(doc).set(MEETING.decision, checked), origin);
}

function readDecision(value: unknown): MeetingDecision {
  if (typeof value !== 'object' || value === null) return NO_DECISION;
  try {
    const raw = value as Partial<MeetingDecision>;
    return checkDecision({
      ...NO_DECISION,
      ...raw,
      disagreements: Array.isArray(raw.disagreements) ? raw.disagreements.filter((d) => typeof d === 'object' && d !== null) : [],
      notes: typeof raw.notes === 'string' ? raw.notes : '',
    });
  } catch {
    // A decision written by a newer or broken client reads as none rather than breaking every output.
    return NO_DECISION;
  }
}

/** The meeting's kind and decision; a missing or unreadable value reads as not chosen. */
export function readMeetingOutcome(doc: Y.Doc): MeetingOutcome {
  const kind = meetingMap(doc).get(MEETING.kind);
  return { kind: isKind(kind) ? kind : null, decision: readDecision(meetingMap(doc).get(MEETING.decision)) };
}

const KIND_WORDS: Readonly<Record<MeetingKind, OutputWordId>> = {
  'initial-conference': 'kindInitialConference',
  'review-conference': 'kindReviewConference',
  'family-network-meeting': 'kindFamilyNetworkMeeting',
  'family-group-conference': 'kindFamilyGroupConference',
  'core-group': 'kindCoreGroup',
  'child-in-need': 'kindChildInNeed',
  other: 'kindOther',
};

const CATEGORY_WORDS: Readonly<Record<PlanCategory, OutputWordId>> = {
  neglect: 'categoryNeglect',
  'physical-abuse': 'categoryPhysicalAbuse',
  'emotional-abuse': 'categoryEmotionalAbuse',
  'sexual-abuse': 'categorySexualAbuse',
};

/** A plan category's name in the reader's language (English by default). */
export function planCategoryName(category: PlanCategory, say: Say = englishSay): string {
  return say(CATEGORY_WORDS[category]);
}

/**
 * The decision as lines to print, in the words of the meeting's kind and the reader's language
 * (`say`; English by default). Names and notes stay as the chair wrote them.
 *
 * @example
 * decisionLines({ kind: 'initial-conference', decision: { ...NO_DECISION, planNeeded: true, category: 'neglect' } })
 * // ['A child protection plan is needed: yes', 'Category: Neglect', …]
 */
export function decisionLines(outcome: MeetingOutcome, spell: (date: string) => string = (d) => d, say: Say = englishSay): string[] {
  const { decision } = outcome;
  const answer = (v: boolean | null) => say(v === null ? 'answerNotDecided' : v ? 'answerYes' : 'answerNo');
  const lines: string[] = [];
  const form = decisionForm(outcome.kind);
  if (form === 'conference') {
    lines.push(say('planNeededLine', { answer: answer(decision.planNeeded) }));
    if (decision.planNeeded && decision.category) lines.push(say('categoryLine', { category: planCategoryName(decision.category, say) }));
  } else if (form === 'family') {
    lines.push(say('planAgreedLine', { answer: answer(decision.planAgreed) }));
  }
  lines.push(decision.nextReview ? say('nextReviewLine', { date: spell(decision.nextReview) }) : say('nextReviewNotSet'));
  for (const d of decision.disagreements) {
    const name = d.name || say('someone');
    lines.push(d.why ? say('disagreedWhyLine', { name, why: d.why }) : say('disagreedLine', { name }));
  }
  if (decision.notes) lines.push(decision.notes);
  return lines;
}

/** The kind's name in the reader's language (English by default), or "Meeting (kind not chosen)". */
export function meetingKindName(kind: MeetingKind | null, say: Say = englishSay): string {
  return say(kind ? KIND_WORDS[kind] : 'kindNotChosen');
}
