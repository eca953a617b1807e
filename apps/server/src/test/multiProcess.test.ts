/**
 * Three real server processes on one PostgreSQL (a cluster of this test's own, so it can be
 * stopped), stock y-websocket clients spread over them, seeded random edits, a SIGKILL of the
 * process serving the board and an abrupt stop of PostgreSQL (`pg_ctl stop -m immediate`), then
 * a restart [MP1][MP2][MP3]. Checked: every update a writer was told was saved is in the database
 * at the end, nothing is acknowledged while PostgreSQL is away, and every replica ends equal.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { MESSAGE_SAVED, addStatement, editStatement, encodeSavedSubscribe, readSavedAck, statementText } from '@kinboard/model';
import { PgCluster, findPgBin } from './pgCluster';
import { postJson, secretOf, waitFor, type CreatedBoardLinks } from './harness';
import { pgUrl } from './pgTest';
import { ServerProcess } from './serverProcess';

const LEASE_MS = 1500;

class Process extends ServerProcess {
  constructor(name: string, databaseUrl: string) {
    super(name, { KINBOARD_DATABASE_URL: databaseUrl }, { KINBOARD_LEASE_MS: String(LEASE_MS), KINBOARD_UNLOAD_AFTER_MS: '1000' });
  }
}

/** A small seeded random number generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A person typing through a stock y-websocket client that asks for "saved" acknowledgements. When
 * its connection closes it moves to the next live process with a fresh ticket, as a browser
 * behind a load balancer would land on another process.
 */
class Writer {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Highest own clock the server said was saved, and when PostgreSQL was away, whether any came. */
  savedClock = 0;
  acksWhileDown = 0;
  private readonly mine: string[] = [];
  private next: number;
  private n = 0;

  constructor(
    readonly name: string,
    private readonly board: CreatedBoardLinks,
    private readonly processes: readonly Process[],
    start: number,
    private readonly rnd: () => number,
    private readonly databaseDown: () => boolean,
  ) {
    this.next = start;
    const first = processes[start % processes.length];
    if (!first) throw new Error('no process');
    this.provider = new WebsocketProvider(`ws://127.0.0.1:${first.port}/sync`, board.id, this.doc, {
      params: { ticket: 'none-yet' },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
    });
    this.provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
      const saved = readSavedAck(decoder).get(this.doc.clientID) ?? 0;
      if (this.databaseDown()) this.acksWhileDown += 1;
      this.savedClock = Math.max(this.savedClock, saved);
    };
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.provider.ws?.send(encodeSavedSubscribe());
    });
    this.provider.on('connection-close', () => void this.moveOn());
  }

  async connect(): Promise<void> {
    await this.moveOn(false);
    this.provider.connect();
  }

  /** Points the provider at the next live process with a fresh ticket (it reconnects by itself). */
  private async moveOn(rotate = true): Promise<void> {
    if (rotate) this.next += 1;
    for (let tries = 0; tries < this.processes.length; tries++) {
      const target = this.processes[this.next % this.processes.length];
      if (target && !target.dead) {
        this.provider.serverUrl = `ws://127.0.0.1:${target.port}/sync`;
        const res = await postJson(`${target.origin}/api/tickets`, {
          board: this.board.id,
          secret: secretOf(this.board.links.participant),
        }).catch(() => null);
        if (res?.ok) this.provider.params = { ticket: ((await res.json()) as { ticket: string }).ticket };
        return;
      }
      this.next += 1;
    }
  }

  /** One random change: a new statement, or words typed at the end of one of its own. */
  type(): void {
    if (!this.provider.wsconnected) return;
    const n = ++this.n;
    if (this.mine.length === 0 || this.rnd() < 0.3) {
      const section = (['worries', 'working-well', 'next-steps'] as const)[Math.floor(this.rnd() * 3)] ?? 'worries';
      this.mine.push(addStatement(this.doc, { section, text: `${this.name} ${n}`, author: { id: this.name, name: this.name } }));
    } else {
      const id = this.mine[Math.floor(this.rnd() * this.mine.length)] ?? '';
      editStatement(this.doc, id, `${statementText(this.doc, id).toString()} w${n}`);
    }
  }

  get clock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }
}

/** The board as stored in PostgreSQL right now: snapshot, then updates in order. */
async function storedBoard(url: string, boardId: string): Promise<Y.Doc> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [doc] = await sql<{ snapshot: Buffer }[]>`SELECT snapshot FROM documents WHERE board_id = ${boardId}`;
    const rows = await sql<{ data: Buffer }[]>`SELECT data FROM updates WHERE board_id = ${boardId} ORDER BY seq`;
    const board = new Y.Doc();
    if (doc) Y.applyUpdate(board, doc.snapshot);
    for (const row of rows) Y.applyUpdate(board, row.data);
    return board;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function ownerPid(url: string, boardId: string): Promise<number | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ owner: string }[]>`SELECT owner FROM board_leases WHERE board_id = ${boardId} AND expires_at > now()`;
    return row ? Number(row.owner.split('-')[0]) : null;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe.runIf(pgUrl && findPgBin())('several processes on one PostgreSQL', () => {
  let cluster: PgCluster;
  const processes: Process[] = [];
  const writers: Writer[] = [];

  beforeAll(async () => {
    cluster = await PgCluster.create(9160, 9199);
  }, 60_000);

  afterAll(async () => {
    for (const w of writers) w.provider.destroy();
    await Promise.all(processes.map((p) => p.stop()));
    cluster?.remove();
  }, 60_000);

  it('[MP1][MP2][MP3] a SIGKILLed process and a database stopped abruptly lose no acknowledged update; nothing is acknowledged while the database is away; all replicas end equal', async () => {
    const seed = Number(process.env.KINBOARD_TEST_SEED ?? 18);
    const rnd = random(seed);
    for (const name of ['p1', 'p2', 'p3']) processes.push(new Process(name, cluster.url));
    await Promise.all(processes.map((p) => p.started()));
    const p1 = processes[0]!;
    const res = await postJson(`${p1.origin}/api/boards`, { title: 'Several processes', template: 'three-column' });
    expect(res.status).toBe(201);
    const board = (await res.json()) as CreatedBoardLinks;
    const admission = await fetch(`${p1.origin}/api/boards/${board.id}/admission`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${secretOf(board.links.facilitator)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ required: false }),
    });
    expect(admission.status).toBe(200);

    let databaseDown = false;
    for (let i = 0; i < 3; i++) writers.push(new Writer(`w${i}`, board, processes, i, random(seed * 10 + i), () => databaseDown));
    await Promise.all(writers.map((w) => w.connect()));
    const typing = setInterval(() => {
      for (const w of writers) if (rnd() < 0.7) w.type();
    }, 25);
    try {
      // Everyone ends up on the process serving the board, and is told their changes are saved.
      await waitFor(() => writers.every((w) => w.savedClock > 5), 30_000, 'every writer saved on the serving process');

      // The serving process dies; its clients move on and another process takes the board once the lease runs out.
      const pid = await ownerPid(cluster.url, board.id);
      const owner = processes.find((p) => p.pid === pid);
      expect(owner).toBeDefined();
      const before = writers.map((w) => w.savedClock);
      await owner?.kill();
      await waitFor(() => writers.every((w, i) => w.savedClock > (before[i] ?? 0) + 5), 30_000, 'saving again after the kill');

      // PostgreSQL stops abruptly: once what it committed before the stop has been acknowledged
      // (those messages were on their way), nothing more is acknowledged until it is back.
      cluster.stop('immediate');
      await new Promise((r) => setTimeout(r, 500));
      const beforeStop = writers.map((w) => w.savedClock);
      databaseDown = true;
      await new Promise((r) => setTimeout(r, 1500));
      expect(writers.map((w) => w.savedClock)).toEqual(beforeStop);
      databaseDown = false;
      cluster.start();
      await waitFor(() => writers.every((w, i) => w.savedClock > (beforeStop[i] ?? 0) + 5), 40_000, 'saving again after the restart');
    } finally {
      clearInterval(typing);
    }
    expect(writers.reduce((n, w) => n + w.acksWhileDown, 0)).toBe(0);

    // Everything typed is saved in the end, and every replica is the same board.
    await waitFor(() => writers.every((w) => w.savedClock === w.clock), 30_000, 'every change saved');
    const stored = await storedBoard(cluster.url, board.id);
    for (const w of writers) expect(Y.getState(stored.store, w.doc.clientID)).toBeGreaterThanOrEqual(w.savedClock);
    await waitFor(
      () => writers.every((w) => Buffer.from(Y.encodeStateVector(w.doc)).equals(Buffer.from(Y.encodeStateVector(stored)))),
      30_000,
      'every replica to hold the whole board',
    );
    // Same statements with the same words (key order may differ with the order updates arrived in).
    const content = (doc: Y.Doc) => doc.getMap('statements').toJSON();
    expect(Object.keys(content(stored)).length).toBeGreaterThan(10);
    for (const w of writers) expect(content(w.doc)).toEqual(content(stored));
  }, 180_000);
});
