/**
 * The presence of one board: who is here, their cursors and focus, and the server's own entry
 * with the board's status.
 *
 * Every entry belongs to the connection that first got it applied [A2], including an entry left
 * behind by a connection that has gone and is taken up again by the same client [A6]. A client id
 * stays the person's whose connection last owned it, so while they are away nobody else can take
 * their entry, and they get it back when they return [A8]. Entries are checked and made truthful
 * on the way in (presence.ts); changes go out at once in a calm room and gathered into one
 * message per window in a busy one (presencePacing.ts) [A4].
 */
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { MessageType, PRESENCE_STATUS_FIELD, type BoardStatus } from '@kinboard/model';
import type { Role } from '../auth/roles';
import { applyPresenceEntries, readPresenceUpdate } from './presence';
import { checkOwnedCount } from './presenceBounds';
import { PresencePacing } from './presencePacing';
import type { SyncSocket } from './SyncSocket';

/** Client ids remembered with the person who last owned them; the oldest are forgotten past this. */
const REMEMBERED_CLIENT_IDS = 4096;

/** What presence needs to know of a connection. */
export interface PresenceOwner {
  readonly role: Role;
  readonly name: string | null;
  readonly person: string;
  /** The presence entries (client ids) this connection owns. */
  readonly presenceIds: Set<number>;
  readonly socket: SyncSocket;
}

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly changed = new Set<number>();
  private flushScheduled = false;
  private readonly pacing = new PresencePacing();
  private closed = false;
  /** The connection whose entries `receive` is applying right now. */
  private applying: PresenceOwner | null = null;
  /** The person whose connection last owned each client id, oldest first [A8]. */
  private readonly personOf = new Map<number, string>();

  constructor(
    doc: Y.Doc,
    /** The connections on the board now. */
    private readonly owners: () => Iterable<PresenceOwner>,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Announces the board's status to everyone, as the server's own entry. */
  setStatus(status: BoardStatus): void {
    this.awareness.setLocalState({ [PRESENCE_STATUS_FIELD]: status });
  }

  /** True when nobody, the server included, has an entry. */
  get isEmpty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** A message with every entry. */
  everyone(): Uint8Array {
    return this.message([...this.awareness.getStates().keys()]);
  }

  /** Applies a presence update from `owner`, keeping only the entries it may write [A1][A2]; `reply` sends to `owner`. */
  receive(owner: PresenceOwner, update: Uint8Array, reply: (message: Uint8Array) => void): void {
    const entries = readPresenceUpdate(update, {
      role: owner.role,
      name: owner.name,
      person: owner.person,
      mayWrite: (clientId) => owner.presenceIds.has(clientId) || (!this.isOwned(clientId) && this.isFreeFor(clientId, owner.person)),
    });
    if (entries.length === 0) return;
    const taken = new Set(entries.filter((e) => e.state !== null && !owner.presenceIds.has(e.clientId)).map((e) => e.clientId));
    checkOwnedCount(owner.presenceIds.size + taken.size);
    // A client that comes back with the same client id still has the clock it left with, while
    // the removal of its old entry ([A3]) moved the clock here one step past it, so its entry
    // would be ignored as old. Telling it about that removal makes y-protocols on its side step
    // its clock past ours and send its entry again [A6].
    const superseded = entries.filter(({ clientId, clock, state }) => {
      const meta = this.awareness.meta.get(clientId);
      return state !== null && meta !== undefined && meta.clock >= clock && !this.awareness.states.has(clientId);
    });
    this.applying = owner;
    try {
      applyPresenceEntries(this.awareness, entries, owner);
    } finally {
      this.applying = null;
    }
    if (superseded.length > 0) reply(this.message(superseded.map((e) => e.clientId)));
  }

  /** Removes the entries of a connection that has left [A3]. */
  removeEntriesOf(owner: PresenceOwner): void {
    if (owner.presenceIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...owner.presenceIds], null);
  }

  destroy(): void {
    this.closed = true;
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  /** True unless another person's connection owned `clientId` last (while they are away it stays theirs) [A8]. */
  private isFreeFor(clientId: number, person: string): boolean {
    const last = this.personOf.get(clientId);
    return last === undefined || last === person;
  }

  private remember(clientId: number, person: string): void {
    this.personOf.delete(clientId);
    this.personOf.set(clientId, person);
    if (this.personOf.size > REMEMBERED_CLIENT_IDS) {
      const oldest = this.personOf.keys().next();
      if (!oldest.done) this.personOf.delete(oldest.value);
    }
  }

  private isOwned(clientId: number): boolean {
    if (clientId === this.awareness.clientID) return true;
    for (const owner of this.owners()) if (owner.presenceIds.has(clientId)) return true;
    return false;
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    // `receive` applies a connection's entries with that connection as the origin.
    const owner = this.applying === origin ? this.applying : null;
    // Every entry a connection got applied is its own [A2]: one it wrote first, or an entry left
    // behind by a connection that has gone, which y-protocols counts as updated, not added [A6].
    if (owner) {
      for (const id of [...added, ...updated]) {
        owner.presenceIds.add(id);
        this.remember(id, owner.person);
      }
    }
    for (const id of [...added, ...updated, ...removed]) this.changed.add(id);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // At once (after the rest of this turn's messages) unless a message went out lately [A4].
      const wait = this.pacing.delayAt(performance.now());
      if (wait === 0) setImmediate(this.flush);
      else setTimeout(this.flush, wait);
    }
  };

  /** Sends all presence changes gathered since the first one as one message. */
  private readonly flush = (): void => {
    this.flushScheduled = false;
    if (this.closed || this.changed.size === 0) return;
    const message = this.message([...this.changed]);
    this.changed.clear();
    this.pacing.sent(performance.now());
    this.broadcast(message);
  };

  private message(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
    return encoding.toUint8Array(encoder);
  }
}
