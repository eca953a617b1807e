/**
 * Bounds on what a client may put in presence [A7]. Presence states are JSON that the server
 * parses, keeps, re-encodes for everyone every 15 ms and that every browser on the board parses
 * again, so a state is checked before it is parsed: its size, and how deeply its arrays and
 * objects nest (a 10 KB state nested a few thousand levels deep overflows the stack of
 * `JSON.stringify`). A connection also owns only a few entries: one per browser tab is the
 * normal case, so thousands of made-up people are refused.
 */
import { CloseCode } from '@kinboard/model';
import { ConnectionRefused } from './refusals';

export const PRESENCE_LIMITS = {
  /** Longest JSON text of one entry, in UTF-16 code units (a cursor, a selection and a name fit many times over). */
  maxEntryLength: 64 * 1024,
  /** Deepest nesting of arrays and objects in one entry (the drawing's cursor record needs about 5). */
  maxDepth: 16,
  /** Entries in one presence message. */
  maxEntriesPerMessage: 16,
  /** Different client ids one connection may ever own (a tab uses one). */
  maxEntriesPerConnection: 4,
} as const;

function refuse(reason: string): never {
  throw new ConnectionRefused(CloseCode.malformed, `presence: ${reason}`);
}

/**
 * How deeply the arrays and objects of a JSON text nest, read without parsing it; stops counting
 * once past `limit`. Brackets inside strings do not count.
 */
export function jsonDepth(json: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Parses one entry's JSON once it is known to be small and shallow enough; throws ConnectionRefused otherwise. */
export function parseBoundedState(json: string): unknown {
  if (json.length > PRESENCE_LIMITS.maxEntryLength) refuse(`an entry of ${json.length} characters`);
  if (jsonDepth(json, PRESENCE_LIMITS.maxDepth) > PRESENCE_LIMITS.maxDepth)
    refuse(`an entry nested deeper than ${PRESENCE_LIMITS.maxDepth}`);
  try {
    return JSON.parse(json);
  } catch {
    return refuse('an entry that is not JSON');
  }
}

/** Refuses a message with more entries than any client sends at once. */
export function checkEntryCount(count: number): void {
  if (count > PRESENCE_LIMITS.maxEntriesPerMessage) refuse(`${count} entries in one message`);
}

/** Refuses a connection that would own more entries than a tab needs. */
export function checkOwnedCount(owned: number): void {
  if (owned > PRESENCE_LIMITS.maxEntriesPerConnection) refuse(`${owned} entries for one connection`);
}
