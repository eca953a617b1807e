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
 * Edits keep working offline: the Y.Doc stays in memory and the provider sends what is missing
 * when the next connection syncs.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import {
  CloseCode,
  MESSAGE_SAVED,
  MessageType,
  SyncKind,
  encodeSaveCheck,
  encodeSavedSubscribe,
  peekSyncKind,
  readSavedAck,
} from '@kinboard/model';
import { ticketRequest, type TicketAsk } from '../api/ticketRequest';
import { takeEarlyTicket } from './earlyTicket';
import type { Role } from '../api/roles';
import { backoffDelay, wait } from '../lib/backoff';
import { boardCredential, forgetBoardIdentity, lobbyRequest, rememberBoardCredential, rememberLobbyRequest } from '../lib/deviceMemory';
import { personColour } from '../lib/personColour';
import { closeOutcome } from './closeOutcome';
import { refusalOutcome } from './refusalOutcome';
import { emptyDocument } from './emptyDocument';
import { shownPhase, type Phase } from './connectionPhase';
import { INITIAL_CONNECTION_STATE, closeReasonText, failureText, lockedOutText } from './connectionState';
import type { ConnectionState, FailureCode } from './connectionState';
import { lockStatusRequest } from './lockStatusRequest';
import { defaultSyncUrl, type BoardConnectionOptions } from './connectionOptions';
import { SavedChanges } from './savedChanges';
import { onDocChange } from '../lib/docChanges';
import { sendOnlyLocalChanges } from './localSender';
import { untilUnlocked } from './untilUnlocked';

export type { BoardConnectionOptions } from './connectionOptions';

/** How long after a deletion the save check goes out, so a run of deletions shares one. */
const SAVE_CHECK_DELAY_MS = 250;
/** After 4429 the next try waits at least this back-off step (about 4 s). */
const SLOW_DOWN_ATTEMPT = 4;
/** While waiting in the lobby, the decision is asked about this often. */
const LOBBY_POLL_MS = 1500;

export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  private readonly provider: WebsocketProvider;
  private readonly options: BoardConnectionOptions;
  private readonly listeners = new Set<() => void>();
  private phase: Phase = 'idle';
  /** Stops the work of the current phase when the next one is entered. */
  private phaseWork = new AbortController();
  private state: ConnectionState = INITIAL_CONNECTION_STATE;
  private readonly saved = new SavedChanges();
  private saveCheckTimer: ReturnType<typeof setTimeout> | null = null;
  private hasConnected = false;
  /** Reconnects after an unlock that have not yet led to a saved change. */
  private refusedWhileUnlocked = 0;
  private attempt = 0;
  private readonly stopDocListeners: (() => void)[];

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
    const handleSync = this.provider.messageHandlers[MessageType.sync]!;
    this.provider.messageHandlers[MessageType.sync] = (encoder, decoder, provider, emitSynced, type) => {
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
    // What the server sends is not encoded again as an update; what is changed here is sent.
    this.stopDocListeners = [onDocChange(this.doc, this.onDocChange), sendOnlyLocalChanges(this.doc, this.provider)];
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
    if (this.phase === 'idle') void this.connectWithFreshTicket();
  }

  /** Stops for good and frees the document. */
  destroy(): void {
    this.enter('destroyed');
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    if (this.saveCheckTimer) clearTimeout(this.saveCheckTimer);
    this.provider.off('connection-close', this.onClose);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    for (const stop of this.stopDocListeners) stop();
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
    const handlers = this.provider.messageHandlers;
    const previous = handlers[type];
    const mine: (typeof handlers)[number] = (_encoder, decoder) => handler(decoder);
    handlers[type] = mine;
    return () => {
      // Only this handler is taken away: a later one stays, and a type nobody handled is left unhandled again.
      if (handlers[type] !== mine) return;
      if (previous) handlers[type] = previous;
      else delete handlers[type];
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

  /**
   * The one place the phase changes: the work of the phase left behind stops, and the state
   * people see follows. Returns the signal that stops the new phase's own work.
   */
  private enter(phase: Phase, patch: Partial<ConnectionState> = {}): AbortSignal {
    this.phaseWork.abort();
    this.phaseWork = new AbortController();
    this.phase = phase;
    if (phase === 'destroyed') return this.phaseWork.signal;
    if (phase === 'failed') this.provider.shouldConnect = false;
    if (phase === 'failed' && this.provider.ws) this.provider.disconnect();
    this.update({ phase: shownPhase(phase, this.hasConnected), ...patch });
    return this.phaseWork.signal;
  }

  /** Stops for good, saying why by the outcome's code. */
  private fail(code: FailureCode): void {
    this.enter('failed', { failure: failureText(code), closeCode: typeof code === 'number' ? code : null, notice: null });
  }

  private isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  private async connectWithFreshTicket(): Promise<void> {
    if (this.isOffline()) {
      this.enter('offline');
      return; // The 'online' event starts again.
    }
    let signal = this.enter('ticket');
    const request =
      this.options.requestTicket ??
      ((board: string, secret: string, ask: TicketAsk) => takeEarlyTicket(board, secret, ask) ?? ticketRequest(board, secret, fetch, ask));
    const boardId = this.options.boardId;
    while (!signal.aborted) {
      const waitingRequest = lobbyRequest(boardId);
      const result = await request(boardId, this.options.secret, {
        name: this.options.name,
        credential: boardCredential(boardId),
        request: waitingRequest,
      });
      if (signal.aborted) return;
      if (result.kind === 'waiting') {
        // In the lobby: nothing of the board is here yet; ask again until the chair decides.
        rememberLobbyRequest(boardId, result.request);
        if (this.phase !== 'waiting') signal = this.enter('waiting', { notice: null });
        try {
          await wait(LOBBY_POLL_MS, signal);
        } catch {
          return;
        }
        continue;
      }
      if (result.kind === 'refused') {
        // The server no longer knows this device's credential or request, or the chair turned it away.
        if (result.reason === 'unknownDevice' || result.reason === 'turnedAway') forgetBoardIdentity(boardId);
        const outcome = refusalOutcome(result.reason, this.state.loaded);
        if (outcome === 'startAgain') continue;
        if (outcome === 'removed') this.removed();
        else this.fail(outcome);
        return;
      }
      if (result.kind === 'ticket') {
        if (result.ticket.credential) rememberBoardCredential(boardId, result.ticket.credential);
        this.useTicket(result.ticket.ticket, result.ticket.role, {
          id: result.ticket.person,
          name: result.ticket.name ?? this.options.name,
          language: result.ticket.language,
        });
        return;
      }
      try {
        await wait(backoffDelay(this.attempt++), signal);
      } catch {
        return;
      }
      if (this.isOffline()) {
        this.enter('offline');
        return;
      }
    }
  }

  private useTicket(ticket: string, role: Role, me: { id: string; name: string; language: string | null }): void {
    this.enter('socket', { role, me });
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
    this.fail(CloseCode.removed);
    emptyDocument(this.doc, this);
  }

  private readonly onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status !== 'connected') return;
    this.hasConnected = true;
    // Sent before the provider's own step 1, which follows this event.
    this.provider.ws?.send(encodeSavedSubscribe());
    this.saved.socketOpened();
    this.enter('open', { notice: null });
  };

  private readonly onSync = (synced: boolean): void => {
    if (!synced) return;
    this.attempt = 0;
    this.update({ loaded: true });
  };

  private readonly onClose = (event: CloseEvent | null): void => {
    this.saved.socketClosed();
    if (this.phase === 'destroyed' || this.phase === 'failed') return;
    // Our own loop reconnects, with a fresh ticket; stop the provider's.
    this.provider.shouldConnect = false;
    const outcome = event ? closeOutcome(event.code, this.state.role) : 'retry';
    if (event?.code === CloseCode.removed) {
      this.removed();
      return;
    }
    if (event && outcome === 'final') {
      this.fail(event.code);
      return;
    }
    if (outcome === 'waitForUnlock') {
      void this.waitForUnlock();
      return;
    }
    const notice = event ? closeReasonText(event.code) : null;
    if (this.isOffline()) {
      this.enter('offline', { notice });
      return;
    }
    const signal = this.enter('backoff', { notice });
    if (outcome === 'slowDown') this.attempt = Math.max(this.attempt, SLOW_DOWN_ATTEMPT);
    wait(backoffDelay(this.attempt++), signal).then(
      () => void this.connectWithFreshTicket(),
      () => undefined,
    );
  };

  /**
   * The server refused a change because the board is locked (4403, not a viewer). The changes
   * stay in the document; the lock is asked about with back-off, and once it is lifted a fresh
   * ticket reconnects and this device's sync step 2 delivers them.
   */
  private async waitForUnlock(): Promise<void> {
    const request =
      this.options.requestLockStatus ?? ((board: string, secret: string) => lockStatusRequest(board, secret, fetch, this.credential));
    const signal = this.enter('lockedOut', { notice: lockedOutText(), lockedOut: true });
    const ask = () => request(this.options.boardId, this.options.secret);
    const outcome = await untilUnlocked(ask, signal, () => this.isOffline());
    if (outcome === null || signal.aborted) return;
    // Offline: the 'online' event reconnects; a board still locked sends us back here.
    if (outcome === 'offline') this.enter('offline');
    else if (outcome !== 'unlocked') this.fail(outcome);
    else {
      this.update({ lockedOut: false, notice: null });
      // Unlocked, yet refused again before anything was saved: something else is wrong, so
      // each such round waits longer instead of spinning.
      try {
        await wait(backoffDelay(this.refusedWhileUnlocked++), signal);
      } catch {
        return;
      }
      if (!signal.aborted) void this.connectWithFreshTicket();
    }
  }

  private readonly onOnline = (): void => {
    if (this.phase === 'idle' || this.phase === 'failed' || this.phase === 'destroyed' || this.provider.ws) return;
    this.attempt = 0;
    // Locked out before going offline: ask about the lock first, so a board still locked does
    // not refuse the changes again.
    if (this.state.lockedOut) void this.waitForUnlock();
    else void this.connectWithFreshTicket();
  };

  private readonly onOffline = (): void => {
    if (this.phase === 'idle' || this.phase === 'failed' || this.phase === 'destroyed') return;
    this.enter('offline');
    // Close at once rather than wait for the socket to time out; edits stay in the document.
    if (this.provider.ws) this.provider.disconnect();
  };

  private readonly onDocChange = (transaction: Y.Transaction): void => {
    // What the provider applies came from the server; everything else was made on this device.
    if (!transaction.local || transaction.origin === this.provider || transaction.origin === this) return;
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
