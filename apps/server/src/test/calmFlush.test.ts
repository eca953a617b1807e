/**
 * A change in a calm room is stored and sent while the message that brought it is being handled
 * [P9], a busy room still stores and sends each turn's changes together [P7]. Either way nothing
 * unsaved is sent [P1], acknowledgements follow the commit [P3], every message can be applied as
 * it arrives (order, AS1), and a failing commit closes the board with nothing of it seen [S1].
 * Real SQLite file, real sockets; the typing clients are the stock y-websocket client.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, MessageType } from '@kinboard/model';
import { CALM_MS } from '../sync/WriteThrough';
import { RawYClient, readBoardFromDisk } from './rawClient';
import { TestServer, waitFor, type CreatedBoardLinks } from './harness';

const words = (doc: Y.Doc) => doc.getArray<string>('words').toArray();
const savedOf = (client: RawYClient) => client.lastAck?.get(client.doc.clientID) ?? 0;
/** Lets the room become calm: no flush for longer than CALM_MS (setup, not a timing assertion). */
const calm = () => new Promise((resolve) => setTimeout(resolve, CALM_MS * 4));

/** The sync update messages among `messages`, in order. */
function updatesIn(messages: readonly Uint8Array[]): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.sync) continue;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsUpdate) found.push(decoding.readVarUint8Array(decoder));
  }
  return found;
}

describe('[P9] a calm room stores and sends a change at once', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;
  const clients: RawYClient[] = [];

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Calm family');
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.cleanup();
  });

  async function open(subscribe = true): Promise<RawYClient> {
    const client = await server.openRaw(board, 'facilitator', { subscribe });
    clients.push(client);
    return client;
  }

  it('[P9][P1][P3] a change in a calm room is on disk before anyone sees it, and its sender is told it is saved', async () => {
    const writer = await open();
    const watcher = await open(false);
    for (const word of ['Nana', 'collects', 'Sam', 'from', 'school']) {
      await calm();
      writer.doc.getArray<string>('words').push([word]);
      await waitFor(() => words(watcher.doc).at(-1) === word, 5000, `the watcher sees ${word}`);
      // Whatever the watcher has seen is already in the file.
      expect(words(readBoardFromDisk(server.dataDir, board.id))).toEqual(words(watcher.doc));
      await waitFor(() => savedOf(writer) === Y.getState(writer.doc.store, writer.doc.clientID), 5000, `${word} saved`);
    }
    expect(words(watcher.doc)).toEqual(['Nana', 'collects', 'Sam', 'from', 'school']);
  });

  it('[P9][AS1] several people typing at once, in calm and busy moments: each message applies as it arrives, nothing goes missing, all is on disk', async () => {
    const watcher = await open(false);
    const typists = await Promise.all(
      ['Mum', 'Nana', 'Social worker'].map(async (who) => ({ who, client: await (await server.connect(board, 'participant')).synced() })),
    );
    // Each message the watcher gets must apply whole: a message sent before one it depends on would leave Yjs waiting.
    const stuck: number[] = [];
    watcher.ws.on('message', () => {
      if (watcher.doc.store.pendingStructs !== null || watcher.doc.store.pendingDs !== null) stuck.push(watcher.messages.length);
    });
    const perTypist = 30;
    await Promise.all(
      typists.map(async ({ who, client }, t) => {
        for (let i = 0; i < perTypist; i++) {
          client.doc.getArray<string>('words').push([`${who} ${i}`]);
          // Bursts (several changes in one turn), short gaps and calm gaps, different for each typist.
          if ((i + t) % 5 === 4) await calm();
          else if ((i + t) % 2 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    const total = typists.length * perTypist;
    await waitFor(() => words(watcher.doc).length === total, 10_000, 'every word at the watcher');
    for (const { client } of typists) await waitFor(() => words(client.doc).length === total, 10_000, 'every word at each typist');
    expect(stuck).toEqual([]);
    // Each typist's words arrive in the order they were typed.
    for (const { who } of typists) {
      const own = words(watcher.doc).filter((w) => w.startsWith(`${who} `));
      expect(own).toEqual(Array.from({ length: perTypist }, (_, i) => `${who} ${i}`));
    }
    expect(words(readBoardFromDisk(server.dataDir, board.id)).sort()).toEqual([...words(watcher.doc)].sort());
    for (const { client } of typists) client.destroy();
  });

  it('[P7] a burst of changes from one client is still stored and sent in fewer messages than changes', async () => {
    const writer = await open();
    const watcher = await open(false);
    const before = updatesIn(watcher.messages).length;
    const burst = 50;
    // One turn on the client: 50 messages leave together and reach the server together.
    for (let i = 0; i < burst; i++) writer.doc.getArray<string>('words').push([`word ${i}`]);
    await waitFor(() => words(watcher.doc).length === burst, 5000, 'the whole burst at the watcher');
    const messages = updatesIn(watcher.messages).length - before;
    expect(messages).toBeGreaterThan(0);
    expect(messages).toBeLessThan(burst);
    await waitFor(() => savedOf(writer) === Y.getState(writer.doc.store, writer.doc.clientID), 5000, 'the burst saved');
    expect(words(readBoardFromDisk(server.dataDir, board.id))).toEqual(words(watcher.doc));
  });

  it('[P9][S1] a commit that fails while a calm room handles the message: nobody sees the change, nobody is told it is saved, the board closes with 1011 and opens again without it', async () => {
    const writer = await open();
    const watcher = await open(false);
    writer.doc.getArray<string>('words').push(['kept']);
    await waitFor(() => savedOf(writer) === 1 && words(watcher.doc).length === 1, 5000, 'the first word saved and seen');
    // A full disk, as far as this board's updates go.
    const db = new Database(path.join(server.dataDir, 'kinboard.sqlite'));
    db.exec(
      `CREATE TRIGGER full_disk BEFORE INSERT ON updates WHEN NEW.board_id = '${board.id}' BEGIN SELECT RAISE(ABORT, 'disk is full'); END;`,
    );
    await calm();
    const seenBefore = watcher.messages.length;
    writer.doc.getArray<string>('words').push(['lost in the failure']);

    expect((await writer.closed).code).toBe(CloseCode.storageFailure);
    expect((await watcher.closed).code).toBe(CloseCode.storageFailure);
    expect(updatesIn(watcher.messages.slice(seenBefore))).toEqual([]);
    expect(words(watcher.doc)).toEqual(['kept']);
    expect(savedOf(writer)).toBe(1);
    expect(server.logLines.some((l) => l.includes('during=append code=1011'))).toBe(true);

    db.exec('DROP TRIGGER full_disk');
    db.close();
    const again = await open(false);
    expect(words(again.doc)).toEqual(['kept']);
    again.doc.getArray<string>('words').push(['after the disk was freed']);
    await waitFor(() => words(readBoardFromDisk(server.dataDir, board.id)).length === 2, 5000, 'the board stores again');
  });
});
