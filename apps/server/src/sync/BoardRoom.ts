/**
 * One board in memory: its Y.Doc, its presence, and the connections on it.
 *
 * The exchange (y-websocket protocol, see SPEC.md):
 *  - on join the room sends sync step 1 and the current presence;
 *  - a client's sync step 1 is answered with sync step 2 (what the client lacks);
 *  - a client's sync step 2 or update is applied; whatever it really changed is stored
 *    [P1], then sent to every other connection [P2], then acknowledged to a sender that
 *    subscribed to "saved" messages [P3]. Changes applied in one event-loop turn are stored in
 *    one transaction and sent as one message [P7]; nothing applied but unsaved is ever sent,
 *    so every sync step 1 and server change first flushes what is pending;
 *  - presence updates are checked (presence.ts), applied, and forwarded once per event-loop turn.
 * A message that breaks a rule or cannot be decoded closes that connection only [L1].
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  CloseCode,
  MESSAGE_ROUND,
  MESSAGE_SAVED,
  ModelError,
  SERVER_CHANGE,
  STORAGE_CHANGE,
  UNKNOWN_STATUS,
  encodeRoundMessage,
  encodeSavedAck,
  readRoundMessageText,
  readSavedSubscribe,
  type BoardStatus,
} from '@kinboard/model';
import { canWrite, type Role } from '../auth/roles';
import type { Limits } from '../config';
import type { BoardStore } from '../storage/BoardStore';
import { handleRoundRequest } from './blindRounds';
import { isNoopUpdate } from './isNoopUpdate';
import { StoredBoardDocument } from './StoredBoardDocument';
import { RoomPresence } from './RoomPresence';
import { RateLimiter } from './RateLimiter';
import { ConnectionRefused, StorageFailed, reasonText } from './refusals';
import type { SyncSocket } from './SyncSocket';
import { checkWrite } from './writePolicy';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
/** A peer that leaves this much unsent is not reading; it is dropped rather than buffered. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export interface JoinOptions {
  readonly role: Role;
  /** For log lines: who this is, without secrets. */
  readonly label: string;
  /** The display name given when the ticket was issued, if any. */
  readonly name?: string | null;
  /** The person id the ticket carries: who this connection is on the board [B4][A5]. */
  readonly person: string;
}

interface Connection {
  readonly socket: SyncSocket;
  readonly role: Role;
  readonly label: string;
  readonly name: string | null;
  readonly person: string;
  readonly limiter: RateLimiter;
  readonly presenceIds: Set<number>;
  wantsSavedAck: boolean;
}

export interface RoomOptions {
  readonly limits: Limits;
  readonly compactAfterUpdates: number;
  readonly log: (line: string) => void;
  /** Called when the last connection has left. */
  readonly onEmpty: (room: BoardRoom) => void;
}

export class BoardRoom {
  private readonly presence: RoomPresence;
  private readonly board: StoredBoardDocument;
  /** The board's document; `doc` hands it out once the stored content is in it. */
  private readonly ydoc: Y.Doc;
  /** Joined while the stored snapshot was still waiting: owed the server's sync step 1 once it is applied. */
  private readonly step1Owed = new Set<Connection>();
  private readonly connections = new Map<SyncSocket, Connection>();
  /** Updates applied by the message being handled, waiting to be queued. */
  private readonly applied: Uint8Array[] = [];
  /** Applied updates not yet stored, with the socket each came from (null: the server). */
  private readonly unsaved: { update: Uint8Array; from: SyncSocket | null }[] = [];
  /** Connections owed a "saved" message once the unsaved updates are stored. */
  private readonly ackOwed = new Set<Connection>();
  private flushScheduled = false;
  private storedBytes: number;
  private lastSeq: number;
  private updatesSinceSnapshot: number;
  private closed = false;
  private status: BoardStatus = UNKNOWN_STATUS;
  /** True after a storage failure: the room must be reloaded before anyone uses it again. */
  broken = false;

  constructor(
    readonly boardId: string,
    private readonly store: BoardStore,
    private readonly options: RoomOptions,
  ) {
    const stored = store.loadDocument(boardId);
    this.board = new StoredBoardDocument(stored);
    this.ydoc = this.board.doc;
    this.presence = new RoomPresence(this.ydoc, () => this.connections.values(), (message) => this.broadcast(message, null));
    this.storedBytes = stored.bytes;
    this.lastSeq = stored.lastSeq;
    this.updatesSinceSnapshot = stored.updates.length;
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== STORAGE_CHANGE) this.applied.push(update);
    });
    if (!this.board.deferred) this.migrate();
  }

  /** The board's document, with everything stored in it (applying a waiting snapshot first). */
  get doc(): Y.Doc {
    this.ensureLoaded();
    return this.ydoc;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Adds a connection and starts the sync. False when the board is full (the socket is closed). */
  join(socket: SyncSocket, options: JoinOptions): boolean {
    const { limits } = this.options;
    if (this.closed) {
      socket.close(CloseCode.serverRestarting, 'board unloading');
      return false;
    }
    if (this.connections.size >= limits.maxConnectionsPerBoard) {
      this.options.log(`refused board=${this.boardId} who=${options.label} reason=board_full`);
      socket.close(CloseCode.boardFull, 'board full');
      return false;
    }
    this.connections.set(socket, {
      socket,
      role: options.role,
      label: options.label,
      name: options.name ?? null,
      person: options.person,
      limiter: new RateLimiter(limits.messagesPerSecond, limits.messageBurst),
      presenceIds: new Set(),
      wantsSavedAck: false,
    });
    // While the stored snapshot waits, the server's own step 1 follows once it is applied [P4].
    const connection = this.connections.get(socket)!;
    if (this.board.deferred) this.step1Owed.add(connection);
    else socket.send(this.step1Message());
    if (!this.presence.isEmpty) socket.send(this.presence.everyone());
    return true;
  }

  /**
   * Applies a stored snapshot that was waiting, migrates it, and sends the server's sync step 1
   * to everyone who joined meanwhile. Throws StorageFailed (having closed the board [S1]) when
   * the stored bytes cannot be applied.
   */
  private ensureLoaded(): void {
    if (!this.board.deferred) return;
    try {
      this.board.load();
    } catch (error) {
      this.failStorage(error, 'load');
      throw new StorageFailed();
    }
    this.migrate();
    const step1 = this.step1Message();
    for (const connection of this.step1Owed) if (connection.socket.isOpen) connection.socket.send(step1);
    this.step1Owed.clear();
  }

  /** Brings an older board up to the current schema; the change is stored and sent like any server change. */
  private migrate(): void {
    this.changeDocument(() => this.board.migrate(SERVER_CHANGE));
  }

  private step1Message(): Uint8Array {
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, this.ydoc);
    return encoding.toUint8Array(step1);
  }

  /** Handles one raw message from a connection. Never throws. */
  receive(socket: SyncSocket, data: Uint8Array): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    try {
      if (data.byteLength > this.options.limits.maxMessageBytes) {
        throw new ConnectionRefused(CloseCode.messageTooLarge, `message of ${data.byteLength} bytes`);
      }
      if (!connection.limiter.take()) throw new ConnectionRefused(CloseCode.tooManyMessages, 'message rate');
      this.handle(connection, data);
    } catch (error) {
      this.applied.length = 0;
      if (error instanceof StorageFailed || this.broken) return;
      const code = error instanceof ConnectionRefused ? error.code : CloseCode.malformed;
      const reason = error instanceof Error ? error.message : String(error);
      this.options.log(`closed board=${this.boardId} who=${connection.label} code=${code} reason=${JSON.stringify(reason.slice(0, 120))}`);
      this.leave(socket);
      socket.close(code, reasonText(code));
    }
  }

  /** Removes a connection and its presence. */
  leave(socket: SyncSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.connections.delete(socket);
    this.step1Owed.delete(connection);
    this.presence.removeEntriesOf(connection);
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  /** Closes every connection with `code` (e.g. on shutdown or deletion). */
  closeAll(code: number, reason: string): void {
    for (const socket of [...this.connections.keys()]) {
      this.leave(socket);
      socket.close(code, reason);
    }
  }

  /** Announces the board's status to everyone, as the server's own presence entry. */
  setStatus(status: BoardStatus): void {
    this.status = status;
    this.presence.setStatus(status);
  }

  /** Who is connected: the person, role and name each connection was given. */
  people(): { person: string; role: Role; name: string | null }[] {
    return [...this.connections.values()].map((c) => ({ person: c.person, role: c.role, name: c.name }));
  }

  /** Closes every connection of one person (and nobody else's); returns how many. */
  closePerson(person: string, code: number, reason: string): number {
    let closed = 0;
    for (const connection of [...this.connections.values()]) {
      if (connection.person !== person) continue;
      this.leave(connection.socket);
      connection.socket.close(code, reason);
      closed++;
    }
    return closed;
  }

  /** Closes every connection that joined with `role`. */
  closeRole(role: Role, code: number, reason: string): void {
    for (const connection of [...this.connections.values()]) {
      if (connection.role !== role) continue;
      this.leave(connection.socket);
      connection.socket.close(code, reason);
    }
  }

  /** Closes the connection that owns presence entry `clientId`; returns who it was. */
  removePerson(clientId: number, code: number): { person: string; name: string | null; role: Role } | null {
    for (const connection of this.connections.values()) {
      if (!connection.presenceIds.has(clientId)) continue;
      this.options.log(`removed board=${this.boardId} who=${connection.label}`);
      this.leave(connection.socket);
      connection.socket.close(code, 'removed');
      return { person: connection.person, name: connection.name, role: connection.role };
    }
    return null;
  }

  /** Stores what is pending, then frees the document. The room must not be used afterwards. */
  destroy(): void {
    // Leave one snapshot behind, so the next load reads one row instead of many [P6]. A failure
    // is logged by failStorage; the stored updates still hold everything that was acknowledged.
    if (this.flushWrites() && this.updatesSinceSnapshot > 0) this.compact();
    this.closed = true;
    this.presence.destroy();
    this.ydoc.destroy();
  }

  private handle(connection: Connection, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        this.handleSync(connection, decoder);
        return;
      case MESSAGE_AWARENESS:
        this.presence.receive(connection, decoding.readVarUint8Array(decoder));
        return;
      case MESSAGE_QUERY_AWARENESS:
        connection.socket.send(this.presence.everyone());
        return;
      case MESSAGE_SAVED:
        connection.wantsSavedAck = readSavedSubscribe(decoder);
        return;
      case MESSAGE_ROUND: {
        const text = readRoundMessageText(decoder);
        let reply: ReturnType<typeof handleRoundRequest>;
        try {
          reply = handleRoundRequest(
            text,
            { role: connection.role, mayWrite: this.mayWrite(connection), person: connection.person, name: connection.name },
            this.boardId,
            this.doc,
            this.store,
            (change) => this.changeDocument(change),
          );
        } catch (error) {
          // Past the model's own checks, what throws here is the store holding answers [B5].
          if (error instanceof StorageFailed || error instanceof ModelError) throw error;
          this.failStorage(error, 'held answer');
          throw new StorageFailed();
        }
        connection.socket.send(encodeRoundMessage(reply));
        return;
      }
      default:
        throw new ConnectionRefused(CloseCode.malformed, `unknown message type ${type}`);
    }
  }

  private handleSync(connection: Connection, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      if (this.board.deferred) {
        // Answered from the stored snapshot itself, then the snapshot is applied [P4].
        encoding.writeVarUint(reply, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(reply, this.board.contentFor(stateVector));
        connection.socket.send(encoding.toUint8Array(reply));
        this.ensureLoaded();
        return;
      }
      // The reply carries document content: everything in it must be stored first [P1].
      if (!this.flushWrites()) throw new StorageFailed();
      syncProtocol.writeSyncStep2(reply, this.ydoc, stateVector);
      connection.socket.send(encoding.toUint8Array(reply));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new ConnectionRefused(CloseCode.malformed, `unknown sync message ${kind}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (!this.mayWrite(connection)) {
      if (isNoopUpdate(this.doc, update)) return;
      throw new ConnectionRefused(CloseCode.readOnly, this.status.locked ? 'change while locked' : 'viewer sent a change');
    }
    if (this.storedBytes + update.byteLength > this.options.limits.maxBoardBytes) {
      throw new ConnectionRefused(CloseCode.boardTooLarge, 'board size limit');
    }
    // Decode all of it before applying any of it: Y.applyUpdate integrates the structs before it
    // reads the delete set, so an update that breaks half-way would leave its first half in the
    // document, neither stored nor sent on [L1][P1]. Throws on such bytes (closed with 4400).
    const decoded = Y.decodeUpdate(update);
    // Facilitators may change anything, so only others pay for working out where a change lands [R3].
    if (connection.role !== 'facilitator') {
      const decision = checkWrite(this.doc, decoded, connection);
      if (!decision.allowed) throw new ConnectionRefused(CloseCode.facilitatorOnly, decision.reason);
    }
    Y.applyUpdate(this.doc, update, connection);
    for (const change of this.applied.splice(0)) {
      this.unsaved.push({ update: change, from: connection.socket });
      this.storedBytes += change.byteLength;
    }
    if (connection.wantsSavedAck) this.ackOwed.add(connection);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // flushWrites never throws: a failure closes this board's connections, never the server [S1].
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushWrites();
    });
  }

  /**
   * Stores every applied-but-unsaved update in one transaction, then sends them on as one
   * message, then tells waiting senders they are saved [P1][P2][P3][P7]; compacts when due [P6].
   * Returns false when storage failed: then nothing unsaved was sent or acknowledged, and every
   * connection has been closed [S1].
   */
  flushWrites(): boolean {
    if (this.broken) return false;
    if (this.unsaved.length === 0 && this.ackOwed.size === 0) return true;
    const batch = this.unsaved.splice(0);
    if (batch.length > 0) {
      try {
        this.lastSeq = this.store.appendUpdates(this.boardId, batch.map((b) => b.update));
      } catch (error) {
        this.failStorage(error, 'append');
        return false;
      }
      this.updatesSinceSnapshot += batch.length;
      const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, MESSAGE_SYNC);
      syncProtocol.writeUpdate(message, merged);
      // A sender needs nothing back when the whole message is its own.
      const soleSender = batch.every((b) => b.from === batch[0]!.from) ? batch[0]!.from : null;
      this.broadcast(encoding.toUint8Array(message), soleSender);
    }
    if (this.ackOwed.size > 0) {
      const ack = encodeSavedAck(Y.encodeStateVector(this.doc));
      for (const connection of this.ackOwed) if (connection.socket.isOpen) connection.socket.send(ack);
      this.ackOwed.clear();
    }
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) return this.compact();
    return true;
  }

  private mayWrite(connection: Connection): boolean {
    return canWrite(connection.role) && (!this.status.locked || connection.role === 'facilitator');
  }

  /**
   * A change the server makes itself: applied, stored and sent to everyone like a person's, at
   * once. Throws when it could not be stored (the room has then closed every connection [S1]).
   */
  changeDocument(change: (doc: Y.Doc) => void): void {
    if (this.broken) throw new StorageFailed();
    this.doc.transact(() => change(this.doc), SERVER_CHANGE);
    for (const update of this.applied.splice(0)) {
      this.unsaved.push({ update, from: null });
      this.storedBytes += update.byteLength;
    }
    if (!this.flushWrites()) throw new StorageFailed();
  }

  /**
   * The store failed: close every connection on this board with 1011 and keep the server up [S1].
   * The document in memory may now hold changes that are not on disk, so nothing unsaved is sent
   * or acknowledged; the room is dropped and the next connection reloads it from storage, while
   * every client resends what it has.
   */
  private failStorage(error: unknown, during: 'append' | 'compaction' | 'held answer' | 'load'): void {
    if (this.broken) return;
    const message = error instanceof Error ? error.message : String(error);
    this.options.log(`storage failure board=${this.boardId} during=${during} code=1011: ${JSON.stringify(message.slice(0, 200))}`);
    this.broken = true;
    this.unsaved.length = 0;
    this.ackOwed.clear();
    this.closeAll(CloseCode.storageFailure, 'storage failure');
  }

  /** Folds the stored updates into one snapshot of the in-memory document; false when storage failed [P6][S1]. */
  private compact(): boolean {
    if (this.unsaved.length > 0 && !this.flushWrites()) return false;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      this.store.compact(this.boardId, snapshot, this.lastSeq);
    } catch (error) {
      this.failStorage(error, 'compaction');
      return false;
    }
    this.storedBytes = snapshot.byteLength;
    this.updatesSinceSnapshot = 0;
    return true;
  }

  private broadcast(message: Uint8Array, except: SyncSocket | null): void {
    for (const connection of this.connections.values()) {
      const socket = connection.socket;
      if (socket === except || !socket.isOpen) continue;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        this.options.log(`closed board=${this.boardId} who=${connection.label} reason=not_reading`);
        this.leave(socket);
        socket.close(1013, 'not reading');
        continue;
      }
      socket.send(message);
    }
  }
}
