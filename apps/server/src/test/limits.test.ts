import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { CloseCode, addStatement, readBoard } from '@kinboard/model';
import type { ServerConfig } from '../config';
import { rawSocket, TestServer, waitFor, type CreatedBoardLinks, type StockClient } from './harness';
import { RawYClient } from './rawClient';

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

function message(...parts: ((e: encoding.Encoder) => void)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const part of parts) part(e);
  return encoding.toUint8Array(e);
}
const uint = (n: number) => (e: encoding.Encoder) => encoding.writeVarUint(e, n);
const bytes = (b: Uint8Array | number[]) => (e: encoding.Encoder) =>
  encoding.writeVarUint8Array(e, b instanceof Uint8Array ? b : new Uint8Array(b));
const raw = (b: number[]) => (e: encoding.Encoder) => encoding.writeUint8Array(e, new Uint8Array(b));

/** A real update inserting `text`, with its delete set cut short: the structs decode, the rest does not. */
function halfValidUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.getMap('statements').set('s_half', new Y.Text(text));
  const u = update as unknown as Uint8Array;
  // A V1 update ends with its delete set; an empty one is the single byte 0. Claim 5 clients.
  expect(u.at(-1)).toBe(0);
  return new Uint8Array([...u.subarray(0, -1), 5]);
}

/**
 * Two boards, two stock clients on each: the bystanders that must carry on untouched while
 * one connection on board A misbehaves.
 */
class Scenario {
  server!: TestServer;
  a!: CreatedBoardLinks;
  b!: CreatedBoardLinks;
  a1!: StockClient;
  a2!: StockClient;
  b1!: StockClient;
  b2!: StockClient;
  private round = 0;
  private readonly extra: { close(): void }[] = [];

  static async start(overrides: Partial<ServerConfig> = {}): Promise<Scenario> {
    const s = new Scenario();
    s.server = await new TestServer(undefined, overrides).start();
    s.a = await s.server.createBoard('Board A');
    s.b = await s.server.createBoard('Board B');
    s.a1 = await (await s.server.connect(s.a, 'participant')).synced();
    s.a2 = await (await s.server.connect(s.a, 'facilitator')).synced();
    s.b1 = await (await s.server.connect(s.b, 'participant')).synced();
    s.b2 = await (await s.server.connect(s.b, 'participant')).synced();
    return s;
  }

  url(board: CreatedBoardLinks, ticket: string): string {
    return `ws://127.0.0.1:${this.server.port}/sync/${board.id}?ticket=${encodeURIComponent(ticket)}`;
  }

  /** A bare socket on board A (or `board`) that has joined the room. */
  async offender(board = this.a) {
    const socket = await rawSocket(this.url(board, await this.server.ticket(board, 'participant')));
    this.extra.push({ close: () => socket.ws.terminate() });
    // The room greets every connection it accepted with sync step 1.
    await waitFor(() => socket.messages.length > 0, 5000, 'greeting');
    return socket;
  }

  track<T extends { close(): void } | { destroy(): void }>(thing: T): T {
    this.extra.push('close' in thing ? thing : { close: () => thing.destroy() });
    return thing;
  }

  /** Every bystander's edit reaches the other client on its board, and no bystander was closed. */
  async bystandersStillSync(): Promise<void> {
    const round = ++this.round;
    for (const [from, to, name] of [
      [this.a1, this.a2, 'a1'],
      [this.a2, this.a1, 'a2'],
      [this.b1, this.b2, 'b1'],
      [this.b2, this.b1, 'b2'],
    ] as const) {
      const text = `after #${round} from ${name}`;
      addStatement(from.doc, { section: 'worries', text, author });
      await waitFor(() => texts(to.doc).includes(text), 5000, `${text} reaching the other client`);
    }
    for (const c of [this.a1, this.a2, this.b1, this.b2]) expect(c.closes).toEqual([]);
  }

  async cleanup(): Promise<void> {
    for (const c of this.extra) c.close();
    for (const c of [this.a1, this.a2, this.b1, this.b2]) c?.destroy();
    await this.server.cleanup();
  }
}

describe('[L1] a malformed message closes only the connection that sent it', () => {
  // One pair of boards takes every kind of malformed connection in turn, as a long meeting might.
  let s: Scenario;
  beforeAll(async () => {
    s = await Scenario.start();
  });
  afterAll(async () => {
    await s?.cleanup();
  });

  const malformed: [string, Uint8Array | string][] = [
    ['random garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x13, 0x37])],
    ['an unknown message type', message(uint(7), uint(0))],
    ['a truncated varint', new Uint8Array([0x80])],
    ['an unknown sync message kind', message(uint(0), uint(9), bytes([1, 2]))],
    ['a sync update whose bytes are garbage', message(uint(0), uint(2), bytes([0xde, 0xad, 0xbe, 0xef, 1, 2, 3]))],
    ['a sync update with a length longer than the message', message(uint(0), uint(2), uint(500), raw([1, 2, 3]))],
    ['a sync step 1 with a garbage state vector', message(uint(0), uint(0), bytes([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))],
    [
      'a presence update that is not JSON',
      message(uint(1), bytes(message(uint(1), uint(12345), uint(1), (e) => encoding.writeVarString(e, '{not json')))),
    ],
    ['an empty binary message', new Uint8Array(0)],
    ['a text frame', 'hello server'],
  ];

  it.each(malformed)('[L1] %s closes that connection with 4400, logged once', async (_name, payload) => {
    const bad = await s.offender();
    const logged = s.server.logLines.length;
    bad.ws.send(payload);
    expect((await bad.closed).code).toBe(CloseCode.malformed);
    await s.bystandersStillSync();
    const lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`board=${s.a.id}`);
    expect(lines[0]).toContain(`code=${CloseCode.malformed}`);
  });

  it('[L1][P1] a malformed update changes nothing on the board, even when its first half decodes', async () => {
    const bad = await s.offender();
    const secret = 'HALF-APPLIED-should-never-show';
    bad.ws.send(message(uint(0), uint(2), bytes(halfValidUpdate(secret))));
    expect((await bad.closed).code).toBe(CloseCode.malformed);
    await s.bystandersStillSync();

    // Nobody connected sees it, a newcomer does not get it, and it is not stored.
    const newcomer = s.track(await (await s.server.connect(s.a, 'viewer')).synced());
    await waitFor(() => texts(newcomer.doc).join() === texts(s.a1.doc).join(), 5000, 'newcomer has the board');
    for (const doc of [s.a1.doc, s.a2.doc, newcomer.doc]) {
      expect(JSON.stringify(doc.getMap('statements').toJSON())).not.toContain(secret);
    }
    expect((await s.server.server.rooms.room(s.a.id)).doc.getMap('statements').has('s_half')).toBe(false);
  });
});

describe('[L1] limits close only the connection that broke them', () => {
  let s: Scenario;
  afterEach(async () => {
    await s?.cleanup();
  });

  it('[L1] a message above maxMessageBytes closes with 4413; one beyond twice that is cut with 1009', async () => {
    s = await Scenario.start({ limits: { maxMessageBytes: 64 * 1024 } as ServerConfig['limits'] });
    const big = await s.offender();
    let logged = s.server.logLines.length;
    big.ws.send(message(uint(0), uint(2), bytes(new Uint8Array(64 * 1024))));
    expect((await big.closed).code).toBe(CloseCode.messageTooLarge);
    await s.bystandersStillSync();
    let lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`code=${CloseCode.messageTooLarge}`);

    const huge = await s.offender();
    logged = s.server.logLines.length;
    huge.ws.send(new Uint8Array(2 * 64 * 1024 + 1));
    expect((await huge.closed).code).toBe(1009);
    await s.bystandersStillSync();
    lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`board=${s.a.id}`);

    // Just under the limit is fine.
    const fine = s.track(await RawYClient.open(s.url(s.a, await s.server.ticket(s.a, 'participant'))));
    await waitFor(() => fine.synced, 5000, 'fine synced');
    addStatement(fine.doc, { section: 'worries', text: 'x'.repeat(4000), author });
    await waitFor(() => texts(s.a1.doc).includes('x'.repeat(4000)), 5000, 'a large but allowed statement');
    expect(fine.closeEvent).toBeNull();
  });

  it('[L1] flooding beyond messagesPerSecond closes with 4429', async () => {
    s = await Scenario.start({ limits: { messagesPerSecond: 20, messageBurst: 20 } as ServerConfig['limits'] });
    const flood = await s.offender();
    const logged = s.server.logLines.length;
    const query = message(uint(3));
    for (let i = 0; i < 200; i++) flood.ws.send(query);
    expect((await flood.closed).code).toBe(CloseCode.tooManyMessages);
    await s.bystandersStillSync();
    const lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`code=${CloseCode.tooManyMessages}`);
  });

  it('[L1] a connection beyond maxConnectionsPerBoard is closed with 4503 and gets in once a seat is free', async () => {
    s = await Scenario.start({ limits: { maxConnectionsPerBoard: 3 } as ServerConfig['limits'] });
    const third = await s.offender();
    const logged = s.server.logLines.length;
    const fourth = await rawSocket(s.url(s.a, await s.server.ticket(s.a, 'participant')));
    s.track({ close: () => fourth.ws.terminate() });
    expect((await fourth.closed).code).toBe(CloseCode.boardFull);
    expect(fourth.messages).toEqual([]);
    await s.bystandersStillSync();
    const lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`board=${s.a.id}`);
    expect(lines[0]).toContain('board_full');

    // The stock client treats 4503 as "try later": it keeps retrying and gets in when someone leaves.
    const waiting = s.track(await s.server.connect(s.a, 'participant'));
    await waitFor(() => waiting.closes.some((c) => c.code === CloseCode.boardFull), 5000, 'stock client refused');
    third.ws.close();
    await waiting.synced(10_000);
    await waitFor(() => texts(waiting.doc).includes('after #1 from a1'), 5000, 'late joiner has the board');
  });

  it('[L1] a change that would make the board larger than maxBoardBytes closes with 4414 and is not kept', async () => {
    s = await Scenario.start({ limits: { maxBoardBytes: 24 * 1024 } as ServerConfig['limits'] });
    const stored = (await s.server.server.store.loadDocument(s.a.id)).bytes;
    expect(stored).toBeLessThan(4 * 1024);
    const greedy = s.track(await (await s.server.connect(s.a, 'participant')).synced());
    const logged = s.server.logLines.length;
    // A paste of five long statements in one go: about 25 KB in one update.
    greedy.doc.transact(() => {
      for (let i = 0; i < 5; i++) addStatement(greedy.doc, { section: 'worries', text: `${i}`.repeat(5000), author });
    });
    await waitFor(() => greedy.closes.length > 0, 5000, 'greedy closed');
    expect(greedy.closes[0]!.code).toBe(CloseCode.boardTooLarge);
    await s.bystandersStillSync();
    const lines = s.server.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`code=${CloseCode.boardTooLarge}`);

    // 44xx is final: the stock client does not come back and resend it; the board never had it.
    const later = s.track(await (await s.server.connect(s.a, 'viewer')).synced());
    await waitFor(() => texts(later.doc).join() === texts(s.a1.doc).join(), 5000, 'later has the board');
    expect(texts(later.doc).some((t) => t.length >= 5000)).toBe(false);
    expect(greedy.provider.wsconnected || greedy.provider.wsconnecting).toBe(false);
  });
});

describe('[L2] socket upgrades without a valid ticket are refused before any board loads', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.cleanup();
  });

  const upgrade = (path: string) => rawSocket(`ws://127.0.0.1:${server.port}${path}`);

  it('[L2] missing, wrong, foreign and expired tickets get 401; an unknown board gets 404', async () => {
    server = await new TestServer(undefined, { ticketTtlMs: 1 }).start();
    const board = await server.createBoard('Guarded');
    const other = await server.createBoard('Other');

    await expect(upgrade(`/sync/${board.id}`)).rejects.toThrow('upgrade refused: 401');
    await expect(upgrade(`/sync/${board.id}?ticket=`)).rejects.toThrow('upgrade refused: 401');
    await expect(upgrade(`/sync/${board.id}?ticket=not-a-ticket`)).rejects.toThrow('upgrade refused: 401');
    const issuedAt = Date.now();
    const expired = await server.ticket(board, 'facilitator');
    const forOther = await server.ticket(other, 'facilitator');
    // A forged copy: the payload of a real ticket with another board's signature.
    const forged = `${expired.split('.')[0]}.${forOther.split('.')[1]}`;
    await waitFor(() => Date.now() > issuedAt + 5, 1000, 'ticket expiry');
    await expect(upgrade(`/sync/${board.id}?ticket=${encodeURIComponent(expired)}`)).rejects.toThrow('upgrade refused: 401');
    await expect(upgrade(`/sync/${board.id}?ticket=${encodeURIComponent(forged)}`)).rejects.toThrow('upgrade refused: 401');

    await expect(upgrade(`/sync/AAAAAAAAAAAAAAAAAAAAAA?ticket=${encodeURIComponent(expired)}`)).rejects.toThrow('upgrade refused: 404');
    await expect(upgrade('/sync/../../etc/passwd')).rejects.toThrow('upgrade refused: 404');
    await expect(upgrade('/elsewhere')).rejects.toThrow('upgrade refused: 404');

    expect(server.server.rooms.loadedCount).toBe(0);
    for (const line of server.logLines) {
      expect(line).not.toContain(expired);
      expect(line).not.toContain(forOther);
    }
  });

  it('[L2] a live ticket for another board gets 401; the right one still opens the board', async () => {
    server = await new TestServer().start();
    const board = await server.createBoard('Guarded');
    const other = await server.createBoard('Other');
    const forOther = await server.ticket(other, 'facilitator');
    await expect(upgrade(`/sync/${board.id}?ticket=${encodeURIComponent(forOther)}`)).rejects.toThrow('upgrade refused: 401');
    await expect(upgrade(`/sync/${board.id}?ticket=nope.nope`)).rejects.toThrow('upgrade refused: 401');
    expect(server.server.rooms.loadedCount).toBe(0);
    const client = await (await server.connect(board, 'viewer')).synced();
    expect(readBoard(client.doc).title).toBe('Guarded');
    expect(server.server.rooms.loadedCount).toBe(1);
    client.destroy();
  });
});
