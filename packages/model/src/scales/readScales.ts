/**
 * Read models for scaling: each scale with its current round and its history, as plain data.
 * A stored answer with an impossible number is shown as invalid, never dropped or crashed on.
 */
import * as Y from 'yjs';
import { ROUND, SCALE, roundsMap, scalesMap } from '../schema';
import { readStoredAnswer, type Answer } from './answer';
import { roundStats, type RoundStats } from './roundStats';
import { roundMode, roundState, type RoundMode, type RoundState } from './rounds';
import { DEFAULT_SCALE_ID } from './scales';
import { readWords } from '../sharedWords';

/** An answer in a round, with the key of whoever gave it. */
export interface AnswerView extends Answer {
  readonly key: string;
}

export interface InvalidAnswerView {
  readonly key: string;
  readonly name: string;
  /** The stored value, shown as written, e.g. "12" or "seven". */
  readonly shown: string;
}

/** One round of answers on a scale. */
export interface RoundView {
  readonly id: string;
  readonly scaleId: string;
  readonly mode: RoundMode;
  readonly state: RoundState;
  readonly openedAt: number;
  readonly revealedAt: number | null;
  readonly closedAt: number | null;
  readonly meetingId: string | null;
  /** Valid answers, lowest number first. Empty for a blind round until it is revealed. */
  readonly answers: readonly AnswerView[];
  readonly invalidAnswers: readonly InvalidAnswerView[];
  /** Everyone known to have answered (blind rounds: from the server's marks; open: from answers). */
  readonly answered: readonly { readonly key: string; readonly name: string }[];
  readonly stats: RoundStats;
}

/** A scale with its rounds, as the board reads it. */
export interface ScaleView {
  readonly id: string;
  readonly isDefault: boolean;
  /** Null when the board's framework words it (the default scale). */
  readonly question: string | null;
  readonly zeroMeans: string | null;
  readonly tenMeans: string | null;
  readonly statementId: string | null;
  readonly archived: boolean;
  /** The round collecting or revealed, if any. */
  readonly current: RoundView | null;
  /** Closed rounds, oldest first. */
  readonly history: readonly RoundView[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readRound(id: string, record: Y.Map<unknown>): RoundView | null {
  const scaleId = str(record.get(ROUND.scaleId));
  if (!scaleId) return null;
  const answers: AnswerView[] = [];
  const invalidAnswers: InvalidAnswerView[] = [];
  const stored = record.get(ROUND.answers);
  if (stored instanceof Y.Map) {
    stored.forEach((raw, key) => {
      const read = readStoredAnswer(raw);
      if (!read) return;
      if (read.valid) answers.push({ ...read.answer, key });
      else invalidAnswers.push({ key, name: read.answer.name, shown: String((raw as { value?: unknown }).value) });
    });
  }
  answers.sort((a, b) => a.value - b.value || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1));
  const answered = new Map<string, string>();
  const marks = record.get(ROUND.answered);
  if (marks instanceof Y.Map) {
    marks.forEach((raw, key) => {
      const name = str((raw as { name?: unknown } | null)?.name);
      answered.set(key, name ?? 'Someone');
    });
  }
  for (const a of answers) answered.set(a.key, a.name);
  for (const a of invalidAnswers) answered.set(a.key, a.name);
  return {
    id,
    scaleId,
    mode: roundMode(record),
    state: roundState(record),
    openedAt: num(record.get(ROUND.openedAt)) ?? 0,
    revealedAt: num(record.get(ROUND.revealedAt)),
    closedAt: num(record.get(ROUND.closedAt)),
    meetingId: str(record.get(ROUND.meetingId)),
    answers,
    invalidAnswers,
    answered: [...answered].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)),
    stats: roundStats(answers.map((a) => a.value)),
  };
}

/** Every round on the board, oldest first. */
export function readRounds(doc: Y.Doc): RoundView[] {
  const rounds: RoundView[] = [];
  roundsMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const view = readRound(id, record);
    if (view) rounds.push(view);
  });
  return rounds.sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
}

/** Every scale with its current round and history; the default scale first. */
export function readScales(doc: Y.Doc): ScaleView[] {
  const rounds = readRounds(doc);
  const scales: (ScaleView & { createdAt: number })[] = [];
  scalesMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const own = rounds.filter((r) => r.scaleId === id);
    const active = own.filter((r) => r.state !== 'closed');
    scales.push({
      id,
      isDefault: id === DEFAULT_SCALE_ID,
      question: readWords(record, SCALE.question),
      zeroMeans: readWords(record, SCALE.zeroMeans),
      tenMeans: readWords(record, SCALE.tenMeans),
      statementId: str(record.get(SCALE.statementId)),
      archived: record.get(SCALE.archived) === true,
      current: active.at(-1) ?? null,
      history: own.filter((r) => r.state === 'closed'),
      createdAt: num(record.get(SCALE.createdAt)) ?? 0,
    });
  });
  scales.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return scales.map(({ createdAt: _createdAt, ...scale }) => scale);
}
