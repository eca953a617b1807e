/**
 * A y-websocket client written against the bare `ws` socket, so a test sees every message the
 * server sends (including type 100) and can send hand-made bytes. It syncs a Y.Doc the way the
 * stock client does: sync step 1 on open, answers the server's step 1, sends each local change
 * as an update.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE_SAVED, MessageType, encodeSavedSubscribe, readSavedAck } from '@kinboard/model';

export interface RawClientOptions {
  /** Send [100, 1] first, asking for "saved" acknowledgements. */
  readonly subscribe?: boolean;
}

export class RawYClient {
  /** Every message received, as sent. */
  readonly messages: Uint8Array[] = [];
  /** Every "saved" state vector received, in order. */
  readonly acks: Map<number, number>[] = [];
  /** True once the server's sync step 2 (the board) has arrived. */
  synced = false;
  closeEvent: { code: number; reason: string } | null = null;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(
    readonly ws: WebSocket,
    readonly doc: Y.Doc,
  ) {
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => {
        this.closeEvent = { code, reason: reason.toString() };
        resolve(this.closeEvent);
      }),
    );
    ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data)));
    doc.on('update', this.onUpdate);
  }

  static async open(url: string, doc = new Y.Doc(), options: RawClientOptions = {}): Promise<RawYClient> {
    const ws = new WebSocket(url);
    const client = new RawYClient(ws, doc);
    await new Promise<void>((resolve, reject) => {
      // Sent from inside 'open', as the stock client does: the server's first message may be
      // delivered in the same turn, and the subscription must go out before the reply to it.
      ws.once('open', () => {
        if (options.subscribe) ws.send(encodeSavedSubscribe());
        const step1 = encoding.createEncoder();
        encoding.writeVarUint(step1, MessageType.sync);
        syncProtocol.writeSyncStep1(step1, doc);
        ws.send(encoding.toUint8Array(step1));
        resolve();
      });
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    return client;
  }

  /** The message types received, in order (the first varUint of each message). */
  get types(): number[] {
    return this.messages.map((m) => decoding.readVarUint(decoding.createDecoder(m)));
  }

  get lastAck(): Map<number, number> | undefined {
    return this.acks.at(-1);
  }

  send(bytes: Uint8Array | string): void {
    this.ws.send(bytes);
  }

  close(): void {
    this.doc.off('update', this.onUpdate);
    this.ws.terminate();
  }

  private onMessage(message: Uint8Array): void {
    this.messages.push(message);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MessageType.sync);
      const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (kind === syncProtocol.messageYjsSyncStep2) this.synced = true;
      if (encoding.length(reply) > 1 && this.ws.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(reply));
    } else if (type === MESSAGE_SAVED) {
      this.acks.push(readSavedAck(decoder));
    }
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.ws.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeUpdate(encoder, update);
    this.ws.send(encoding.toUint8Array(encoder));
  };
}

/**
 * The board as it stands in the SQLite file right now, read through a separate read-only
 * connection (the server may still be running): snapshot, then updates in order.
 */
export function readBoardFromDisk(dataDir: string, boardId: string): Y.Doc {
  const db = new Database(path.join(dataDir, 'kinboard.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const doc = new Y.Doc();
    const snapshot = db.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(boardId) as { data: Buffer } | undefined;
    const updates = db.prepare('SELECT data FROM updates WHERE board_id = ? ORDER BY seq').all(boardId) as { data: Buffer }[];
    doc.transact(() => {
      if (snapshot) Y.applyUpdate(doc, snapshot.data);
      for (const u of updates) Y.applyUpdate(doc, u.data);
    });
    return doc;
  } finally {
    db.close();
  }
}
