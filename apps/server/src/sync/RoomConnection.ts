/** One connection on a board, as its room keeps it: who it is, what it may do, and its state. */
import type { Role } from '../auth/roles';
import type { Limits } from '../config';
import { RateLimiter } from './RateLimiter';
import type { SyncSocket } from './SyncSocket';

export interface JoinOptions {
  readonly role: Role;
  /** For log lines: who this is, without secrets. */
  readonly label: string;
  /** The display name given when the ticket was issued, if any. */
  readonly name?: string | null;
  /** The person id the ticket carries: who this connection is on the board [B4][A5]. */
  readonly person: string;
}

export interface RoomConnection {
  readonly socket: SyncSocket;
  readonly role: Role;
  readonly label: string;
  readonly name: string | null;
  readonly person: string;
  readonly limiter: RateLimiter;
  /** The presence entries (client ids) this connection owns [A2]. */
  readonly presenceIds: Set<number>;
  wantsSavedAck: boolean;
  /** Its updates that refer to content not here yet, merged, and how many they are [R5]. */
  held: { update: Uint8Array; count: number } | null;
}

export function newConnection(socket: SyncSocket, options: JoinOptions, limits: Limits): RoomConnection {
  return {
    socket,
    role: options.role,
    label: options.label,
    name: options.name ?? null,
    person: options.person,
    limiter: new RateLimiter(limits.messagesPerSecond, limits.messageBurst),
    presenceIds: new Set(),
    wantsSavedAck: false,
    held: null,
  };
}

/** Updates one connection may have held back, waiting for what they refer to [R5]. */
export const MAX_HELD_UPDATES = 1000;
