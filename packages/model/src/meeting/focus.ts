/**
 * Where the board is looking. The facilitator's focus travels live in their presence (so
 * followers move with them); "bring everyone here" is written into the board as a summon, so
 * even people who were not following jump once, and may leave again.
 */
import type * as Y from 'yjs';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { MEETING, meetingMap } from '../schema';

/** A part of the board: 'column:worries', 'domain:harm', 'scale:safety', 'plan', 'draw:page-1', 'meeting'. */
export type FocusTarget = string;

const TARGET = /^(column|domain|scale|draw|house):[A-Za-z0-9_:-]{1,80}$|^(plan|meeting|network|map)$/;

/** True when `value` is a part of the board a screen can show. */
export function isFocusTarget(value: unknown): value is FocusTarget {
  return typeof value === 'string' && TARGET.test(value);
}

/** A "bring everyone here": where, by whom, when. */
export interface Summon {
  readonly target: FocusTarget;
  readonly at: number;
  readonly by: string;
}

/** Writes "bring everyone here" into the board: every screen turns to `target` once. */
export function summonEveryone(doc: Y.Doc, target: FocusTarget, by: string, now = Date.now(), origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!isFocusTarget(target)) throw new Error(`"${target}" is not a part of the board`);
  doc.transact(() => meetingMap(doc).set(MEETING.summon, { target, at: now, by }), origin);
}

/** The latest "bring everyone here", or null. */
export function readSummon(doc: Y.Doc): Summon | null {
  const s = meetingMap(doc).get(MEETING.summon) as Partial<Summon> | undefined;
  if (!s || !isFocusTarget(s.target) || typeof s.at !== 'number') return null;
  return { target: s.target, at: s.at, by: typeof s.by === 'string' ? s.by : '' };
}
