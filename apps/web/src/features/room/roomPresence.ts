/**
 * What room screens and the chair tell each other through presence, never through the board:
 * how many pages each room screen made of what it shows (pages depend on the screen's size, so
 * the chair's "1 of 3" comes from the screens), and the join link while the chair shows the join
 * code (a link is a secret: it is never written into the board, and it leaves presence when the
 * chair stops showing it or leaves). Only a facilitator's join link counts (the server sets
 * roles, SPEC A1).
 */
import type { PresenceStates } from '../../hooks/useAwarenessView';

/** A room screen's `{ key, pages }`: how many pages it made of the showing named `key`. */
export const ROOM_PAGES_FIELD = 'roomPages';
/** The link the chair lets the room screen show as a QR code. */
export const ROOM_JOIN_FIELD = 'roomJoin';

/** The most pages any room screen made of the showing `key`, or null when no room screen said. */
export function roomPageCount(states: PresenceStates, key: string): number | null {
  let most: number | null = null;
  for (const state of states.values()) {
    const said = state[ROOM_PAGES_FIELD] as { key?: unknown; pages?: unknown } | undefined;
    if (!said || said.key !== key || typeof said.pages !== 'number' || !Number.isInteger(said.pages) || said.pages < 1) continue;
    most = Math.max(most ?? 0, Math.min(said.pages, 999));
  }
  return most;
}

/** The join link a facilitator here is showing, if any. */
export function chairJoinLink(states: PresenceStates): string | null {
  for (const state of states.values()) {
    const user = state.user as { role?: unknown } | undefined;
    const link = state[ROOM_JOIN_FIELD];
    if (user?.role !== 'facilitator' || typeof link !== 'string' || link.length > 2000) continue;
    try {
      const url = new URL(link);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not a link: ignored.
    }
  }
  return null;
}
