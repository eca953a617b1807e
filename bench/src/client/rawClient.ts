/**
 * A raw y-protocols client: one `ws` socket speaking the y-websocket wire protocol (sync,
 * awareness) plus Kinboard's "saved" message (type 100). Lighter than the stock provider (no
 * resync timers, no awareness heartbeat), so the load generator measures the server, not itself.
 *
 * Modes: with a Y.Doc it syncs and applies everything like a real client; without one it only
 * counts frames (for saturation receivers) and never answers the server's sync step 1.
 *
 * With an `address` it speaks Hocuspocus's variant of the protocol: every message starts with the
 * document name, the first one is an authentication message (type 2, any token: the bench's
 * Hocuspocus has no authentication hook), sync step 1 may come as type 4 (SyncReply), and
 * type 8 (SyncStatus, "applied") comes back for each update sent.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

import { MessageType } from '@kinboard/model';

// The message numbers live in the model (protocol/messageTypes.ts); these names are kept for the scenarios.
export const MESSAGE_SYNC = MessageType.sync;
export const MESSAGE_AWARENESS = MessageType.awareness;
export const MESSAGE_SAVED = MessageType.saved;
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

export interface RawClientOptions {
  /** Apply and answer sync messages with this document; omit for a counting client. */
  doc?: Y.Doc;
  /** Subscribe to Kinboard's "saved" acknowledgements (ignored by the peer). */
  saved?: boolean;
  onAwareness?: (update: Uint8Array) => void;
  onSaved?: (stateVector: Map<number, number>) => void;
  /** Called for every sync update (sync step 2 or update) that arrives; counting clients get its bytes. */
  onUpdateFrame?: (update?: Uint8Array) => void;
  /** Hocuspocus only: the document name every message starts with. */
  address?: string;
}

export class RawClient {
  readonly ws: WebSocket;
  readonly doc: Y.Doc | null;
  updateFrames = 0;
  frames = 0;
  isSynced = false;
  /** performance.now() when the server's first sync step 2 arrived, before this client applied it. */
  firstStep2At: number | null = null;
  /** How long this client took to apply that first sync step 2. */
  firstStep2ApplyMs: number | null = null;
  readonly synced: Promise<void>;
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private markSynced!: () => void;
  private readonly flushWaiters: (() => void)[] = [];

  constructor(
    url: string,
    private readonly options: RawClientOptions = {},
  ) {
    this.doc = options.doc ?? null;
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    this.closed = new Promise((resolve) => this.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('error', () => {});
    this.ws.on('open', () => this.onOpen());
    this.ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    this.doc?.on('update', this.onDocUpdate);
  }

  private onOpen(): void {
    if (this.options.address !== undefined) {
      const auth = encoding.createEncoder();
      encoding.writeVarUint(auth, HOCUSPOCUS_AUTH);
      encoding.writeVarUint(auth, 0);
      encoding.writeVarString(auth, 'bench');
      this.send(encoding.toUint8Array(auth));
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    if (this.doc) syncProtocol.writeSyncStep1(encoder, this.doc);
    else {
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
      encoding.writeVarUint8Array(encoder, EMPTY_STATE_VECTOR);
    }
    this.send(encoding.toUint8Array(encoder));
    if (this.options.saved) {
      const sub = encoding.createEncoder();
      encoding.writeVarUint(sub, MESSAGE_SAVED);
      encoding.writeVarUint(sub, 1);
      this.send(encoding.toUint8Array(sub));
    }
  }

  private onMessage(data: Uint8Array): void {
    this.frames++;
    const decoder = decoding.createDecoder(data);
    if (this.options.address !== undefined) decoding.readVarString(decoder);
    let type = decoding.readVarUint(decoder);
    if (type === HOCUSPOCUS_SYNC_REPLY && this.options.address !== undefined) type = MESSAGE_SYNC;
    if (type === MESSAGE_SYNC) {
      if (!this.doc) {
        const kind = decoding.readVarUint(decoder);
        if (kind !== syncProtocol.messageYjsSyncStep1) {
          this.updateFrames++;
          this.options.onUpdateFrame?.(decoding.readVarUint8Array(decoder));
          if (kind === syncProtocol.messageYjsSyncStep2) this.onStep2();
        }
        return;
      }
      if (this.firstStep2At === null && data[decoder.pos] === syncProtocol.messageYjsSyncStep2) this.firstStep2At = performance.now();
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const applying = performance.now();
      const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (kind === syncProtocol.messageYjsSyncStep2 && this.firstStep2ApplyMs === null)
        this.firstStep2ApplyMs = performance.now() - applying;
      if (kind !== syncProtocol.messageYjsSyncStep1) {
        this.updateFrames++;
        this.options.onUpdateFrame?.();
      }
      if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2) this.onStep2();
    } else if (type === MESSAGE_AWARENESS) {
      this.options.onAwareness?.(decoding.readVarUint8Array(decoder));
    } else if (type === MESSAGE_SAVED) {
      this.options.onSaved?.(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    }
  }

  private setSynced(): void {
    this.isSynced = true;
    this.markSynced();
  }

  private onStep2(): void {
    if (!this.isSynced) this.setSynced();
    else this.flushWaiters.shift()?.();
  }

  /**
   * Resolves once the server has handled everything this client sent before: the server
   * answers messages in order, so the reply to a fresh sync step 1 comes after them.
   */
  flush(): Promise<void> {
    const done = new Promise<void>((resolve) => this.flushWaiters.push(resolve));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR);
    this.send(encoding.toUint8Array(encoder));
    return done;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  };

  send(message: Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    if (this.options.address === undefined) {
      this.ws.send(message);
      return;
    }
    const addressed = encoding.createEncoder();
    encoding.writeVarString(addressed, this.options.address);
    encoding.writeUint8Array(addressed, message);
    this.ws.send(encoding.toUint8Array(addressed));
  }

  /** Sends one awareness entry (clientID, clock, JSON state) as y-protocols encodes it. */
  sendPresence(clientId: number, clock: number, state: unknown): void {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
    this.send(encoding.toUint8Array(message));
  }

  async close(): Promise<void> {
    this.doc?.off('update', this.onDocUpdate);
    if (this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close();
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, 2000))]);
    if ((this.ws.readyState as number) !== WebSocket.CLOSED) this.ws.terminate();
  }
}

/** Decodes an awareness update into its entries. */
export function decodePresence(update: Uint8Array): { clientId: number; clock: number; state: string }[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    entries.push({ clientId, clock, state });
  }
  return entries;
}
