/**
 * Durability of the real server process: `node --import tsx src/main.ts` as a child, killed with
 * SIGKILL mid-stream [D1] or stopped with SIGTERM [D2], restarted on the same data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  CloseCode,
  MESSAGE_SAVED,
  addStatement,
  editStatement,
  encodeSavedSubscribe,
  isEverythingSaved,
  readBoard,
  readSavedAck,
  statementText,
} from '@kinboard/model';
import { ServerProcess } from './serverProcess';
import { postJson, secretOf, StockClient, tempDataDir, waitFor, type CreatedBoardLinks, type LinkRole } from './harness';

/** The real server in its own process, on a data folder, with what the tests ask of it. */
class ChildServer extends ServerProcess {
  static async start(dataDir: string): Promise<ChildServer> {
    const child = new ChildServer('server', { KINBOARD_DATA_DIR: dataDir });
    live.add(child);
    return child.started();
  }

  async createBoard(title: string): Promise<CreatedBoardLinks> {
    const res = await postJson(`${this.origin}/api/boards`, { title, template: 'three-column' });
    expect(res.status).toBe(201);
    const board = (await res.json()) as CreatedBoardLinks;
    // The quick path: shared links open the board without the lobby.
    const put = await fetch(`${this.origin}/api/boards/${board.id}/admission`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${secretOf(board.links.facilitator)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ required: false }),
    });
    expect(put.status).toBe(200);
    return board;
  }

  async ticket(board: CreatedBoardLinks, role: LinkRole): Promise<string> {
    const res = await postJson(`${this.origin}/api/tickets`, { board: board.id, secret: secretOf(board.links[role]) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { ticket: string }).ticket;
  }

  async connect(board: CreatedBoardLinks, role: LinkRole, doc = new Y.Doc()): Promise<StockClient> {
    const provider = new WebsocketProvider(`ws://127.0.0.1:${this.port}/sync`, board.id, doc, {
      params: { ticket: await this.ticket(board, role) },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const client = new StockClient(doc, provider);
    clients.add(client);
    return client;
  }
}

const live = new Set<ChildServer>();
const clients = new Set<StockClient>();
const dirs: string[] = [];

/** One change a writer made: its clock after the change, and the statement's text then. */
interface Op {
  readonly clock: number;
  readonly id: string;
  readonly text: string;
}

/**
 * A person typing: a stock client that asks for "saved" acknowledgements (as the web app does)
 * and, on a timer, adds statements or types more words into its own statements.
 */
class Writer {
  /** The last saved state vector the server sent. */
  saved = new Map<number, number>();
  readonly ops: Op[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly mine: string[] = [];
  private n = 0;

  constructor(
    readonly name: string,
    readonly client: StockClient,
  ) {
    const { provider } = client;
    provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
      this.saved = readSavedAck(decoder);
    };
    // The subscription goes out on every connection, before the client's sync step 1.
    provider.on('status', ({ status }) => {
      if (status === 'connected') provider.ws!.send(encodeSavedSubscribe());
    });
  }

  get doc(): Y.Doc {
    return this.client.doc;
  }

  get savedClock(): number {
    return this.saved.get(this.doc.clientID) ?? 0;
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => this.type(), everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One change: a new statement, or more words typed into one of this writer's statements. */
  type(): void {
    if (!this.client.provider.wsconnected) return;
    const n = ++this.n;
    let id: string;
    let text: string;
    if (this.mine.length === 0 || n % 3 === 0) {
      text = `${this.name} statement ${n}`;
      id = addStatement(this.doc, {
        section: (['worries', 'working-well', 'next-steps'] as const)[n % 3]!,
        text,
        author: { id: this.name, name: this.name },
      });
      this.mine.push(id);
    } else {
      // Only ever typing at the end, so every earlier text is a prefix of every later one.
      id = this.mine[n % this.mine.length]!;
      text = `${statementText(this.doc, id).toString()} w${n}`;
      editStatement(this.doc, id, text);
    }
    this.ops.push({ clock: Y.getState(this.doc.store, this.doc.clientID), id, text });
  }
}

/** A person watching: records the latest text of every statement it has been sent. */
class Observer {
  readonly seen = new Map<string, string>();
  constructor(readonly client: StockClient) {
    client.doc.on('update', () => {
      for (const section of readBoard(client.doc).sections) for (const st of section.statements) this.seen.set(st.id, st.text);
    });
  }
}

function statementsById(doc: Y.Doc): Map<string, string> {
  const all = new Map<string, string>();
  for (const section of readBoard(doc).sections) for (const st of section.statements) all.set(st.id, st.text);
  return all;
}

interface Record_ {
  readonly name: string;
  readonly clientID: number;
  readonly savedClock: number;
  readonly ops: readonly Op[];
}

/** Asserts the recovered board holds everything acknowledged to a writer and everything an observer saw. */
function expectNothingAcknowledgedLost(
  recovered: Y.Doc,
  writers: readonly Record_[],
  observed: { seen: Map<string, string>; stateVector: Map<number, number> }[],
): void {
  const texts = statementsById(recovered);
  for (const w of writers) {
    // The state vector: the recovered board has every change up to the writer's acked clock.
    expect(Y.getState(recovered.store, w.clientID), `${w.name}'s saved clock`).toBeGreaterThanOrEqual(w.savedClock);
    // What a person would notice: every statement and every word acked is there.
    for (const op of w.ops) {
      if (op.clock > w.savedClock) continue;
      expect(texts.get(op.id), `${w.name}: "${op.text}" was acknowledged`).toBeDefined();
      expect(texts.get(op.id)!.startsWith(op.text), `${w.name}: "${op.text}" was acknowledged, board has "${texts.get(op.id)}"`).toBe(true);
    }
  }
  for (const { seen, stateVector } of observed) {
    for (const [client, clock] of stateVector)
      expect(Y.getState(recovered.store, client), `observer saw clock ${clock} of ${client}`).toBeGreaterThanOrEqual(clock);
    for (const [id, text] of seen) {
      expect(texts.get(id)?.startsWith(text), `observer saw "${text}", board has "${texts.get(id)}"`).toBe(true);
    }
  }
}

async function recoveredBoard(server: ChildServer, board: CreatedBoardLinks): Promise<Y.Doc> {
  const check = await server.connect(board, 'viewer');
  await check.synced(10_000);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(check.doc));
  check.destroy();
  clients.delete(check);
  return doc;
}

async function startTyping(server: ChildServer, board: CreatedBoardLinks, round: number, writers = 4) {
  const ws: Writer[] = [];
  for (let i = 0; i < writers; i++) {
    const w = new Writer(`r${round}w${i}`, await server.connect(board, i === 0 ? 'facilitator' : 'participant'));
    await w.client.synced(10_000);
    ws.push(w);
  }
  const observer = new Observer(await (await server.connect(board, 'viewer')).synced(10_000));
  for (const w of ws) w.start(10);
  return { writers: ws, observer };
}

afterEach(async () => {
  for (const c of clients) c.destroy();
  clients.clear();
  for (const child of live) await child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('durability of the server process', () => {
  it('[D1] SIGKILL at several moments mid-stream loses nothing acknowledged as saved or seen by another client', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    let server = await ChildServer.start(dataDir);
    const board = await server.createBoard('Crash family');
    const records: Record_[] = [];
    const observed: { seen: Map<string, string>; stateVector: Map<number, number> }[] = [];

    for (const [round, typingMs] of [200, 500, 1000].entries()) {
      const { writers, observer } = await startTyping(server, board, round);
      const started = Date.now();
      // Type for a while, and be sure the stream is flowing when the kill lands.
      await waitFor(
        () => Date.now() - started >= typingMs && writers.every((w) => w.savedClock > 0),
        15_000,
        'writers typing and acknowledged',
      );
      // The kill lands right behind a change from every writer, before any answer can come back.
      for (const w of writers) w.type();
      const { signal } = await server.kill('SIGKILL');
      expect(signal).toBe('SIGKILL');
      for (const w of writers) {
        w.stop();
        records.push({ name: w.name, clientID: w.doc.clientID, savedClock: w.savedClock, ops: [...w.ops] });
      }
      observed.push({ seen: new Map(observer.seen), stateVector: Y.decodeStateVector(Y.encodeStateVector(observer.client.doc)) });
      // The kill was mid-stream: changes were made that the server never acknowledged.
      expect(writers.some((w) => Y.getState(w.doc.store, w.doc.clientID) > w.savedClock)).toBe(true);
      for (const c of [...writers.map((w) => w.client), observer.client]) {
        c.destroy();
        clients.delete(c);
      }

      server = await ChildServer.start(dataDir);
      const recovered = await recoveredBoard(server, board);
      expect(readBoard(recovered).title).toBe('Crash family');
      expectNothingAcknowledgedLost(recovered, records, observed);
    }
    // The rounds really did write: every writer got acknowledgements for many changes.
    for (const r of records) expect(r.ops.filter((op) => op.clock <= r.savedClock).length).toBeGreaterThan(0);
    expect(records.reduce((n, r) => n + r.ops.length, 0)).toBeGreaterThan(100);
  }, 90_000);

  it('[D2] SIGTERM closes sockets with 1012, checkpoints, exits 0, and after a restart nothing typed is lost', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    let server = await ChildServer.start(dataDir);
    const board = await server.createBoard('Graceful family');
    const { writers, observer } = await startTyping(server, board, 0, 3);
    await waitFor(() => writers.every((w) => w.ops.length >= 20 && w.savedClock > 0), 15_000, 'writers typing');

    const exit = await server.kill('SIGTERM');
    for (const w of writers) w.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output.some((l) => /"event":"server_stopping".*"reason":"SIGTERM"/.test(l))).toBe(true);
    for (const c of [...writers.map((w) => w.client), observer.client]) {
      expect(c.closes[0]?.code, 'closed as restarting').toBe(CloseCode.serverRestarting);
    }
    // Checkpointed: the database file alone holds everything, no write-ahead log is left over.
    const wal = path.join(dataDir, 'kinboard.sqlite-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);

    server = await ChildServer.start(dataDir);
    const records = writers.map((w) => ({ name: w.name, clientID: w.doc.clientID, savedClock: w.savedClock, ops: [...w.ops] }));
    const observedNow = { seen: new Map(observer.seen), stateVector: Y.decodeStateVector(Y.encodeStateVector(observer.client.doc)) };
    expectNothingAcknowledgedLost(await recoveredBoard(server, board), records, [observedNow]);

    // The writers' clients reconnect to the restarted server (as the web app does after 1012) and
    // send whatever the server had not acknowledged; then every word typed is on the board.
    for (const w of writers) {
      const { provider } = w.client;
      provider.disconnect();
      provider.serverUrl = `ws://127.0.0.1:${server.port}/sync`;
      provider.params = { ticket: await server.ticket(board, 'participant') };
      provider.connect();
    }
    await waitFor(
      () => writers.every((w) => w.client.provider.synced && isEverythingSaved(w.doc, w.saved)),
      10_000,
      'writers saved after reconnecting',
    );
    const final = statementsById(await recoveredBoard(server, board));
    for (const w of writers) {
      for (const [id, text] of statementsById(w.doc)) expect(final.get(id)).toBe(text);
    }
    expect(final.size).toBeGreaterThanOrEqual(writers.length);
    const exit2 = await server.kill('SIGTERM');
    expect(exit2.code).toBe(0);
  }, 60_000);
});
