/**
 * The whole server on PostgreSQL, in-process: a blind round's answers are held in the database
 * (through the lease-checked store, MP2) until the reveal [B1][B3], and the board with its edits
 * comes back after the server restarts [P4][PG3].
 */
import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_SCALE_ID,
  MESSAGE_ROUND,
  encodeRoundMessage,
  openRound,
  parseRoundReply,
  participantAnswerKey,
  readRoundMessageText,
  readScales,
  type RoundReply,
  type RoundRequest,
} from '@kinboard/model';
import { pgStorage } from '../storage/pgStorage';
import { TestServer, waitFor, type StockClient } from './harness';
import { dropSchema, pgUrl } from './pgTest';

function rounds(client: StockClient) {
  const replies: RoundReply[] = [];
  client.provider.messageHandlers[MESSAGE_ROUND] = (_encoder, decoder) => {
    const reply = parseRoundReply(readRoundMessageText(decoder as decoding.Decoder));
    if (reply) replies.push(reply);
  };
  const send = (request: RoundRequest) =>
    (client.provider.ws as unknown as { send(d: Uint8Array): void }).send(encodeRoundMessage(request));
  return { replies, send };
}

describe.runIf(pgUrl)('the server on PostgreSQL', () => {
  let server: TestServer | null = null;
  let schema = '';

  afterEach(async () => {
    await server?.cleanup();
    server = null;
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  async function start(): Promise<string> {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const setup = pgStorage(pgUrl ?? '', { schema });
    await setup.ready;
    await setup.close();
    return `${pgUrl}?search_path=${schema}`;
  }

  it('[B1][B3][MP2] a blind answer is held in PostgreSQL, not in the board, until the reveal', async () => {
    const databaseUrl = await start();
    server = await new TestServer(undefined, { databaseUrl }).start();
    const board = await server.createBoard('Rounds on PostgreSQL');
    const chair = await (await server.connect(board, 'facilitator')).synced();
    const mum = await (await server.connect(board, 'participant', undefined, { name: 'Mum' })).synced();
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    await waitFor(() => readScales(mum.doc)[0]?.current?.id === round, 5000, 'the round at Mum');
    const mine = rounds(mum);
    const chairs = rounds(chair);
    const answer = {
      value: 7,
      name: 'Mum',
      whyNotLower: 'HELD-IN-POSTGRES',
      oneHigher: '',
      memberId: null,
      recordedBy: null,
      at: Date.now(),
    };
    mine.send({ op: 'answer', round, key: participantAnswerKey(mum.person), answer });
    await waitFor(() => mine.replies.some((r) => r.op === 'held'), 5000, 'the answer held');

    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const held = await sql<{ answer: string }[]>`SELECT answer FROM held_answers WHERE board_id = ${board.id}`;
      expect(held.map((h) => JSON.parse(h.answer).whyNotLower)).toEqual(['HELD-IN-POSTGRES']);
      expect(readScales(chair.doc)[0]?.current?.answers).toEqual([]);

      chairs.send({ op: 'reveal', round });
      await waitFor(() => chairs.replies.some((r) => r.op === 'revealed'), 5000, 'the reveal');
      await waitFor(() => (readScales(mum.doc)[0]?.current?.answers.length ?? 0) === 1, 5000, 'the answer revealed');
      expect(await sql`SELECT 1 FROM held_answers WHERE board_id = ${board.id}`).toHaveLength(0);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('[P4][PG3] the board and its edits come back from PostgreSQL after a restart', async () => {
    const databaseUrl = await start();
    server = await new TestServer(undefined, { databaseUrl }).start();
    const board = await server.createBoard('Restarted on PostgreSQL');
    const writer = await (await server.connect(board, 'facilitator')).synced();
    writer.doc.getArray<string>('words').push(['kept', 'across', 'a', 'restart']);
    const reading = pgStorage(databaseUrl, { maxConnections: 1 });
    try {
      await waitFor(async () => (await reading.boards.loadDocument(board.id)).updates.length > 0, 5000, 'the words stored');
    } finally {
      await reading.close();
    }
    writer.provider.destroy();
    await server.stop();
    server = await new TestServer(server.dataDir, { databaseUrl }).start();
    const reader = await (await server.connect(board, 'viewer', new Y.Doc())).synced();
    expect(reader.doc.getArray<string>('words').toArray()).toEqual(['kept', 'across', 'a', 'restart']);
    reader.provider.destroy();
  });

  it('[AS4][AS1][P1] several people typing quickly on PostgreSQL: changes that queue behind a commit all arrive, each typist in order, and are all in the database', async () => {
    const databaseUrl = await start();
    server = await new TestServer(undefined, { databaseUrl }).start();
    const board = await server.createBoard('Busy on PostgreSQL');
    const live = server;
    const watcher = await (await live.connect(board, 'viewer', new Y.Doc())).synced();
    const typists = await Promise.all(
      ['Mum', 'Nana', 'Teacher'].map(async (who) => ({ who, client: await (await live.connect(board, 'participant')).synced() })),
    );
    const perTypist = 25;
    await Promise.all(
      typists.map(async ({ who, client }) => {
        for (let i = 0; i < perTypist; i++) {
          client.doc.getArray<string>('words').push([`${who} ${i}`]);
          // A turn between changes: each is a batch of its own, most of them queued behind a commit.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    const total = typists.length * perTypist;
    const words = (doc: Y.Doc) => doc.getArray<string>('words').toArray();
    await waitFor(() => words(watcher.doc).length === total, 10_000, 'every word at the watcher');
    for (const { who } of typists) {
      expect(words(watcher.doc).filter((w) => w.startsWith(`${who} `))).toEqual(Array.from({ length: perTypist }, (_, i) => `${who} ${i}`));
    }
    const reading = pgStorage(databaseUrl, { maxConnections: 1 });
    try {
      const stored = await reading.boards.loadDocument(board.id);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      expect([...words(doc)].sort()).toEqual([...words(watcher.doc)].sort());
    } finally {
      await reading.close();
    }
    for (const { client } of typists) client.destroy();
    watcher.destroy();
  });
});
