/**
 * What this browser keeps about a board. The server stores only hashes of link secrets, so the
 * participant and viewer links can be shown again only where this tab saw them: when the board
 * was made, or when the facilitator replaced a link. They are kept for the tab's life only
 * (sessionStorage), never across browser restarts.
 */
import type { Role } from '../api/roles';

const LINKS_PREFIX = 'kinboard.links.';

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export type KnownLinks = Partial<Record<Role, string>>;

export function knownLinks(boardId: string): KnownLinks {
  try {
    const raw = session()?.getItem(LINKS_PREFIX + boardId);
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (!parsed || typeof parsed !== 'object') return {};
    const links: KnownLinks = {};
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const link = (parsed as Record<string, unknown>)[role];
      if (typeof link === 'string') links[role] = link;
    }
    return links;
  } catch {
    return {};
  }
}

/** Remembers links of a board for this tab (e.g. right after making the board or replacing one). */
export function rememberLinks(boardId: string, links: KnownLinks): void {
  try {
    session()?.setItem(LINKS_PREFIX + boardId, JSON.stringify({ ...knownLinks(boardId), ...links }));
  } catch {
    // Not remembered: the facilitator can replace a link to see a new one.
  }
}

/** Removes every key this browser keeps that names the board, in local and session storage. */
export function forgetBoard(boardId: string): void {
  for (const store of [session(), local()]) {
    if (!store) continue;
    try {
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
        (k): k is string => k !== null && k.includes(boardId),
      );
      for (const key of keys) store.removeItem(key);
    } catch {
      // Storage refused: nothing more can be done from here.
    }
  }
}
