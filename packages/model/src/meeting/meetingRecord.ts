/**
 * What a meeting record shows, read from the board document as it was when the meeting ended:
 * the columns and domains with their pairs, the plan, the network, the scales and the rounds
 * opened during that meeting, and who was in the room. The server keeps the document itself;
 * this turns it into plain data, so every record is read the same way however old it is.
 */
import type * as Y from 'yjs';
import { readDrawingPages, type DrawingPageView } from '../draw/drawingPages';
import { readMapping, readPairs, type MappingView, type PairsView } from '../mapping/readMapping';
import { readRemovals, type RemovalView } from '../removals';
import { readNetwork, type NetworkMemberView } from '../network/networkMembers';
import { readPlan, type PlanView } from '../plan/readPlan';
import { readBoard, type BoardView } from '../readBoard';
import { readRounds, readScales, type RoundView, type ScaleView } from '../scales/readScales';
import { readMeetingOutcome, type MeetingOutcome } from './meetingKind';

/** A scale's question and the meaning of its ends, without its live rounds. */
export type RecordedScale = Omit<ScaleView, 'current' | 'history'>;

/** What a meeting record keeps of the board: statements, pairs, network, scales, rounds and the plan as they were. */
export interface MeetingRecordContent {
  readonly board: BoardView;
  /** Columns, domains and statements in the board's framework's words. */
  readonly mapping: MappingView;
  readonly pairs: PairsView;
  readonly plan: PlanView;
  readonly network: readonly NetworkMemberView[];
  readonly scales: readonly RecordedScale[];
  /** The rounds opened during this meeting, and those opened earlier but closed during it, oldest first. */
  readonly rounds: readonly RoundView[];
  /** The drawing's pages with their text alternatives, in tab order. */
  readonly drawings: readonly DrawingPageView[];
  /** What was removed (and not brought back) by the end, newest first, with who removed it. */
  readonly removed: readonly RemovalView[];
  /**
   * The meeting's kind and the decision recorded. Absent from records read by older servers; read
   * it as `record.meeting ?? { kind: null, decision: NO_DECISION }`.
   */
  readonly meeting: MeetingOutcome;
}

/** When a meeting ran, in milliseconds since the epoch. */
export interface MeetingSpan {
  readonly startedAt: number;
  readonly endedAt: number;
}

/**
 * The record's content from the board document kept at the end of meeting `meetingId`. With the
 * meeting's `span`, a round opened while no meeting ran (so marked with no meeting) but
 * closed while it ran is part of the record too.
 */
export function readMeetingRecordContent(doc: Y.Doc, meetingId: string, span?: MeetingSpan): MeetingRecordContent {
  const mapping = readMapping(doc);
  return {
    board: readBoard(doc),
    mapping,
    pairs: readPairs(doc, mapping),
    plan: readPlan(doc),
    network: readNetwork(doc),
    scales: readScales(doc).map(({ current: _current, history: _history, ...scale }) => scale),
    rounds: readRounds(doc).filter(
      (r) =>
        r.meetingId === meetingId ||
        (span !== undefined && r.meetingId === null && r.closedAt !== null && r.closedAt >= span.startedAt && r.closedAt <= span.endedAt),
    ),
    drawings: readDrawingPages(doc),
    removed: readRemovals(doc),
    meeting: readMeetingOutcome(doc),
  };
}

/**
 * The names of the people who took part in the room, without a link of their own: network members
 * marked "in the room", and everyone whose number the facilitator recorded in this meeting's
 * rounds (even if their attendance was changed later). Sorted, each name once.
 */
export function peopleInTheRoom(doc: Y.Doc, meetingId: string): string[] {
  const names = new Set<string>();
  for (const member of readNetwork(doc)) if (member.attendance === 'in-room') names.add(member.name);
  for (const round of readRounds(doc)) {
    if (round.meetingId !== meetingId) continue;
    for (const answer of round.answers) if (answer.recordedBy !== null) names.add(answer.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
