/**
 * The server's half of blind rounds (protocol/roundMessage.ts in the model). Numbers given in a
 * blind round are held in storage, outside the shared document, so no client — not even one
 * reading the raw sync traffic — sees another's number before the facilitator reveals [B1]. The
 * board only learns *that* someone answered [B2]. At the reveal every held answer is written into
 * the board in one change and the held copies are dropped [B3].
 */
import * as Y from 'yjs';
import {
  ModelError,
  ROUND,
  checkAnswer,
  markAnswered,
  parseRoundRequest,
  participantAnswerKey,
  removeAnswer,
  revealAnswers,
  roundRecord,
  type Answer,
  type RoundReply,
  type RoundRequest,
} from '@kinboard/model';
import type { Role } from '../auth/roles';
import type { HeldAnswerStore } from '../storage/BoardStore';
import { StorageFailed } from './refusals';

export interface RoundRequester {
  readonly role: Role;
  /** May this connection change the board right now (not a viewer, board not locked for it)? */
  readonly mayWrite: boolean;
  /** The person id the connection's ticket carries: its own answer key is `p:{person}`. */
  readonly person: string;
  /** The name the connection joined with, when the server knows it. */
  readonly name: string | null;
}

/** What the room must do with the document; it stores and broadcasts whatever `change` does, resolving once stored. */
export type DocumentChange = (change: (doc: Y.Doc) => void) => Promise<void>;

function refused(round: string, message: string): RoundReply {
  return { op: 'refused', round, message };
}

/**
 * Handles one request; the room runs them one at a time, so a reveal never overlaps an answer
 * being held. Resolves with the reply once everything it changed is stored.
 */
export async function handleRoundRequest(
  text: string,
  requester: RoundRequester,
  boardId: string,
  doc: Y.Doc,
  store: HeldAnswerStore,
  changeDocument: DocumentChange,
): Promise<RoundReply> {
  let request: RoundRequest;
  try {
    request = parseRoundRequest(text);
  } catch (error) {
    if (error instanceof ModelError) return refused('', error.message);
    throw error;
  }
  const { round } = request;
  if (!requester.mayWrite) return refused(round, 'You are viewing this board, so you cannot answer');
  let record: Y.Map<unknown>;
  try {
    record = roundRecord(doc, round);
  } catch {
    return refused(round, 'That round is not on this board');
  }
  if (record.get(ROUND.mode) !== 'blind') return refused(round, 'That round is not a blind round');
  if (record.get(ROUND.state) !== 'collecting') return refused(round, 'That round is no longer collecting answers');
  const facilitator = requester.role === 'facilitator';

  const own = 'key' in request && request.key === participantAnswerKey(requester.person);
  // Someone in the room without a device: only the facilitator records for them.
  const forRoom = 'key' in request && request.key.startsWith('m:');

  switch (request.op) {
    case 'answer': {
      // Person ids are visible in everyone's presence, so a `p:` key proves nothing by itself:
      // the only `p:` key a connection may use is the one its ticket names [B4].
      if (!own && !(facilitator && forRoom)) return refused(round, 'You can only give your own answer');
      const answer: Answer = own
        ? { ...request.answer, name: requester.name ?? request.answer.name, recordedBy: null }
        : { ...request.answer, recordedBy: requester.name ?? request.answer.recordedBy };
      await store.holdAnswer(boardId, round, request.key, JSON.stringify(answer));
      await changeDocument((d) => markAnswered(d, round, request.key, answer.name, answer.at));
      return { op: 'held', round, key: request.key };
    }
    case 'retract': {
      // The facilitator may take out anyone's mistaken answer; others only their own.
      if (!own && !facilitator) return refused(round, 'You can only take back your own answer');
      await store.dropHeldAnswer(boardId, round, request.key);
      await changeDocument((d) => removeAnswer(d, round, request.key));
      return { op: 'retracted', round, key: request.key };
    }
    case 'reveal': {
      if (!facilitator) return refused(round, 'Only the facilitator can reveal the answers');
      const answers = new Map<string, Answer>();
      for (const [key, json] of await store.heldAnswers(boardId, round)) {
        try {
          answers.set(key, checkAnswer(JSON.parse(json)));
        } catch {
          // A held answer that no longer passes the checks is left out rather than shown wrongly.
        }
      }
      await changeDocument((d) => revealAnswers(d, round, answers));
      await store.clearHeldAnswers(boardId, round);
      return { op: 'revealed', round };
    }
  }
}

/** How a round request ended: a reply, a request the model refused, or a storage failure. */
export type RoundOutcome =
  | { readonly reply: RoundReply; readonly malformed?: undefined }
  | { readonly reply?: undefined; readonly malformed: boolean; readonly error: unknown };

/** Runs `handle` and sorts what it throws: a ModelError is a malformed request, StorageFailed has already closed the board. */
export async function settleRound(handle: () => Promise<RoundReply>): Promise<RoundOutcome> {
  try {
    return { reply: await handle() };
  } catch (error) {
    if (error instanceof StorageFailed) return { malformed: false, error };
    return { malformed: error instanceof ModelError, error };
  }
}
