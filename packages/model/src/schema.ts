/**
 * The shape of a board's Y.Doc. This module alone knows the names of the top-level shared types;
 * everything else reaches them through the accessors below. packages/model/README.md describes
 * the same schema for people writing their own clients.
 */
import * as Y from 'yjs';

/** Version of the document layout this code writes. Older boards are migrated on load. */
export const SCHEMA_VERSION = 4;

/** Names of the top-level shared types in every board document. */
export const ROOT = {
  /** Y.Map<string, unknown>: schemaVersion, title, template, createdAt. */
  meta: 'meta',
  /** Y.Map<statementId, Y.Map>: every statement on the board, keyed by its id. */
  statements: 'statements',
  /** Y.Map<memberId, Y.Map>: the people in the family's network (see network/). */
  network: 'network',
  /** Y.Map<string, unknown>: running the meeting — agenda steps, the current step, the shared timer, the chair's "bring everyone here" (see meeting/). */
  meeting: 'meeting',
  /** Y.Map<scaleId, Y.Map>: scale questions (see scales/). */
  scales: 'scales',
  /** Y.Map<roundId, Y.Map>: scaling rounds, open, revealed and closed (see scales/). */
  rounds: 'rounds',
  /** Y.Map<string, unknown>: plan-level values of the safety plan, now only its agreement (see plan/). */
  plan: 'plan',
  /** Y.Map<ruleId, Y.Map>: the rules of the safety plan (see plan/). */
  planRules: 'planRules',
  /** Y.Map<lineId, Y.Map>: the plan's trigger times and stress points, and the agency's bottom lines. */
  planLines: 'planLines',
  /** Y.Map<itemId, Y.Map>: the trajectory: review meetings, milestones and closure, by date. */
  planTrajectory: 'planTrajectory',
  /** Y.Text: what happens if the plan cannot be kept. */
  planContingency: 'planContingency',
  /**
   * Y.Array<{ key, val }> in y-utility's YKeyValue layout: the drawing's tldraw records (document,
   * pages, shapes, bindings, assets), one entry per record id, so moving a shape often does not pile
   * up history (see apps/web/src/features/draw/).
   */
  drawRecords: 'drawRecords',
  /** Y.Map<string, unknown>: `tldrawSchema`, the serialized tldraw schema the drawing's records were written with. */
  drawMeta: 'drawMeta',
  /**
   * Y.Map<pageId, string>: schema 1 only, where each drawing page's text alternative was a plain
   * string. Migration 1 → 2 moves them into `drawPageTextPrefix` texts and empties this map.
   */
  drawTexts: 'drawTexts',
  /**
   * Prefix of one top-level Y.Text per drawing page, `drawText:{pageId}`: the page's text
   * alternative, written for screen readers and exports (see draw/pageTexts.ts).
   */
  drawPageTextPrefix: 'drawText:',
  /**
   * Y.Map<removalId, plain object>: statements, rules and network members removed, each with a
   * copy of everything it held, who removed it and when, so anyone can bring it back whole (see
   * removals.ts).
   */
  removed: 'removed',
  /**
   * Prefix of one top-level Y.Text per part of the child's own version of the plan,
   * `childVersion:{field}`: the words the family and worker write for the child (see
   * outputs/childVersion.ts).
   */
  childVersionPrefix: 'childVersion:',
} as const;

/** Keys of the meta map. */
export const META = {
  schemaVersion: 'schemaVersion',
  title: 'title',
  template: 'template',
  createdAt: 'createdAt',
  /** 'three-column' | 'seven-domain': the view everyone sees now (see mapping/boardSettings.ts). */
  view: 'view',
  /** 'signs-of-safety' | 'signs-of-wellbeing' | 'signs-of-success' | 'signs-of-stability'. */
  framework: 'framework',
} as const;

/** Keys of one statement's Y.Map. */
export const STATEMENT = {
  id: 'id',
  /** Y.Text: what the statement says, edited by many people at once. */
  text: 'text',
  /**
   * Plain object, replaced as a whole so a move is atomic: `{ section, order, domain? }` on the
   * board, or `{ house, childId, order }` for a child's own words in their three houses.
   */
  placement: 'placement',
  authorName: 'authorName',
  authorId: 'authorId',
  createdAt: 'createdAt',
  /** Y.Text each: harm details, one key each so concurrent answers to different questions both stay (see mapping/harm.ts, mapping/statementTexts.ts). */
  harmWhen: 'harmWhen',
  harmHowOften: 'harmHowOften',
  harmHowSevere: 'harmHowSevere',
  harmImpact: 'harmImpact',
  /** Plain object: whose view this is (see mapping/sources.ts); an agency's name is in `sourceAgency`. */
  source: 'source',
  /** Y.Text: the agency's name when the source's kind is 'agency' (schema 2 kept it in `source`). */
  sourceAgency: 'sourceAgency',
  /** 'agreed' | 'disputed' */
  stance: 'stance',
  /** Y.Text: the family's own words when they dispute the statement. */
  disputeWords: 'disputeWords',
  /** Plain object `{ dangerId, at }` on a goal: the danger statement it answers (see mapping/pairing.ts). */
  pairedWith: 'pairedWith',
  /** 'seen-or-heard' | 'reported' | 'opinion': fact or opinion (see mapping/evidence.ts). */
  evidence: 'evidence',
} as const;

export interface Placement {
  readonly section: string;
  readonly order: string;
  /** One of the seven domains in `section`'s column; absent means the column's default domain. */
  readonly domain?: string;
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function statementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.statements);
}

/** Keys of one network member's Y.Map. */
export const NETWORK_MEMBER = {
  id: 'id',
  name: 'name',
  /** Relationship to the child, in the family's words ("grandmother", "school"). */
  relationship: 'relationship',
  /** 'in-room' | 'remote' | 'not-present' */
  attendance: 'attendance',
  /** 'family' | 'friend' | 'professional' | 'child' */
  kind: 'kind',
  createdAt: 'createdAt',
} as const;

export function networkMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.network);
}

/** Keys of one scale question's Y.Map. */
export const SCALE = {
  id: 'id',
  /** The question; null for the board's default safety scale, worded by its framework. */
  question: 'question',
  zeroMeans: 'zeroMeans',
  tenMeans: 'tenMeans',
  /** Id of the danger statement this scale belongs to, or null. */
  statementId: 'statementId',
  archived: 'archived',
  createdAt: 'createdAt',
} as const;

/** Keys of one round's Y.Map. */
export const ROUND = {
  id: 'id',
  scaleId: 'scaleId',
  /** 'open' (answers visible as given) | 'blind' (held by the server until revealed) */
  mode: 'mode',
  /** 'collecting' | 'revealed' | 'closed' */
  state: 'state',
  openedAt: 'openedAt',
  revealedAt: 'revealedAt',
  closedAt: 'closedAt',
  /** Id of the meeting in progress when the round opened, or null. */
  meetingId: 'meetingId',
  /** Y.Map<answerKey, Answer>: one entry per person, so concurrent answers never conflict. */
  answers: 'answers',
  /** Y.Map<answerKey, { name, at }>: who has answered a blind round (written by the server). */
  answered: 'answered',
} as const;

export function scalesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.scales);
}

export function roundsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.rounds);
}

/** Keys of the meeting map. */
export const MEETING = {
  /** Y.Map<stepId, { title, order, kind }>: agenda steps; the four questions plus the facilitator's own. */
  agenda: 'agenda',
  /** Id of the step the meeting is on, or null before it starts. */
  currentStep: 'currentStep',
  /** `{ stepId, durationMs, endsAt, remainingMs, running }`, replaced whole so it changes atomically. */
  timer: 'timer',
  /** `{ target, at, by }`: the last place the chair brought everyone to. */
  summon: 'summon',
  /** One of `MEETING_KINDS`: the kind of meeting this is (see meeting/meetingKind.ts). */
  kind: 'kind',
  /** Plain object, replaced whole: the decision the chair recorded (see meeting/meetingKind.ts). */
  decision: 'decision',
  /** When the meeting moved to its current step (ms since epoch): the room screen's pages count from it. */
  stepSince: 'stepSince',
  /** `{ target, stepId, at }`: what the chair sent to the room screen during that step. */
  roomSent: 'roomSent',
  /** `{ key, page, since }`: the page the chair turned the room screen to, for what it showed then. */
  roomPage: 'roomPage',
  /** Seconds per page when the room screen turns pages by itself; 0 when the chair turns them. */
  roomPace: 'roomPace',
  /** One of `INTERFACE_LANGUAGES`: the room screen's second language, shown under the first; absent: none. */
  roomLanguage: 'roomLanguage',
} as const;

export function meetingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meeting);
}
