/**
 * Rounds: the facilitator asks a scale question and everyone answers.
 *
 * Open rounds keep answers in the document as they are given. Blind rounds keep them out of it:
 * people send their answers to the server (protocol/roundMessage.ts), which records only *that*
 * they answered (`markAnswered`) until the facilitator reveals, when it writes every answer at
 * once (`revealAnswers`). A closed round is history.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, SERVER_CHANGE, type ChangeOrigin } from '../origins';
import { randomId } from '../randomId';
import { ROUND, roundsMap } from '../schema';
import { checkAnswer, isAnswerKey, type Answer } from './answer';
import { scaleRecord } from './scales';

export const ROUND_MODES = ['open', 'blind'] as const;
/** How a round collects answers: openly, or blind until revealed. */
export type RoundMode = (typeof ROUND_MODES)[number];
export const ROUND_STATES = ['collecting', 'revealed', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export interface NewRound {
  readonly scaleId: string;
  readonly mode: RoundMode;
  readonly meetingId?: string | null;
  readonly id?: string;
}

/** A round's shared record, for the server's write checks and blind rounds; throws `round_not_found`. */
export function roundRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = roundsMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.roundNotFound, `No round with id "${id}" on this board`);
  return record;
}

function answersOf(record: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const map = record.get(key);
  if (!(map instanceof Y.Map)) throw new ModelError(ModelErrorCode.roundNotFound, 'This round is damaged and cannot take answers');
  return map;
}

function checkKey(key: string): void {
  if (!isAnswerKey(key)) throw new ModelError(ModelErrorCode.invalidText, `"${key}" does not name a person who can answer`);
}

export function roundState(record: Y.Map<unknown>): RoundState {
  const state = record.get(ROUND.state);
  return (ROUND_STATES as readonly unknown[]).includes(state) ? (state as RoundState) : 'closed';
}

export function roundMode(record: Y.Map<unknown>): RoundMode {
  return record.get(ROUND.mode) === 'blind' ? 'blind' : 'open';
}

/** The round of `scaleId` still collecting or revealed, if any. */
export function activeRoundId(doc: Y.Doc, scaleId: string): string | null {
  let found: { id: string; openedAt: number } | null = null;
  roundsMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map) || record.get(ROUND.scaleId) !== scaleId || roundState(record) === 'closed') return;
    const openedAt = Number(record.get(ROUND.openedAt)) || 0;
    if (!found || openedAt > found.openedAt) found = { id, openedAt };
  });
  return (found as { id: string } | null)?.id ?? null;
}

/** Opens a round on a scale. Refused while that scale has a round that is not closed. */
export function openRound(doc: Y.Doc, round: NewRound, origin: ChangeOrigin = LOCAL_CHANGE): string {
  scaleRecord(doc, round.scaleId);
  if (!(ROUND_MODES as readonly string[]).includes(round.mode)) {
    throw new ModelError(ModelErrorCode.roundState, `A round is "open" or "blind", not "${String(round.mode)}"`);
  }
  if (activeRoundId(doc, round.scaleId) !== null) {
    throw new ModelError(ModelErrorCode.roundState, 'This scale already has a round in progress; close it first');
  }
  const id = round.id ?? randomId('r_');
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(ROUND.id, id);
    record.set(ROUND.scaleId, round.scaleId);
    record.set(ROUND.mode, round.mode);
    record.set(ROUND.state, 'collecting');
    record.set(ROUND.openedAt, Date.now());
    record.set(ROUND.revealedAt, null);
    record.set(ROUND.closedAt, null);
    record.set(ROUND.meetingId, round.meetingId ?? null);
    record.set(ROUND.answers, new Y.Map());
    record.set(ROUND.answered, new Y.Map());
    roundsMap(doc).set(id, record);
  }, origin);
  return id;
}

/** Gives (or changes) one person's answer in an open round. */
export function giveOpenAnswer(
  doc: Y.Doc,
  roundId: string,
  key: string,
  answer: Omit<Answer, 'at'> & { at?: number },
  origin: ChangeOrigin = LOCAL_CHANGE,
): void {
  checkKey(key);
  const record = roundRecord(doc, roundId);
  if (roundMode(record) !== 'open')
    throw new ModelError(ModelErrorCode.roundState, 'Answers to a blind round go to the server, not the board');
  if (roundState(record) === 'closed') throw new ModelError(ModelErrorCode.roundState, 'This round is closed');
  const clean = checkAnswer(answer);
  doc.transact(() => answersOf(record, ROUND.answers).set(key, clean), origin);
}

/**
 * Takes back a mistaken answer (open or revealed round), and the "has answered" mark. Refused for
 * a closed round: its answers are the history later meetings compare against.
 */
export function removeAnswer(doc: Y.Doc, roundId: string, key: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = roundRecord(doc, roundId);
  if (roundState(record) === 'closed') {
    throw new ModelError(ModelErrorCode.roundState, 'This round is closed, so its answers are kept as they were and cannot be taken out');
  }
  doc.transact(() => {
    answersOf(record, ROUND.answers).delete(key);
    answersOf(record, ROUND.answered).delete(key);
  }, origin);
}

/** Server only: records that `key` has answered a blind round, without the number. */
export function markAnswered(
  doc: Y.Doc,
  roundId: string,
  key: string,
  name: string,
  at: number,
  origin: ChangeOrigin = SERVER_CHANGE,
): void {
  checkKey(key);
  const record = roundRecord(doc, roundId);
  doc.transact(() => answersOf(record, ROUND.answered).set(key, { name, at }), origin);
}

/** Server only: writes every held answer of a blind round into the board and shows them. */
export function revealAnswers(
  doc: Y.Doc,
  roundId: string,
  answers: ReadonlyMap<string, Answer>,
  origin: ChangeOrigin = SERVER_CHANGE,
): void {
  const record = roundRecord(doc, roundId);
  if (roundState(record) !== 'collecting')
    throw new ModelError(ModelErrorCode.roundState, 'Only a round that is collecting can be revealed');
  doc.transact(() => {
    const target = answersOf(record, ROUND.answers);
    for (const [key, answer] of answers) target.set(key, answer);
    record.set(ROUND.state, 'revealed');
    record.set(ROUND.revealedAt, Date.now());
  }, origin);
}

/** Shows the answers of an open round (for symmetry with blind rounds; open answers are already visible). */
export function revealOpenRound(doc: Y.Doc, roundId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = roundRecord(doc, roundId);
  if (roundMode(record) !== 'open') throw new ModelError(ModelErrorCode.roundState, 'A blind round is revealed by the server');
  if (roundState(record) !== 'collecting') return;
  doc.transact(() => {
    record.set(ROUND.state, 'revealed');
    record.set(ROUND.revealedAt, Date.now());
  }, origin);
}

/** Closes a round; it stays in the scale's history with its date and meeting. */
export function closeRound(doc: Y.Doc, roundId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = roundRecord(doc, roundId);
  const state = roundState(record);
  if (state === 'closed') return;
  if (roundMode(record) === 'blind' && state === 'collecting') {
    throw new ModelError(ModelErrorCode.roundState, "Reveal the answers before closing a blind round, so no one's number is lost");
  }
  doc.transact(() => {
    record.set(ROUND.state, 'closed');
    record.set(ROUND.closedAt, Date.now());
  }, origin);
}
