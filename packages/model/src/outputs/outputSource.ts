/**
 * What every paper that leaves the meeting is built from: the board read as plain data. A live
 * board and a stored meeting record give the same shape (a record is `MeetingRecordContent`), so
 * the summary and the copies read the same whichever they come from.
 */
import type * as Y from 'yjs';
import type { MappingView, PairsView } from '../mapping/readMapping';
import { readMeetingRecordContent, type RecordedScale } from '../meeting/meetingRecord';
import { NO_DECISION, type MeetingOutcome } from '../meeting/meetingKind';
import type { NetworkMemberView } from '../network/networkMembers';
import type { PlanView } from '../plan/readPlan';
import { readRounds, type RoundView } from '../scales/readScales';

export interface OutputSource {
  readonly board: { readonly title: string };
  readonly mapping: MappingView;
  readonly pairs: PairsView;
  readonly plan: PlanView;
  readonly network: readonly NetworkMemberView[];
  readonly scales: readonly RecordedScale[];
  /** The rounds to report, oldest first: a record's own rounds, or every round of a live board. */
  readonly rounds: readonly RoundView[];
  /** Absent on records stored before meetings had kinds. */
  readonly meeting?: MeetingOutcome;
}

/** The live board as an output source, with every round it has had. */
export function readOutputSource(doc: Y.Doc): OutputSource {
  return { ...readMeetingRecordContent(doc, ''), rounds: readRounds(doc) };
}

export function outcomeOf(source: OutputSource): MeetingOutcome {
  return source.meeting ?? { kind: null, decision: NO_DECISION };
}
