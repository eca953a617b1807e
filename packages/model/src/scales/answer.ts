/**
 * One person's answer in a round. Stored under a key that names the person: `p:{participantId}`
 * for someone answering on their own device, `m:{memberId}` for a network member whose answer
 * the facilitator records (people in the room without a device).
 */
import { ModelError, ModelErrorCode } from '../errors';
import { checkScaleValue, isScaleValue } from './scaleValue';

export const MAX_ANSWER_TEXT = 1000;
export const MAX_ANSWER_NAME = 80;

/** One number on a scale, with the words that explain it. */
export interface Answer {
  readonly value: number;
  /** "Why this number and not lower?" in their own words. */
  readonly whyNotLower: string;
  /** "What would make it one point higher?" in their own words. */
  readonly oneHigher: string;
  readonly name: string;
  /** The network member this answer belongs to, if any. */
  readonly memberId: string | null;
  /** Name of the facilitator who recorded it for someone in the room; null when given in person. */
  readonly recordedBy: string | null;
  readonly at: number;
}

const ANSWER_KEY = /^(p|m):[A-Za-z0-9_-]{1,64}$/;

export function isAnswerKey(key: unknown): key is string {
  return typeof key === 'string' && ANSWER_KEY.test(key);
}

/** The key a person answering on their own device gives their answer under. */
export function participantAnswerKey(participantId: string): string {
  return `p:${participantId}`;
}

/** The key the facilitator records a network member's answer under, for someone in the room without a device. */
export function memberAnswerKey(memberId: string): string {
  return `m:${memberId}`;
}

function text(value: unknown, field: string, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ModelError(ModelErrorCode.invalidText, `"${field}" must be text`);
  if (value.length > max) throw new ModelError(ModelErrorCode.invalidText, `"${field}" can be at most ${max} characters`);
  return value;
}

/** Checks an answer from outside (a person, a socket message) and returns a clean copy. */
export function checkAnswer(raw: unknown, now: number = Date.now()): Answer {
  if (typeof raw !== 'object' || raw === null) throw new ModelError(ModelErrorCode.invalidScaleValue, 'An answer must be an object');
  const a = raw as Record<string, unknown>;
  const name = text(a.name, 'name', MAX_ANSWER_NAME).trim();
  if (name.length === 0) throw new ModelError(ModelErrorCode.invalidText, 'An answer needs the name of the person giving it');
  const memberId = a.memberId === undefined || a.memberId === null ? null : text(a.memberId, 'memberId', 64);
  const recordedBy = a.recordedBy === undefined || a.recordedBy === null ? null : text(a.recordedBy, 'recordedBy', MAX_ANSWER_NAME);
  return {
    value: checkScaleValue(a.value),
    whyNotLower: text(a.whyNotLower, 'whyNotLower', MAX_ANSWER_TEXT),
    oneHigher: text(a.oneHigher, 'oneHigher', MAX_ANSWER_TEXT),
    name,
    memberId,
    recordedBy,
    at: typeof a.at === 'number' && Number.isFinite(a.at) ? a.at : now,
  };
}

/** Reads a stored answer without throwing: null when it is not one at all, `valid: false` when its number is wrong. */
export function readStoredAnswer(raw: unknown): { answer: Answer; valid: boolean } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const name = typeof a.name === 'string' && a.name.trim() ? a.name : 'Someone';
  const answer: Answer = {
    value: typeof a.value === 'number' ? a.value : Number.NaN,
    whyNotLower: typeof a.whyNotLower === 'string' ? a.whyNotLower : '',
    oneHigher: typeof a.oneHigher === 'string' ? a.oneHigher : '',
    name,
    memberId: typeof a.memberId === 'string' ? a.memberId : null,
    recordedBy: typeof a.recordedBy === 'string' ? a.recordedBy : null,
    at: typeof a.at === 'number' ? a.at : 0,
  };
  return { answer, valid: isScaleValue(a.value) };
}
