/**
 * Blind-round messages, an extension to the y-websocket protocol (message type 101).
 *
 * In a blind round a person's number must not be in the shared document before the reveal, so
 * it goes to the server alone:
 *
 *   client → server   varUint(101) varString(JSON RoundRequest)
 *   server → client   varUint(101) varString(JSON RoundReply)   only to the connection that asked
 *
 * `answer` holds an answer (replacing that person's earlier one) and marks them as answered on
 * the board; `retract` removes it (facilitators may retract anyone's); `reveal` (facilitators)
 * writes every held answer into the board at once.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ModelError, ModelErrorCode } from '../errors';
import { checkAnswer, isAnswerKey, type Answer } from '../scales/answer';
import { MessageType } from './messageTypes';

export const MESSAGE_ROUND = MessageType.round;

export type RoundRequest =
  | { readonly op: 'answer'; readonly round: string; readonly key: string; readonly answer: Answer }
  | { readonly op: 'retract'; readonly round: string; readonly key: string }
  | { readonly op: 'reveal'; readonly round: string };

export type RoundReply =
  | { readonly op: 'held'; readonly round: string; readonly key: string }
  | { readonly op: 'retracted'; readonly round: string; readonly key: string }
  | { readonly op: 'revealed'; readonly round: string }
  | { readonly op: 'refused'; readonly round: string; readonly message: string };

function roundId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new ModelError(ModelErrorCode.roundNotFound, '"round" must be a round id');
  }
  return value;
}

function answerKey(value: unknown): string {
  if (!isAnswerKey(value)) throw new ModelError(ModelErrorCode.invalidText, '"key" must name the person answering');
  return value;
}

/** Checks a request from a socket; throws a ModelError saying what is wrong. */
export function parseRoundRequest(json: string): RoundRequest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ModelError(ModelErrorCode.invalidText, 'A round message must be JSON');
  }
  if (typeof raw !== 'object' || raw === null) throw new ModelError(ModelErrorCode.invalidText, 'A round message must be an object');
  const r = raw as Record<string, unknown>;
  switch (r.op) {
    case 'answer':
      return { op: 'answer', round: roundId(r.round), key: answerKey(r.key), answer: checkAnswer(r.answer) };
    case 'retract':
      return { op: 'retract', round: roundId(r.round), key: answerKey(r.key) };
    case 'reveal':
      return { op: 'reveal', round: roundId(r.round) };
    default:
      throw new ModelError(ModelErrorCode.invalidText, `Unknown round message "${String(r.op)}"`);
  }
}

export function encodeRoundMessage(message: RoundRequest | RoundReply): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ROUND);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

/** Reads the body of a type-101 message (after the type) as text. */
export function readRoundMessageText(decoder: decoding.Decoder): string {
  return decoding.readVarString(decoder);
}

/** Reads a server's reply; null when it is not one this client understands. */
export function parseRoundReply(json: string): RoundReply | null {
  try {
    const r = JSON.parse(json) as RoundReply;
    return typeof r === 'object' && r !== null && typeof r.op === 'string' && typeof r.round === 'string' ? r : null;
  } catch {
    return null;
  }
}
