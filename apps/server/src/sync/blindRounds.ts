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
  removeAnswer,
  revealAnswers,
  roundRecord,
  type Answer,
  type RoundReply,
  type RoundRequest,
} from '@kinboard/model';
import type { Role } from '../auth/roles';
import type { BoardStore } from '../storage/BoardStore';

export interface RoundRequester {
  readonly role: Role;
  /** May this connection change the board right now (not a viewer, board not locked for it)? */
  readonly mayWrite: boolean;
}

/** What the room must do with the document; it stores and broadcasts whatever `change` does. */
export type DocumentChange = (change: (doc: Y.Doc) => void) => void;

function refused(round: string, message: string): RoundReply {
  return { op: 'refused', round, message };
}

export function handleRoundRequest(
  text: string,
  requester: RoundRequester,
  boardId: string,
  doc: Y.Doc,
  store: BoardStore,
  changeDocument: DocumentChange,
): RoundReply {
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

  switch (request.op) {
    case 'answer': {
      // Only a facilitator records answers for others (people in the room without a device).
      if (!facilitator && !request.key.startsWith('p:')) return refused(round, 'Only the facilitator can record an answer for someone else');
      const answer: Answer = facilitator ? request.answer : { ...request.answer, recordedBy: null };
      store.holdAnswer(boardId, round, request.key, JSON.stringify(answer));
      changeDocument((d) => markAnswered(d, round, request.key, answer.name, answer.at));
      return { op: 'held', round, key: request.key };
    }
    case 'retract': {
      if (!facilitator && !request.key.startsWith('p:')) return refused(round, 'Only the facilitator can take back someone else\'s answer');
      store.dropHeldAnswer(boardId, round, request.key);
      changeDocument((d) => removeAnswer(d, round, request.key));
      return { op: 'retracted', round, key: request.key };
    }
    case 'reveal': {
      if (!facilitator) return refused(round, 'Only the facilitator can reveal the answers');
      const answers = new Map<string, Answer>();
      for (const [key, json] of store.heldAnswers(boardId, round)) {
        try {
          answers.set(key, checkAnswer(JSON.parse(json)));
        } catch {
          // A held answer that no longer passes the checks is left out rather than shown wrongly.
        }
      }
      changeDocument((d) => revealAnswers(d, round, answers));
      store.clearHeldAnswers(boardId, round);
      return { op: 'revealed', round };
    }
  }
}
