/**
 * What the screen in the room shows: the same on every room screen, because it is read from the
 * board, never from the chair's own screen. It is the current agenda step's part, unless the
 * chair sent something there during this step ("Show on the room screen"); moving to another
 * step hands the room back to that step. The chair's own navigation (timer, people, links,
 * records, typing elsewhere) writes nothing here, so it never moves the room.
 *
 * Long content is shown in pages. How many pages there are depends on each screen's size, so the
 * board stores only the page the chair turned to (for the content shown then) and, when the room
 * turns pages by itself, the pace; each screen works out its page from those and its own count.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from '../people/personLanguage';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MEETING, meetingMap } from '../schema';
import { currentStep, type StepKind } from './agenda';
import { isFocusTarget, type FocusTarget } from './focus';

/** The join code and short instructions for people in the room. */
export const ROOM_JOIN = 'join';

/** What the room screen can show: a part of the board, or the join code. */
export type RoomTarget = FocusTarget | typeof ROOM_JOIN;

/** Seconds per page the chair can choose for automatic paging; 0: the chair turns the pages. */
export const ROOM_PACES = [0, 10, 20, 30, 60] as const;

/** The part of the board each kind of agenda step is about; null: the step has no part (a chair's own step). */
export const STEP_TARGET: Readonly<Record<StepKind, FocusTarget | null>> = {
  'working-well': 'column:working-well',
  worries: 'column:worries',
  scaling: 'scale:safety',
  'next-steps': 'column:next-steps',
  own: null,
};

/** What every room screen shows now. */
export interface RoomScreenView {
  /** The part or the join code; null when there is nothing but the step's title (or no step yet). */
  readonly target: RoomTarget | null;
  /** True when the chair sent it; false when it is the current step's part. */
  readonly sent: boolean;
  /** Names this showing: pages turned for one showing do not carry over to the next. */
  readonly key: string;
  /** The page the chair turned to (0 is the first), as of `since`. */
  readonly page: number;
  /** When that page was turned to, or when this showing began (ms since epoch). */
  readonly since: number;
  /** Seconds per page when the screen turns pages by itself; 0 when the chair turns them. */
  readonly paceSeconds: number;
  /**
   * The second language the chair chose for the room screen (one of `INTERFACE_LANGUAGES`): the
   * current question, heading and join instructions show in it under the screen's own language.
   * null: none, or a stored value that is not a shipped language.
   */
  readonly secondLanguage: InterfaceLanguage | null;
}

interface StoredSent {
  readonly target: RoomTarget;
  readonly stepId: string | null;
  readonly at: number;
}

export function isRoomTarget(value: unknown): value is RoomTarget {
  return value === ROOM_JOIN || isFocusTarget(value);
}

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readSent(doc: Y.Doc): StoredSent | null {
  const raw = meetingMap(doc).get(MEETING.roomSent) as Partial<StoredSent> | null | undefined;
  if (!raw || !isRoomTarget(raw.target)) return null;
  const at = finite(raw.at);
  if (at === null) return null;
  return { target: raw.target, stepId: typeof raw.stepId === 'string' ? raw.stepId : null, at };
}

/** The room screen as the board has it now. */
export function readRoomScreen(doc: Y.Doc): RoomScreenView {
  const meeting = meetingMap(doc);
  const step = currentStep(doc);
  const stepId = step?.id ?? null;
  const sent = readSent(doc);
  const stored = finite(meeting.get(MEETING.roomPace)) ?? 0;
  const paceSeconds = (ROOM_PACES as readonly number[]).includes(stored) ? stored : 0;
  let target: RoomTarget | null;
  let key: string;
  let since: number;
  const stepSince = finite(meeting.get(MEETING.stepSince)) ?? 0;
  // Sent during this visit to the step: coming back to a step later does not bring back an old sending.
  if (sent && sent.stepId === stepId && sent.at >= stepSince) {
    target = sent.target;
    key = `sent:${sent.at}:${sent.target}`;
    since = sent.at;
  } else {
    target = step ? STEP_TARGET[step.kind] : null;
    since = stepSince;
    key = `step:${stepId ?? ''}:${since}`;
  }
  const turned = meeting.get(MEETING.roomPage) as { key?: unknown; page?: unknown; since?: unknown } | null | undefined;
  const page = turned?.key === key ? finite(turned.page) : null;
  const turnedAt = turned?.key === key ? finite(turned.since) : null;
  const sentNow = key.startsWith('sent:');
  const stored2 = meeting.get(MEETING.roomLanguage);
  const secondLanguage = isInterfaceLanguage(stored2) ? stored2 : null;
  if (page !== null && turnedAt !== null && page >= 0)
    return { target, sent: sentNow, key, page: Math.floor(page), since: turnedAt, paceSeconds, secondLanguage };
  return { target, sent: sentNow, key, page: 0, since, paceSeconds, secondLanguage };
}

/**
 * The chair chooses the room screen's second language (one of `INTERFACE_LANGUAGES`), or none
 * with null. Anything else is refused with `invalid_text` and nothing changes. Only the chair
 * writes the meeting map (the server refuses anyone else, R3).
 */
export function setRoomLanguage(doc: Y.Doc, language: string | null, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (language !== null && !isInterfaceLanguage(language)) {
    throw new ModelError(ModelErrorCode.invalidText, `The room screen's second language must be one of: ${INTERFACE_LANGUAGES.join(', ')}`);
  }
  doc.transact(() => {
    if (language === null) meetingMap(doc).delete(MEETING.roomLanguage);
    else meetingMap(doc).set(MEETING.roomLanguage, language);
  }, origin);
}

/** The chair sends something to the room screen; it stays there until the chair sends another or moves to another step. */
export function showOnRoomScreen(doc: Y.Doc, target: RoomTarget, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!isRoomTarget(target)) throw new Error(`"${target}" is not something the room screen can show`);
  const stepId = currentStep(doc)?.id ?? null;
  doc.transact(() => meetingMap(doc).set(MEETING.roomSent, { target, stepId, at: now }), origin);
}

/** The room screen goes back to the current step's part. */
export function showStepOnRoomScreen(doc: Y.Doc, origin: ChangeOrigin = LOCAL_CHANGE): void {
  doc.transact(() => meetingMap(doc).set(MEETING.roomSent, null), origin);
}

/** Turns the room screen to `page` (0 is the first) of what it shows now. */
export function turnRoomPage(doc: Y.Doc, page: number, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  const { key } = readRoomScreen(doc);
  const clean = Number.isFinite(page) ? Math.max(0, Math.floor(page)) : 0;
  doc.transact(() => meetingMap(doc).set(MEETING.roomPage, { key, page: clean, since: now }), origin);
}

/**
 * Sets the automatic paging pace (one of `ROOM_PACES`). The page on screen now stays the
 * starting point, so changing the pace never jumps.
 */
export function setRoomPace(doc: Y.Doc, paceSeconds: number, pageNow: number, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!(ROOM_PACES as readonly number[]).includes(paceSeconds))
    throw new Error(`${paceSeconds} seconds is not a pace the room screen offers`);
  doc.transact(() => {
    turnRoomPage(doc, pageNow, now, origin);
    meetingMap(doc).set(MEETING.roomPace, paceSeconds);
  }, origin);
}

/**
 * The page (0 is the first) a screen with `pageCount` pages shows at `now`: the chair's page,
 * moved on one page per `paceSeconds` when the screen turns pages by itself, round to the first
 * page after the last.
 */
export function roomPageAt(view: RoomScreenView, pageCount: number, now: number): number {
  if (pageCount <= 1) return 0;
  if (view.paceSeconds <= 0) return Math.min(view.page, pageCount - 1);
  const turned = Math.max(0, Math.floor((now - view.since) / (view.paceSeconds * 1000)));
  return (view.page + turned) % pageCount;
}
