import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CheckpointResult, WalCheckpoints } from './walCheckpoints';
import { SqliteBoardStore } from './SqliteBoardStore';
import { threadsOf } from '../test/threads';

/** Resolves with the next checkpoint outcome the thread reports, or rejects after `ms`. */
function nextCheckpoint(checkpoints: WalCheckpoints, ms = 10_000): Promise<CheckpointResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no checkpoint reported')), ms);
    checkpoints.onCheckpoint = (result) => {
      clearTimeout(timer);
      resolve(result);
    };
  });
}

const hash = new Uint8Array(32);
const board = (id: string) => ({
  id,
  title: 'Smith family',
  template: 'three-column',
  createdAt: 0,
  secretHashes: { facilitator: hash, participant: hash, viewer: hash },
});

describe('[P8] log checkpoints run on their own thread, never inside a commit or on the event loop', () => {
  let dir: string;
  let db: Database.Database;
  let checkpoints: WalCheckpoints | null = null;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-wal-'));
    db = new Database(path.join(dir, 'wal.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE updates (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  });
  afterEach(async () => {
    await checkpoints?.stop();
    checkpoints = null;
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('SQLite no longer checkpoints inside a commit at its default 1000 pages', () => {
    checkpoints = new WalCheckpoints(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
  });

  it('after every so many commits the thread copies the log into the database file; the committing connection runs no checkpoint', async () => {
    checkpoints = new WalCheckpoints(db, 10);
    const insert = db.prepare('INSERT INTO updates (data) VALUES (?)');
    const pragma = vi.spyOn(db, 'pragma');
    const reported = nextCheckpoint(checkpoints);
    const fileBefore = fs.statSync(path.join(dir, 'wal.sqlite')).size;
    for (let i = 0; i < 10; i++) {
      insert.run(Buffer.alloc(4000, i));
      checkpoints.afterCommit();
    }
    const result = await reported;
    expect(result.done).toBe(true);
    expect(result.copied).toBeGreaterThan(0);
    // The rows are now in the database file itself, not only in the log.
    expect(fs.statSync(path.join(dir, 'wal.sqlite')).size).toBeGreaterThan(fileBefore);
    expect(pragma.mock.calls.filter(([sql]) => String(sql).includes('wal_checkpoint'))).toEqual([]);
    pragma.mockRestore();
  });

  it.runIf(process.platform === 'linux')('the checkpoint thread runs at the lowest priority, the event loop at its own', async () => {
    const threads = () => threadsOf().map(({ nice, policy }) => ({ nice, policy }));
    const before = threads();
    checkpoints = new WalCheckpoints(db, 1);
    const reported = nextCheckpoint(checkpoints);
    checkpoints.afterCommit();
    expect((await reported).done).toBe(true);
    expect(before.map((t) => t.nice)).not.toContain(19);
    // Nice 19 and SCHED_IDLE (5): it gives the CPU back as soon as the event loop wakes [P11].
    expect(threads()).toContainEqual({ nice: 19, policy: 5 });
    expect(os.getPriority()).toBe(0);
  });

  it('fewer commits than the interval start no thread, and a database without a file never does', async () => {
    checkpoints = new WalCheckpoints(db, 10);
    for (let i = 0; i < 9; i++) checkpoints.afterCommit();
    expect(checkpoints.threadStarted).toBe(false);
    const reported = nextCheckpoint(checkpoints);
    checkpoints.afterCommit();
    expect(checkpoints.threadStarted).toBe(true);
    expect((await reported).done).toBe(true);
    const memory = new Database(':memory:');
    const inMemory = new WalCheckpoints(memory, 1);
    for (let i = 0; i < 5; i++) inMemory.afterCommit();
    expect(inMemory.threadStarted).toBe(false);
    await inMemory.stop();
    memory.close();
  });

  it('when the thread cannot open the database, commits go on and lose nothing (SQLite’s own checkpoint remains)', async () => {
    checkpoints = new WalCheckpoints(db, 5);
    const insert = db.prepare('INSERT INTO updates (data) VALUES (?)');
    const reported = nextCheckpoint(checkpoints);
    // The file is gone by name (the open connection keeps it), so the thread's connection fails.
    fs.renameSync(path.join(dir, 'wal.sqlite'), path.join(dir, 'moved.sqlite'));
    for (let i = 0; i < 5; i++) {
      insert.run(Buffer.alloc(100, i));
      checkpoints.afterCommit();
    }
    expect((await reported).done).toBe(false);
    for (let i = 0; i < 20; i++) {
      insert.run(Buffer.alloc(100, i));
      checkpoints.afterCommit();
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM updates').get()).toEqual({ n: 25 });
    fs.renameSync(path.join(dir, 'moved.sqlite'), path.join(dir, 'wal.sqlite'));
  });

  it('the store keeps every update while its thread checkpoints under a stream of commits, and closes with an empty log', async () => {
    const storeDir = path.join(dir, 'store');
    const store = new SqliteBoardStore(storeDir);
    await store.createBoard(board('b1'), new Uint8Array([0, 0]));
    await store.createBoard(board('b2'), new Uint8Array([0, 0]));
    // Past the interval several times over, with both boards committing while checkpoints run.
    for (let i = 0; i < 1500; i++) {
      await store.appendUpdates(i % 2 === 0 ? 'b1' : 'b2', [new Uint8Array([i % 256, 1, 2, 3, ...new Array(200).fill(i % 7)])]);
      if (i % 300 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await store.close();
    const wal = path.join(storeDir, 'kinboard.sqlite-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const reopened = new SqliteBoardStore(storeDir);
    expect((await reopened.loadDocument('b1')).updates).toHaveLength(750);
    expect((await reopened.loadDocument('b2')).updates).toHaveLength(750);
    expect(reopened.database.pragma('integrity_check', { simple: true })).toBe('ok');
    await reopened.close();
  });
});
