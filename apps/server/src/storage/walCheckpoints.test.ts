import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WalCheckpoints } from './walCheckpoints';
import { SqliteBoardStore } from './SqliteBoardStore';

describe('[P8] log checkpoints wait until the update that triggered them has gone out', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-wal-'));
    db = new Database(path.join(dir, 'wal.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE updates (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  });
  afterEach(() => {
    vi.useRealTimers();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('SQLite no longer checkpoints inside a commit at its default 1000 pages', () => {
    new WalCheckpoints(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
  });

  it('after every so many commits a checkpoint runs in a later turn, never inside the commit', () => {
    const checkpoints = new WalCheckpoints(db, 10);
    const insert = db.prepare('INSERT INTO updates (data) VALUES (?)');
    const pragma = vi.spyOn(db, 'pragma');
    for (let i = 0; i < 10; i++) {
      insert.run(Buffer.alloc(100, i));
      checkpoints.afterCommit();
    }
    // The tenth commit scheduled a checkpoint but did not run it.
    expect(pragma).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(pragma).toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
    pragma.mockRestore();
  });

  it('fewer commits than the interval schedule nothing, and a cancelled checkpoint never runs', () => {
    const checkpoints = new WalCheckpoints(db, 10);
    const pragma = vi.spyOn(db, 'pragma');
    for (let i = 0; i < 9; i++) checkpoints.afterCommit();
    vi.runOnlyPendingTimers();
    expect(pragma).not.toHaveBeenCalled();
    checkpoints.afterCommit();
    checkpoints.cancel();
    vi.runOnlyPendingTimers();
    expect(pragma).not.toHaveBeenCalled();
  });

  it('a checkpoint due after the store closed does nothing and throws nothing', () => {
    const checkpoints = new WalCheckpoints(db, 1);
    checkpoints.afterCommit();
    db.close();
    expect(() => vi.runOnlyPendingTimers()).not.toThrow();
    db = new Database(path.join(dir, 'wal.sqlite'));
  });

  it('the store keeps every update through its own checkpoints', async () => {
    const storeDir = path.join(dir, 'store');
    const store = new SqliteBoardStore(storeDir);
    const hash = new Uint8Array(32);
    await store.createBoard(
      {
        id: 'b1',
        title: 'Smith family',
        template: 'three-column',
        createdAt: 0,
        secretHashes: { facilitator: hash, participant: hash, viewer: hash },
      },
      new Uint8Array([0, 0]),
    );
    for (let i = 0; i < 600; i++) {
      await store.appendUpdates('b1', [new Uint8Array([i % 256, 1, 2, 3])]);
      if (i % 100 === 99) vi.runOnlyPendingTimers();
    }
    await store.close();
    const reopened = new SqliteBoardStore(storeDir);
    expect((await reopened.loadDocument('b1')).updates).toHaveLength(600);
    await reopened.close();
  });
});
