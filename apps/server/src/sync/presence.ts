/**
 * Presence (y-protocols awareness) checks. The awareness protocol lets any client write any
 * client's entry. The room binds each entry to the connection that first set it: entries for a
 * client id owned by another connection are dropped, and the `user.role` a client claims is
 * replaced by the role its link gave it.
 *
 * Wire format of an awareness update: varUint(count), then per entry varUint(clientID),
 * varUint(clock), varString(JSON state or "null").
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { PRESENCE_STATUS_FIELD } from '@kinboard/model';
import type { Role } from '../auth/roles';

export interface PresenceRules {
  /** True when this connection may write the entry of `clientId`. */
  mayWrite(clientId: number): boolean;
  readonly role: Role;
  /** The name the connection joined with, when the server knows it. */
  readonly name: string | null;
}

/**
 * Makes a client's state truthful: `user.role` (and `user.name`, when known) come from the
 * connection, and the server-only status field is removed.
 */
function rewriteState(json: string, rules: PresenceRules): string {
  if (json === 'null') return json;
  const state: unknown = JSON.parse(json);
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return 'null';
  delete (state as Record<string, unknown>)[PRESENCE_STATUS_FIELD];
  const user = (state as { user?: unknown }).user;
  if (typeof user === 'object' && user !== null && !Array.isArray(user)) {
    (user as { role?: unknown }).role = rules.role;
    if (rules.name !== null) (user as { name?: unknown }).name = rules.name;
  }
  return JSON.stringify(state);
}

/** Returns the update without entries this connection may not write, or null if none remain. */
export function sanitisePresence(update: Uint8Array, rules: PresenceRules): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (rules.mayWrite(clientId)) kept.push({ clientId, clock, state: rewriteState(state, rules) });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
