/**
 * One board in memory: its Y.Doc, its presence, and the connections on it. The exchange
 * (y-websocket protocol, see SPEC.md):
 *  - on join the room sends sync step 1 and the current presence;
 *  - a client's sync step 1 is answered with sync step 2 (what the client lacks);
 *  - a client's sync step 2 or update is applied; whatever it really changed is stored
 *    [P1], then sent to every other connection [P2], then acknowledged to a sender that
 *    subscribed to "saved" messages [P3] (WriteThrough.ts stores, sends and acknowledges);
 *  - an update is judged against the board as it will be once what it depends on has arrived
 *    (writePolicy.ts): one that refers to content not here yet is held back for its connection
 *    and judged again with what that connection sends next [R5];
 *  - applying an update is all-or-nothing: if Yjs throws half-way, the document is thrown away
 *    and reloaded from storage, and nothing of that update is stored or sent [L3];
 *  - presence updates are checked (presence.ts), applied, and forwarded (RoomPresence.ts).
 * A message that breaks a rule or cannot be decoded closes that connection only [L1]; every message
 * to a connection counts against one send-buffer limit [L4].
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  CloseCode,
  MessageType,
  SERVER_CHANGE,
  STORAGE_CHANGE,
  UNKNOWN_STATUS,
  encodeRoundMessage,
  readRoundMessageText,
  readSavedSubscribe,
  type BoardStatus,
} from '@kinboard/model';
import { canWrite, type Role } from '../auth/roles';
import type { Limits } from '../config';
import type { DocumentStore, HeldAnswerStore, StoredDocument } from '../storage/BoardStore';
import { handleRoundRequest, settleRound } from './blindRounds';
import { isNoopUpdate } from './isNoopUpdate';
import { StoredBoardDocument } from './StoredBoardDocument';
import { syncStep1Message } from './syncStep1Message';
import { RoomPresence } from './RoomPresence';
import { MAX_HELD_UPDATES, newConnection, type JoinOptions, type RoomConnection } from './RoomConnection';
import { ConnectionRefused, StorageFailed, reasonText } from './refusals';
import type { SyncSocket } from './SyncSocket';
import { checkWrite } from './writePolicy';
import { WriteThrough } from './WriteThrough';

export type { JoinOptions } from './RoomConnection';

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
  private readonly step1Owed = new Set<RoomConnection>();
  private readonly connections = new Map<SyncSocket, RoomConnection>();
  /** Updates applied by the message being handled, waiting to be queued. */
  private readonly applied: Uint8Array[] = [];
  private readonly writes: WriteThrough<SyncSocket>;
  private closed = false;
  private status: BoardStatus = UNKNOWN_STATUS;
  private rounds = Promise.resolve();

  constructor(
    readonly boardId: string,
    private readonly store: DocumentStore & HeldAnswerStore,
    stored: StoredDocument,
    private readonly options: RoomOptions,
  ) {
    this.board = new StoredBoardDocument(stored);
    this.ydoc = this.board.doc;
    this.presence = new RoomPresence(
      this.ydoc,
      () => this.connections.values(),
      (message) => this.broadcast(message, null),
    );
    this.writes = new WriteThrough(boardId, store, this.ydoc, stored, {
      compactAfterUpdates: options.compactAfterUpdates,
      log: options.log,
      broadcast: (message, except) => this.broadcast(message, except),
      acknowledge: (sockets, ack) => {
        for (const socket of sockets) {
          const connection = this.connections.get(socket);
          if (connection) this.send(connection, ack);
        }
      },
      onFailure: () => this.closeAll(CloseCode.storageFailure, 'storage failure'),
    });
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

  /** True after a storage failure or a discarded document: the room must be reloaded before anyone uses it again. */
  get broken(): boolean {
    return this.writes.broken;
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
    const connection = newConnection(socket, options, limits);
    this.connections.set(socket, connection);
    // While the stored snapshot waits, the server's own step 1 follows once it is applied [P4].
    if (this.board.deferred) this.step1Owed.add(connection);
    else this.send(connection, syncStep1Message(this.ydoc));
    if (!this.presence.isEmpty) this.send(connection, this.presence.everyone());
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
      this.writes.fail(error, 'load');
      throw new StorageFailed();
    }
    this.migrate();
    const step1 = syncStep1Message(this.ydoc);
    for (const connection of this.step1Owed) this.send(connection, step1);
    this.step1Owed.clear();
  }

  /** Brings an older board up to the current schema; the change is stored and sent like any server change (a failure has closed the board [S1]). */
  private readonly migrate = (): void => void this.changeDocument(() => this.board.migrate(SERVER_CHANGE)).catch(() => {});

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
    this.closeWhere(() => true, code, reason);
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
    return this.closeWhere((c) => c.person === person, code, reason);
  }

  /** Closes every connection that joined with `role`. */
  closeRole(role: Role, code: number, reason: string): void {
    this.closeWhere((c) => c.role === role, code, reason);
  }

  private closeWhere(which: (connection: RoomConnection) => boolean, code: number, reason: string): number {
    const closing = [...this.connections.values()].filter(which);
    for (const connection of closing) {
      this.leave(connection.socket);
      connection.socket.close(code, reason);
    }
    return closing.length;
  }

  /** Closes the connection that owns presence entry `clientId`; returns who it was. */
  removePerson(clientId: number, code: number): { person: string; name: string | null; role: Role } | null {
    const connection = [...this.connections.values()].find((c) => c.presenceIds.has(clientId));
    if (!connection) return null;
    this.options.log(`removed board=${this.boardId} who=${connection.label}`);
    this.closeWhere((c) => c === connection, code, 'removed');
    return { person: connection.person, name: connection.name, role: connection.role };
  }

  /** Stores what is pending, then frees the document. The room must not be used afterwards. */
  async destroy(): Promise<void> {
    this.closed = true;
    // Leave one snapshot behind, so the next load reads one row instead of many [P6].
    await this.writes.unload();
    this.presence.destroy();
    this.ydoc.destroy();
  }

  private handle(connection: RoomConnection, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        this.handleSync(connection, decoder);
        return;
      case MessageType.awareness:
        this.presence.receive(connection, decoding.readVarUint8Array(decoder), (reply) => this.send(connection, reply));
        return;
      case MessageType.queryAwareness:
        this.send(connection, this.presence.everyone());
        return;
      case MessageType.saved:
        connection.wantsSavedAck = readSavedSubscribe(decoder);
        return;
      case MessageType.round:
        this.queueRound(connection, readRoundMessageText(decoder));
        return;
      default:
        throw new ConnectionRefused(CloseCode.malformed, `unknown message type ${type}`);
    }
  }

  /** Queues a blind-round request: one at a time, each answered once what it changed is stored [AS3]. */
  private queueRound(connection: RoomConnection, text: string): void {
    const asker = { role: connection.role, mayWrite: this.mayWrite(connection), person: connection.person, name: connection.name };
    const change = (c: (doc: Y.Doc) => void) => this.changeDocument(c);
    this.rounds = this.rounds.then(async () => {
      if (this.broken || !this.connections.has(connection.socket)) return;
      const outcome = await settleRound(() => handleRoundRequest(text, asker, this.boardId, this.doc, this.store, change));
      if (this.broken) return;
      if (outcome.reply) this.send(connection, encodeRoundMessage(outcome.reply));
      // A request the model refuses closes that connection only [L1]; a store failing to hold answers closes the board [B5].
      else if (outcome.malformed) this.closeWhere((c) => c === connection, CloseCode.malformed, reasonText(CloseCode.malformed));
      else this.writes.fail(outcome.error, 'held answer');
    });
  }

  private handleSync(connection: RoomConnection, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MessageType.sync);
      if (this.board.deferred) {
        // Answered from the stored snapshot itself, then the snapshot is applied [P4].
        encoding.writeVarUint(reply, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(reply, this.board.contentFor(stateVector));
        this.send(connection, encoding.toUint8Array(reply));
        this.ensureLoaded();
        return;
      }
      // The reply carries document content: it goes once everything in it is stored [P1][AS1].
      syncProtocol.writeSyncStep2(reply, this.ydoc, stateVector);
      const message = encoding.toUint8Array(reply);
      void this.writes.flush(() => this.send(connection, message));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new ConnectionRefused(CloseCode.malformed, `unknown sync message ${kind}`);
    }
    const sent = decoding.readVarUint8Array(decoder);
    if (!this.mayWrite(connection)) {
      if (isNoopUpdate(this.doc, sent)) return;
      throw new ConnectionRefused(CloseCode.readOnly, this.status.locked ? 'change while locked' : 'viewer sent a change');
    }
    // What this connection held back is judged again together with what it sends now [R5].
    const held = connection.held;
    const update = held ? Y.mergeUpdates([held.update, sent]) : sent;
    if (this.writes.storedBytes + update.byteLength > this.options.limits.maxBoardBytes) {
      throw new ConnectionRefused(CloseCode.boardTooLarge, 'board size limit');
    }
    // Decoded whole before any of it is applied; bytes that break half-way throw here (4400) [L1].
    const decision = checkWrite(this.doc, Y.decodeUpdate(update), connection);
    if (decision.waiting) {
      const count = (held?.count ?? 0) + 1;
      if (count > MAX_HELD_UPDATES || update.byteLength > this.options.limits.maxMessageBytes) {
        throw new ConnectionRefused(CloseCode.malformed, 'updates wait for content that never came');
      }
      connection.held = { update, count };
      return;
    }
    if (!decision.allowed) throw new ConnectionRefused(decision.code, decision.reason);
    connection.held = null;
    this.applyWhole(connection, update);
    this.writes.add(this.applied.splice(0), connection.socket);
    if (connection.wantsSavedAck) this.writes.owe(connection.socket);
    this.writes.schedule();
  }

  /**
   * Applies an update all or nothing [L3]. When Yjs throws half-way (content it cannot take,
   * such as a deletion deeper than its recursion can go), the document may hold part of it: what
   * came before it is stored, then the document is thrown away, the sender closed with 4400,
   * everyone else with 4500 (reconnect), and the next connection reloads the board from storage.
   */
  private applyWhole(connection: RoomConnection, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.ydoc, update, connection);
    } catch (error) {
      this.applied.length = 0;
      // What came before is still committed; nothing of this update is.
      void this.writes.flush();
      this.writes.discard();
      const reason = error instanceof Error ? error.message : String(error);
      this.options.log(
        `discarded board=${this.boardId} who=${connection.label} code=${CloseCode.malformed} reason=${JSON.stringify(`update could not be applied: ${reason}`.slice(0, 120))}`,
      );
      this.leave(connection.socket);
      connection.socket.close(CloseCode.malformed, reasonText(CloseCode.malformed));
      this.closeAll(CloseCode.boardReloaded, 'board reloaded');
      throw new StorageFailed();
    }
  }

  private mayWrite(connection: RoomConnection): boolean {
    return canWrite(connection.role) && (!this.status.locked || connection.role === 'facilitator');
  }

  /**
   * A change the server makes itself, applied at once, stored and sent like a person's. Resolves once
   * stored (with no change: once all applied is); rejects with StorageFailed, every connection closed [S1].
   */
  async changeDocument(change: (doc: Y.Doc) => void): Promise<void> {
    if (this.broken) throw new StorageFailed();
    this.doc.transact(() => change(this.doc), SERVER_CHANGE);
    this.writes.add(this.applied.splice(0), null);
    if (!(await this.writes.flush())) throw new StorageFailed();
  }

  private broadcast(message: Uint8Array, except: SyncSocket | null): void {
    // `send` may drop a connection that is not reading; iterating a Map survives deletions.
    for (const connection of this.connections.values()) {
      if (connection.socket !== except) this.send(connection, message);
    }
  }

  /**
   * Sends `message` unless the connection has stopped reading: when more than
   * `maxSendBufferBytes` already waits for it (replies, broadcasts and presence alike), it is
   * closed with 1013 instead of buffered further [L4].
   */
  private send(connection: RoomConnection, message: Uint8Array): void {
    const socket = connection.socket;
    if (!socket.isOpen) return;
    if (socket.bufferedAmount > this.options.limits.maxSendBufferBytes) {
      this.options.log(`closed board=${this.boardId} who=${connection.label} code=${CloseCode.notReading} reason=not_reading`);
      this.leave(socket);
      socket.close(CloseCode.notReading, 'not reading');
      return;
    }
    socket.send(message);
  }
}
