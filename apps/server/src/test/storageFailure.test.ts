/**
 * Storage failing under a running server: a real SQLite file whose writes for one board are made
 * to fail by a trigger added through a second connection, as a full disk or a broken file would.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@kinboard/model';
import { RawYClient, readBoardFromDisk } from './rawClient';
import { TestServer, waitFor, type CreatedBoardLinks } from './harness';

const words = (doc: Y.Doc) => doc.getArray<string>('words').toArray();

describe('a storage failure closes one board, never the server', () => {
  let server: TestServer;
  let db: Database.Database;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeEach(async () => {
    server = await new TestServer(undefined, { compactAfterUpdates: 3 }).start();
    db = new Database(path.join(server.dataDir, 'kinboard.sqlite'));
    process.on('uncaughtException', onUncaught);
  });
  afterEach(async () => {
    process.off('uncaughtException', onUncaught);
    uncaught.length = 0;
    db.close();
    await server.cleanup();
  });

  /** From now on, SQLite refuses `what` on the rows of `board`. */
  function failFor(board: CreatedBoardLinks, trigger: string, what: 'DELETE' | 'INSERT'): void {
    const row = what === 'DELETE' ? 'OLD' : 'NEW';
    db.exec(
      `CREATE TRIGGER ${trigger} BEFORE ${what} ON updates WHEN ${row}.board_id = '${board.id}' BEGIN SELECT RAISE(ABORT, 'disk is full'); END;`,
    );
  }

  function open(board: CreatedBoardLinks, subscribe = true): Promise<RawYClient> {
    return server.openRaw(board, 'facilitator', { subscribe });
  }

  /** Writes one word in its own event-loop turn and waits until it is acknowledged as saved. */
  async function writeSaved(client: RawYClient, word: string): Promise<void> {
    const acks = client.acks.length;
    client.doc.getArray<string>('words').push([word]);
    await waitFor(() => client.acks.length > acks, 5000, `ack for ${word}`);
  }

  it('[S1][P6] a compaction that fails closes that board with 1011, keeps what was acknowledged, and the board carries on once storage works again', async () => {
    const family = await server.createBoard('Smith family');
    const other = await server.createBoard('Jones family');
    const writer = await open(family);
    const watcher = await open(family, false);
    const neighbour = await open(other);
    failFor(family, 'no_compaction', 'DELETE');

    await writeSaved(writer, 'one');
    await writeSaved(writer, 'two');
    // The third stored update makes the board due for compaction, which SQLite refuses.
    writer.doc.getArray<string>('words').push(['three']);
    const [writerClose, watcherClose] = await Promise.all([writer.closed, watcher.closed]);
    expect(writerClose.code).toBe(CloseCode.storageFailure);
    expect(watcherClose.code).toBe(CloseCode.storageFailure);
    expect(server.logLines.filter((l) => l.startsWith(`storage failure board=${family.id} during=compaction code=1011`))).toHaveLength(1);
    expect(uncaught).toEqual([]);

    // The updates themselves were stored before the compaction was tried, so all three are on disk.
    const onDisk = readBoardFromDisk(server.dataDir, family.id);
    expect(words(onDisk)).toEqual(['one', 'two', 'three']);
    onDisk.destroy();

    // Another board was never touched.
    await writeSaved(neighbour, 'still here');
    expect(neighbour.closeEvent).toBeNull();

    db.exec('DROP TRIGGER no_compaction');
    const back = await open(family);
    expect(words(back.doc)).toEqual(['one', 'two', 'three']);
    await writeSaved(back, 'four');
    for (const c of [writer, watcher, neighbour, back]) c.close();
  });

  it('[S1][P3][P1] an update that cannot be stored is never acknowledged or sent on; the client resends it after reconnecting', async () => {
    const family = await server.createBoard('Smith family');
    const writer = await open(family);
    const watcher = await open(family, false);
    await writeSaved(writer, 'kept');
    failFor(family, 'no_writes', 'INSERT');

    const acks = writer.acks.length;
    writer.doc.getArray<string>('words').push(['lost?']);
    expect((await writer.closed).code).toBe(CloseCode.storageFailure);
    await watcher.closed;
    expect(writer.acks.length).toBe(acks);
    expect(words(watcher.doc)).toEqual(['kept']);
    expect(server.logLines.some((l) => l.startsWith(`storage failure board=${family.id} during=append code=1011`))).toBe(true);
    expect(uncaught).toEqual([]);

    db.exec('DROP TRIGGER no_writes');
    // The same document connects again, as the stock client does, and sends what the board lacks.
    const ticket = await server.ticket(family, 'facilitator');
    const again = await RawYClient.open(`ws://127.0.0.1:${server.port}/sync/${family.id}?ticket=${ticket}`, writer.doc, {
      subscribe: true,
    });
    await waitFor(() => again.acks.length > 0, 5000, 'the resent word saved');
    const onDisk = readBoardFromDisk(server.dataDir, family.id);
    expect(words(onDisk)).toEqual(['kept', 'lost?']);
    onDisk.destroy();
    for (const c of [writer, watcher, again]) c.close();
  });

  it('[S1][P4] a board that cannot be loaded refuses its connections with 1011 and the server carries on', async () => {
    const broken = await server.createBoard('Broken board');
    const fine = await server.createBoard('Fine board');
    db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)').run(broken.id, 999, Buffer.from([1, 2, 3, 250, 250, 250]));
    const ticket = await server.ticket(broken, 'facilitator');
    const refused = await RawYClient.open(`ws://127.0.0.1:${server.port}/sync/${broken.id}?ticket=${ticket}`);
    expect((await refused.closed).code).toBe(CloseCode.storageFailure);
    expect(server.logLines.some((l) => l.startsWith(`storage failure board=${broken.id} during=load code=1011`))).toBe(true);
    expect(uncaught).toEqual([]);
    const client = await open(fine);
    await writeSaved(client, 'fine');
    client.close();
  });
});
