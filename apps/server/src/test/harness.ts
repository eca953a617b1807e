/**
 * Real-part test harness: a Kinboard server on a loopback port with a temporary SQLite folder,
 * and the stock y-websocket client to talk to it.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { BoardStore } from '../storage/BoardStore';
import type { ServerConfig } from '../config';
import { createKinboardServer, type KinboardServer } from '../createServer';
import { RawYClient, type RawClientOptions } from './rawClient';

export interface CreatedBoardLinks {
  id: string;
  links: { facilitator: string; participant: string; viewer: string };
}

export type LinkRole = keyof CreatedBoardLinks['links'];

/**
 * What a device sends with POST /api/tickets besides the secret: a display `name`, and the
 * device `credential` an earlier ticket gave. (The person id is always the server's choice.)
 */
export interface TicketAs {
  readonly name?: string;
  readonly credential?: string;
}

/** A ticket and who it is for, as POST /api/tickets answers. */
export interface IssuedTicket {
  readonly ticket: string;
  readonly role: string;
  readonly person: string;
  readonly credential?: string;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-test-'));
}

/** Polls `condition` until it holds or `timeoutMs` passes. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function secretOf(link: string): string {
  return new URL(link).hash.slice(1);
}

/**
 * POSTs JSON. After a server restart on the same port, fetch's pool may hand out a kept-alive
 * socket the old server closed; that one request is retried on a fresh socket.
 */
export async function postJson(url: string, body: unknown): Promise<Response> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

export class TestServer {
  readonly logLines: string[] = [];
  server!: KinboardServer;
  port = 0;

  constructor(
    readonly dataDir: string = tempDataDir(),
    private readonly overrides: Partial<ServerConfig> = {},
    /** A board store instead of the SQLite file (a store a test controls); people are then kept in memory. */
    private readonly store?: BoardStore,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = createKinboardServer(
      {
        port,
        host: '127.0.0.1',
        dataDir: this.dataDir,
        webRoot: null,
        log: (line) => this.logLines.push(line),
        ...this.overrides,
      },
      this.store,
    );
    this.port = await this.server.listen();
    return this;
  }

  async stop(): Promise<void> {
    await this.server.close();
  }

  /**
   * Creates a board. New boards send shared participant and viewer links to the lobby; unless
   * `admission` is true, this turns that off, so tests that are not about the lobby take the
   * quick path (a shared link opens the board at once, as on boards made before the lobby).
   */
  async createBoard(title = 'Test family', options: { admission?: boolean } = {}): Promise<CreatedBoardLinks> {
    const res = await postJson(`${this.origin}/api/boards`, { title, template: 'three-column' });
    if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
    const board = (await res.json()) as CreatedBoardLinks;
    if (options.admission !== true) {
      const put = await this.asFacilitator(board, 'PUT', '/admission', { required: false });
      if (put.status !== 200) throw new Error(`admission: ${put.status} ${await put.text()}`);
    }
    return board;
  }

  /** A request to `/api/boards/{id}{path}` with the board's facilitator secret. */
  asFacilitator(board: CreatedBoardLinks, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.origin}/api/boards/${board.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${secretOf(board.links.facilitator)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** A ticket for `link` (a board link, shared or personal); `as` gives a name or a device credential. */
  async ticketFor(boardId: string, link: string, as: TicketAs = {}): Promise<IssuedTicket> {
    const res = await postJson(`${this.origin}/api/tickets`, { board: boardId, secret: secretOf(link), ...as });
    if (res.status !== 200) throw new Error(`ticket: ${res.status} ${await res.text()}`);
    return (await res.json()) as IssuedTicket;
  }

  /** A ticket for the link of `role`. */
  async ticket(board: CreatedBoardLinks, role: LinkRole, as: TicketAs = {}): Promise<string> {
    return (await this.ticketFor(board.id, board.links[role], as)).ticket;
  }

  /** A raw client (rawClient.ts) on the board with the given link's role, once it has synced. */
  async openRaw(board: CreatedBoardLinks, role: LinkRole, options: RawClientOptions = {}, doc = new Y.Doc()): Promise<RawYClient> {
    const client = await RawYClient.open(
      `ws://127.0.0.1:${this.port}/sync/${board.id}?ticket=${await this.ticket(board, role)}`,
      doc,
      options,
    );
    await waitFor(() => client.synced, 5000, 'sync');
    return client;
  }

  /** A stock y-websocket client on the board with the given link's role. */
  async connect(board: CreatedBoardLinks, role: LinkRole, doc = new Y.Doc(), as: TicketAs = {}): Promise<StockClient> {
    const link = board.links[role];
    return this.connectWith(board.id, await this.ticketFor(board.id, link, as), doc, link);
  }

  /**
   * A stock y-websocket client opened with a ticket already in hand. A ticket opens one socket
   * [L2]; given the `link`, as soon as a socket opens the next ticket for the same person (by the
   * device credential, or the personal link itself) is fetched and put in the provider's params,
   * ready for its own reconnect, as the web app does.
   */
  connectWith(boardId: string, issued: IssuedTicket, doc = new Y.Doc(), link?: string): StockClient {
    const provider = new WebsocketProvider(`ws://127.0.0.1:${this.port}/sync`, boardId, doc, {
      params: { ticket: issued.ticket },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    if (link !== undefined) {
      const again: TicketAs = issued.credential === undefined ? {} : { credential: issued.credential };
      provider.on('status', ({ status }: { status: string }) => {
        if (status !== 'connected') return;
        this.ticketFor(boardId, link, again).then(
          (next) => (provider.params = { ticket: next.ticket }),
          () => {},
        );
      });
    }
    return new StockClient(doc, provider, issued.person);
  }

  async cleanup(): Promise<void> {
    await this.stop().catch(() => {});
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export class StockClient {
  readonly closes: { code: number; reason: string }[] = [];

  constructor(
    readonly doc: Y.Doc,
    readonly provider: WebsocketProvider,
    /** Who the server says this client is on the board. */
    readonly person: string = '',
  ) {
    provider.on('connection-close', (event) => {
      if (event) this.closes.push({ code: event.code, reason: event.reason });
    });
  }

  async synced(timeoutMs = 5000): Promise<this> {
    await waitFor(() => this.provider.synced, timeoutMs, 'sync');
    return this;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

/** A raw `ws` connection speaking bytes, for hand-crafted and hostile messages. */
export async function rawSocket(
  url: string,
): Promise<{ ws: WebSocket; messages: Uint8Array[]; closed: Promise<{ code: number; reason: string }> }> {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  return { ws, messages, closed };
}

/** Sends a raw HTTP request (so the Host header can be anything) and reads status, headers and body. */
export function rawRequest(
  port: number,
  options: http.RequestOptions,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
