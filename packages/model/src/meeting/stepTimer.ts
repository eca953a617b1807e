/**
 * The shared timer for an agenda step. Stored as one value so start, pause and extend are
 * atomic; every screen counts down from `endsAt` on its own clock, so nothing is written per
 * second. Paused, it keeps `remainingMs`.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MEETING, meetingMap } from '../schema';

export interface StepTimer {
  readonly stepId: string;
  readonly durationMs: number;
  /** When it runs out (ms since epoch) while running; null when paused. */
  readonly endsAt: number | null;
  /** Time left when paused. */
  readonly remainingMs: number;
  readonly running: boolean;
}

/** The step timer as a screen shows it at a given moment. */
export interface TimerReading {
  readonly stepId: string;
  readonly remainingMs: number;
  readonly running: boolean;
  readonly overrunMs: number;
  readonly durationMs: number;
}

const MAX_DURATION_MS = 4 * 60 * 60 * 1000;

function checkDuration(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_DURATION_MS) {
    throw new ModelError(ModelErrorCode.invalidText, 'A timer runs for between 1 second and 4 hours');
  }
  return Math.round(ms);
}

function stored(doc: Y.Doc): StepTimer | null {
  const t = meetingMap(doc).get(MEETING.timer) as StepTimer | null | undefined;
  if (!t || typeof t.stepId !== 'string' || typeof t.durationMs !== 'number') return null;
  return t;
}

function write(doc: Y.Doc, timer: StepTimer | null, origin: ChangeOrigin): void {
  doc.transact(() => meetingMap(doc).set(MEETING.timer, timer), origin);
}

/** Starts the step timer everyone sees, for `durationMs` from `now`. */
export function startTimer(doc: Y.Doc, stepId: string, durationMs: number, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  const duration = checkDuration(durationMs);
  write(doc, { stepId, durationMs: duration, endsAt: now + duration, remainingMs: duration, running: true }, origin);
}

/** Pauses the step timer, keeping the time left. */
export function pauseTimer(doc: Y.Doc, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  const t = stored(doc);
  if (!t || !t.running || t.endsAt === null) return;
  write(doc, { ...t, endsAt: null, remainingMs: Math.max(0, t.endsAt - now), running: false }, origin);
}

/** Starts a paused step timer again. */
export function resumeTimer(doc: Y.Doc, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  const t = stored(doc);
  if (!t || t.running) return;
  write(doc, { ...t, endsAt: now + t.remainingMs, running: true }, origin);
}

/** Adds time (e.g. five more minutes), running or paused. */
export function extendTimer(doc: Y.Doc, extraMs: number, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  const extra = checkDuration(extraMs);
  const t = stored(doc);
  if (!t) return;
  if (t.running && t.endsAt !== null) {
    write(doc, { ...t, durationMs: t.durationMs + extra, endsAt: Math.max(t.endsAt, now) + extra }, origin);
  } else {
    write(doc, { ...t, durationMs: t.durationMs + extra, remainingMs: t.remainingMs + extra }, origin);
  }
}

/** Takes the step timer away. */
export function clearTimer(doc: Y.Doc, origin: ChangeOrigin = LOCAL_CHANGE): void {
  write(doc, null, origin);
}

/** What a screen shows at `now`. */
export function readTimer(doc: Y.Doc, now = Date.now()): TimerReading | null {
  const t = stored(doc);
  if (!t) return null;
  const left = t.running && t.endsAt !== null ? t.endsAt - now : t.remainingMs;
  return { stepId: t.stepId, remainingMs: Math.max(0, left), running: t.running, overrunMs: Math.max(0, -left), durationMs: t.durationMs };
}
