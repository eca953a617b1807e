/**
 * Presence (y-protocols awareness) checks. The awareness protocol lets any client write any
 * client's entry. The room binds each entry to the connection that first set it: entries for a
 * client id owned by another connection are dropped, and the `user.role` and `user.id` a client
 * claims are replaced by the role its link gave it and the person id its ticket carries.
 *
 * Wire format of an awareness update: varUint(count), then per entry varUint(clientID),
 * varUint(clock), varString(JSON state or "null").
 */
import * as decoding from 'lib0/decoding';
import type * as awarenessProtocol from 'y-protocols/awareness';
import { PRESENCE_STATUS_FIELD } from '@kinboard/model';
import type { Role } from '../auth/roles';
import { checkEntryCount, parseBoundedState } from './presenceBounds';

export interface PresenceRules {
  /** True when this connection may write the entry of `clientId`. */
  mayWrite(clientId: number): boolean;
  readonly role: Role;
  /** The name the connection joined with, when the server knows it. */
  readonly name: string | null;
  /** The person id the connection's ticket carries. */
  readonly person: string;
}

/**
 * Makes a client's state truthful: `user.role`, `user.id` (and `user.name`, when known) come
 * from the connection, and the server-only status field is removed. Returns null for anything that is
 * not an object (a removal, or nonsense). Throws ConnectionRefused for a state too large or too deep
 * to parse safely (presenceBounds.ts).
 */
function truthfulState(json: string, rules: PresenceRules): Record<string, unknown> | null {
  if (json === 'null') return null;
  const state = parseBoundedState(json);
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  const record = state as Record<string, unknown>;
  delete record[PRESENCE_STATUS_FIELD];
  const user = record.user;
  if (typeof user === 'object' && user !== null && !Array.isArray(user)) {
    (user as { role?: unknown }).role = rules.role;
    (user as { id?: unknown }).id = rules.person;
    if (rules.name !== null) (user as { name?: unknown }).name = rules.name;
  }
  return record;
}

export interface PresenceEntry {
  readonly clientId: number;
  readonly clock: number;
  /** null removes the entry. */
  readonly state: Record<string, unknown> | null;
}

/** Reads a client's presence update, keeping only the entries this connection may write, made truthful. */
export function readPresenceUpdate(update: Uint8Array, rules: PresenceRules): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  checkEntryCount(count);
  const kept: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (rules.mayWrite(clientId)) kept.push({ clientId, clock, state: truthfulState(json, rules) });
  }
  return kept;
}

/**
 * Applies entries to the room's presence with the same clock rules as y-protocols'
 * `applyAwarenessUpdate`, but from states already parsed: each state is parsed once on the way in
 * and written once per event-loop turn on the way out [A4]. Emits only 'update' (the room's one
 * listener), with the same `{ added, updated, removed }` shape.
 */
export function applyPresenceEntries(awareness: awarenessProtocol.Awareness, entries: readonly PresenceEntry[], origin: unknown): void {
  const now = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const removed: number[] = [];
  for (const { clientId, clock, state } of entries) {
    const meta = awareness.meta.get(clientId);
    const currentClock = meta === undefined ? 0 : meta.clock;
    if (!(currentClock < clock || (currentClock === clock && state === null && awareness.states.has(clientId)))) continue;
    if (state === null) awareness.states.delete(clientId);
    else awareness.states.set(clientId, state);
    awareness.meta.set(clientId, { clock, lastUpdated: now });
    if (meta === undefined && state !== null) added.push(clientId);
    else if (meta !== undefined && state === null) removed.push(clientId);
    else if (state !== null) updated.push(clientId);
  }
  if (added.length > 0 || updated.length > 0 || removed.length > 0) {
    awareness.emit('update', [{ added, updated, removed }, origin]);
  }
}
