/**
 * One person's live link to one board: a Y.Doc kept in step with the server over y-websocket.
 *
 * Every (re)connect starts with a fresh ticket from `POST /api/tickets`, so the provider's own
 * reconnect loop is switched off after each close and this class runs its own: fetch a ticket
 * (with backoff while the network or server is unwell), put it in the provider's params, connect.
 * A refused link (401/404) or a final close code stops for good with plain words; a 404 for a
 * board this device has already shown means it was deleted while the device was away. A change
 * refused because the facilitator locked the board (4403 for a non-viewer) waits for the unlock
 * and then reconnects, keeping the changes; 4429 pauses longer, then reconnects (closeOutcome.ts).
 * After each open the client subscribes to the server's "saved" acknowledgements and, after a
 * deletion or a reconnect, sends a save check; SavedChanges turns both into "everything is on
 * disk". While something is not, leaving the page asks the browser's "leave site?" question.
 *
 * Edits keep working offline: the Y.Doc stays in memory and the provider sends what is missing
 * when the next connection syncs.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import {
  CLOSE_REASON_TEXT,
  CloseCode,
  MESSAGE_SAVED,
  SyncKind,
  encodeSaveCheck,
  encodeSavedSubscribe,
  peekSyncKind,
  readSavedAck,
} from '@kinboard/model';
import { BOARD_GONE_TEXT, LINK_REFUSED_TEXT, ticketRequest, type TicketAsk, type TicketResult } from '../api/ticketRequest';
import type { Role } from '../api/roles';
import { backoffDelay, wait } from '../lib/backoff';
import { boardCredential, forgetBoardIdentity, lobbyRequest, rememberBoardCredential, rememberLobbyRequest } from '../lib/deviceMemory';
import { personColour } from '../lib/personColour';
import { closeOutcome } from './closeOutcome';
import { INITIAL_CONNECTION_STATE, LOCKED_OUT_TEXT, type ConnectionState } from './connectionState';
import { lockStatusRequest, type LockStatus } from './lockStatusRequest';
import { SavedChanges } from './savedChanges';

export interface BoardConnectionOptions {
  readonly boardId: string;
  readonly secret: string;
  /** The name this person gave on this device (a personal link's name, set by the chair, wins). */
  readonly name: string;
  /** Where the sync socket lives; defaults to this page's origin. */
  readonly syncUrl?: string;
  readonly requestTicket?: (boardId: string, secret: string, ask: TicketAsk) => Promise<TicketResult>;
  readonly requestLockStatus?: (boardId: string, secret: string) => Promise<LockStatus>;
}

/** How long after a deletion the save check goes out, so a run of deletions shares one. */
const SAVE_CHECK_DELAY_MS = 250;
const MESSAGE_SYNC = 0;
/** After 4429 the next try waits at least this back-off step (about 4 s). */
const SLOW_DOWN_ATTEMPT = 4;
/** While locked out, the lock is asked about from about 1 s apart, doubling to 8 s. */
const LOCK_POLL = { baseMs: 1000, maxMs: 8000 } as const;
/** While waiting in the lobby, the decision is asked about this often. */
const LOBBY_POLL_MS = 1500;
/** What a person the chair removed reads, once the board has left their screen. */
export const REMOVED_TEXT = 'You have been removed from this meeting';

const GENERIC_FINAL_TEXT = 'The connection to this board was closed. Reload the page to try again.';

function defaultSyncUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/sync`;
}

export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  private readonly provider: WebsocketProvider;
  private readonly options: BoardConnectionOptions;
  private readonly listeners = new Set<() => void>();
  private readonly stopAll = new AbortController();
  private state: ConnectionState = INITIAL_CONNECTION_STATE;
  private readonly saved = new SavedChanges();
  private saveCheckTimer: ReturnType<typeof setTimeout> | null = null;
  private hasConnected = false;
  /** Reconnects after an unlock that have not yet led to a saved change. */
  private refusedWhileUnlocked = 0;
  private attempt = 0;
  /** Increases on every (re)connect attempt, so a stale one gives up when a newer one starts. */
  private generation = 0;

  constructor(options: BoardConnectionOptions) {
    this.options = options;
    this.provider = new WebsocketProvider(options.syncUrl ?? defaultSyncUrl(), options.boardId, this.doc, {
      connect: false,
      disableBc: true,
      maxBackoffTime: 8000,
    });
    this.awareness = this.provider.awareness;
    this.provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
      this.saved.acknowledged(readSavedAck(decoder).get(this.doc.clientID) ?? 0);
      this.refreshSaved();
    };
    const handleSync = this.provider.messageHandlers[MESSAGE_SYNC]!;
    this.provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, provider, emitSynced, type) => {
      const kind = peekSyncKind(decoder);
      handleSync(encoder, decoder, provider, emitSynced, type);
      // The server's step 1 is answered with this device's step 2, sent as soon as this returns;
      // anything sent from now on follows it.
      if (kind === SyncKind.step1) this.saved.stateSent();
      // The server sends a step 2 only in answer to a step 1 of ours, in order.
      if (kind === SyncKind.step2) this.saved.checkAnswered();
      if (kind !== SyncKind.update) this.refreshSaved();
    };
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
    this.provider.on('connection-close', this.onClose);
    this.doc.on('update', this.onDocUpdate);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  /** The board this connection is for. */
  get boardId(): string {
    return this.options.boardId;
  }

  /** The link secret, for the board's management requests (`Authorization: Bearer …`). */
  get secret(): string {
    return this.options.secret;
  }

  /** This device's credential on the board, sent with management requests made with a shared link. */
  get credential(): string | null {
    return boardCredential(this.options.boardId);
  }

  /** Starts connecting. Call once. */
  start(): void {
    void this.connectWithFreshTicket();
  }

  /** Stops for good and frees the document. */
  destroy(): void {
    this.stopAll.abort(new Error('Board closed'));
    this.generation++;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    if (this.saveCheckTimer) clearTimeout(this.saveCheckTimer);
    this.provider.off('connection-close', this.onClose);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.doc.off('update', this.onDocUpdate);
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** Sends one whole protocol message on the board's socket; dropped while it is closed. */
  sendMessage(bytes: Uint8Array): void {
    if (this.provider.ws?.readyState === WebSocket.OPEN) this.provider.ws.send(bytes);
  }

  /** Hears incoming messages of one extension type (e.g. MESSAGE_ROUND); returns a function that stops it. */
  onMessage(type: number, handler: (decoder: Parameters<typeof readSavedAck>[0]) => void): () => void {
    const previous = this.provider.messageHandlers[type];
    this.provider.messageHandlers[type] = (_encoder, decoder) => handler(decoder);
    return () => {
      this.provider.messageHandlers[type] = previous;
    };
  }

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<ConnectionState>): void {
    const next = { ...this.state, ...patch };
    const changed = (Object.keys(patch) as (keyof ConnectionState)[]).some((k) => next[k] !== this.state[k]);
    if (!changed) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private fail(message: string, closeCode: number | null = null): void {
    this.generation++;
    // Marked failed first, so the close that follows does not schedule a reconnect.
    this.update({ phase: 'failed', failure: message, closeCode, notice: null });
    this.provider.shouldConnect = false;
    if (this.provider.ws) this.provider.disconnect();
  }

  private isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  private waitingPhase(): ConnectionState['phase'] {
    if (this.isOffline()) return 'offline';
    return this.hasConnected ? 'reconnecting' : 'connecting';
  }

  private async connectWithFreshTicket(): Promise<void> {
    const generation = ++this.generation;
    const signal = this.stopAll.signal;
    const request = this.options.requestTicket ?? ((board: string, secret: string, ask: TicketAsk) => ticketRequest(board, secret, fetch, ask));
    const boardId = this.options.boardId;
    while (generation === this.generation && !signal.aborted) {
      if (this.isOffline()) {
        this.update({ phase: 'offline' });
        return; // The 'online' event starts again.
      }
      const waitingRequest = lobbyRequest(boardId);
      if (this.state.phase !== 'waiting') this.update({ phase: this.waitingPhase() });
      const result = await request(boardId, this.options.secret, { name: this.options.name, credential: boardCredential(boardId), request: waitingRequest });
      if (generation !== this.generation || signal.aborted) return;
      if (result.kind === 'waiting') {
        // In the lobby: nothing of the board is here yet; ask again until the chair decides.
        rememberLobbyRequest(boardId, result.request);
        this.update({ phase: 'waiting', notice: null });
        try {
          await wait(LOBBY_POLL_MS, signal);
        } catch {
          return;
        }
        continue;
      }
      if (result.kind === 'refused') {
        if (result.reason === 'unknownDevice') {
          // The server no longer knows this device's credential or request: start again as a newcomer.
          forgetBoardIdentity(boardId);
          if (this.state.loaded) {
            this.removed();
            return;
          }
          continue;
        }
        if (result.reason === 'turnedAway') forgetBoardIdentity(boardId);
        // A board this device has shown, now unknown to the server, was deleted while the device
        // was away: said as plainly as a 4404 close, so its content leaves the screen and storage.
        if (this.state.loaded && result.message === BOARD_GONE_TEXT) {
          this.fail(CLOSE_REASON_TEXT[CloseCode.boardGone]!, CloseCode.boardGone);
          return;
        }
        this.fail(result.message);
        return;
      }
      if (result.kind === 'ticket') {
        if (result.ticket.credential) rememberBoardCredential(boardId, result.ticket.credential);
        this.useTicket(result.ticket.ticket, result.ticket.role, { id: result.ticket.person, name: result.ticket.name ?? this.options.name });
        return;
      }
      try {
        await wait(backoffDelay(this.attempt++), signal);
      } catch {
        return;
      }
    }
  }

  private useTicket(ticket: string, role: Role, me: { id: string; name: string }): void {
    this.update({ role, me });
    this.awareness.setLocalStateField('user', { id: me.id, name: me.name, color: personColour(me.id), role });
    this.provider.params = { ticket };
    this.provider.connect();
  }

  /**
   * The chair removed this person: the board leaves the screen and this device's memory, and
   * nothing of it is kept to send or show again.
   */
  private removed(): void {
    forgetBoardIdentity(this.options.boardId);
    this.fail(REMOVED_TEXT, CloseCode.removed);
    const content = [...this.doc.share.keys()];
    // Emptied locally only: the provider is stopped, so nothing of this reaches the server.
    this.doc.transact(() => {
      for (const name of content) {
        const type = this.doc.share.get(name);
        if (type instanceof Y.Map) for (const key of [...type.keys()]) type.delete(key);
        else if (type instanceof Y.Array) type.delete(0, type.length);
        else if (type instanceof Y.Text) type.delete(0, type.length);
      }
    }, this);
  }

  private readonly onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status !== 'connected') return;
    this.hasConnected = true;
    // Sent before the provider's own step 1, which follows this event.
    this.provider.ws?.send(encodeSavedSubscribe());
    this.saved.socketOpened();
    this.update({ phase: 'connected', notice: null });
  };

  private readonly onSync = (synced: boolean): void => {
    if (!synced) return;
    this.attempt = 0;
    this.update({ loaded: true });
  };

  private readonly onClose = (event: CloseEvent | null): void => {
    this.saved.socketClosed();
    if (this.stopAll.signal.aborted || this.state.phase === 'failed') return;
    // Our own loop reconnects, with a fresh ticket; stop the provider's.
    this.provider.shouldConnect = false;
    const outcome = event ? closeOutcome(event.code, this.state.role) : 'retry';
    if (event?.code === CloseCode.removed) {
      this.removed();
      return;
    }
    if (event && outcome === 'final') {
      this.fail(CLOSE_REASON_TEXT[event.code] ?? GENERIC_FINAL_TEXT, event.code);
      return;
    }
    if (outcome === 'waitForUnlock') {
      void this.waitForUnlock();
      return;
    }
    const notice = event ? (CLOSE_REASON_TEXT[event.code] ?? null) : null;
    this.update({ phase: this.waitingPhase(), notice });
    if (this.isOffline()) return;
    if (outcome === 'slowDown') this.attempt = Math.max(this.attempt, SLOW_DOWN_ATTEMPT);
    const generation = ++this.generation;
    wait(backoffDelay(this.attempt++), this.stopAll.signal).then(
      () => {
        if (generation === this.generation) void this.connectWithFreshTicket();
      },
      () => undefined,
    );
  };

  /**
   * The server refused a change because the board is locked (4403, not a viewer). The changes
   * stay in the document; the lock is asked about with back-off, and once it is lifted a fresh
   * ticket reconnects and this device's sync step 2 delivers them.
   */
  private async waitForUnlock(): Promise<void> {
    const generation = ++this.generation;
    const signal = this.stopAll.signal;
    const request = this.options.requestLockStatus ?? ((board: string, secret: string) => lockStatusRequest(board, secret, fetch, this.credential));
    this.update({ phase: 'reconnecting', notice: LOCKED_OUT_TEXT, lockedOut: true });
    let attempt = 0;
    while (generation === this.generation && !signal.aborted) {
      if (this.isOffline()) {
        this.update({ phase: 'offline' });
        return; // The 'online' event reconnects; a board still locked sends us back here.
      }
      const status = await request(this.options.boardId, this.options.secret);
      if (generation !== this.generation || signal.aborted) return;
      if (status.kind === 'gone') {
        this.fail(CLOSE_REASON_TEXT[CloseCode.boardGone]!, CloseCode.boardGone);
        return;
      }
      if (status.kind === 'refused') {
        this.fail(LINK_REFUSED_TEXT, CloseCode.unauthorised);
        return;
      }
      if (status.kind === 'status' && status.role === 'viewer') {
        this.fail(CLOSE_REASON_TEXT[CloseCode.readOnly]!, CloseCode.readOnly);
        return;
      }
      if (status.kind === 'status' && (!status.locked || status.role === 'facilitator')) {
        this.update({ lockedOut: false, notice: null });
        // Unlocked, yet refused again before anything was saved: something else is wrong, so
        // each such round waits longer instead of spinning.
        try {
          await wait(backoffDelay(this.refusedWhileUnlocked++), signal);
        } catch {
          return;
        }
        if (generation === this.generation) void this.connectWithFreshTicket();
        return;
      }
      try {
        await wait(backoffDelay(attempt++, LOCK_POLL), signal);
      } catch {
        return;
      }
    }
  }

  private readonly onOnline = (): void => {
    if (this.state.phase === 'failed' || this.provider.ws) return;
    this.attempt = 0;
    // Locked out before going offline: ask about the lock first, so a board still locked does
    // not refuse the changes again.
    if (this.state.lockedOut) void this.waitForUnlock();
    else void this.connectWithFreshTicket();
  };

  private readonly onOffline = (): void => {
    if (this.state.phase === 'failed') return;
    this.generation++;
    this.update({ phase: 'offline' });
    // Close at once rather than wait for the socket to time out; edits stay in the document.
    if (this.provider.ws) this.provider.disconnect();
  };

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    // What the provider applies came from the server; everything else was made on this device.
    if (!transaction.local || origin === this.provider || origin === this) return;
    const id = this.doc.clientID;
    this.saved.changeMade(transaction.beforeState.get(id) ?? 0, transaction.afterState.get(id) ?? 0);
    this.refreshSaved();
  };

  private readonly refreshSaved = (): void => {
    if (this.saved.everythingSaved) this.refusedWhileUnlocked = 0;
    this.update({ everythingSaved: this.saved.everythingSaved });
    if (this.saved.needsCheck && !this.saveCheckTimer) {
      this.saveCheckTimer = setTimeout(this.sendSaveCheck, SAVE_CHECK_DELAY_MS);
    }
  };

  private readonly sendSaveCheck = (): void => {
    this.saveCheckTimer = null;
    const ws = this.provider.ws;
    if (!this.saved.needsCheck || ws?.readyState !== WebSocket.OPEN) return;
    ws.send(encodeSaveCheck(this.doc));
    this.saved.checkSent();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    // A deleted board has nothing left to save changes to.
    if (this.state.everythingSaved || this.state.closeCode === CloseCode.boardGone) return;
    event.preventDefault();
    // Older browsers need returnValue set to show their standard question.
    event.returnValue = '';
  };
}
