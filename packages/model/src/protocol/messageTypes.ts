/**
 * The message types on a board's socket, in one place: the y-websocket protocol's own (the first
 * varUint of every message) and Kinboard's extensions, which stock clients never receive unless
 * they ask (100) or send (101) them first.
 *
 *   0   sync: step 1, step 2 or update (the varUint after it, see `SyncKind`)
 *   1   awareness (presence) update
 *   2   auth (y-websocket reserves it; Kinboard never sends it)
 *   3   query awareness: "send me everyone's presence"
 *   100 "saved" acknowledgements (savedMessage.ts)
 *   101 blind-round requests and replies (roundMessage.ts)
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  saved: 100,
  round: 101,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** The kinds of a y-websocket sync message (the varUint after message type 0). */
export const SyncKind = { step1: 0, step2: 1, update: 2 } as const;
export type SyncKind = (typeof SyncKind)[keyof typeof SyncKind];
