/**
 * WriteThrough on a real SQLite file: when a change is stored and sent at once (a calm room, nothing
 * queued) [P9], when it waits to be batched with the rest of the turn [P7], and that neither way
 * sends anything unsaved [P1], acknowledges before the commit [P3], overtakes a batch queued before
 * it [AS1] or survives a failing commit [S1].
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { SqliteBoardStore } from '../storage/SqliteBoardStore';
import { BURST_QUIET_MS, CALM_MS, WriteThrough } from './WriteThrough';

const hash = new Uint8Array(32);
const BOARD = 'b1';

/** A real SQLite store whose asynchronous commits (the queued path) can be held at a gate. */
class GatedSqliteStore extends SqliteBoardStore {
  gate: Promise<void> | null = null;
  /** Transactions committed, on either path, with how many updates each held. */
  commits = 0;
  sizes: number[] = [];
  override appendUpdatesNow(id: string, updates: readonly Uint8Array[]): number {
    const seq = super.appendUpdatesNow(id, updates);
    this.commits += 1;
    this.sizes.push(updates.length);
    return seq;
  }
  override async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number> {
    if (this.gate) await this.gate;
    return super.appendUpdates(id, updates);
  }
}

/** One word typed into a fresh document of its own (so each update stands alone). */
function wordUpdate(doc: Y.Doc, word: string): Uint8Array {
  let update: Uint8Array | null = null;
  const take = (u: Uint8Array) => (update = u);
  doc.once('update', take);
  doc.getArray<string>('words').push([word]);
  if (!update) throw new Error('no update');
  return update;
}

/** The update a sync message (type 0, kind 2) carries. */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

describe('WriteThrough: stored before sent, at once when calm, together when busy', () => {
  let dir: string;
  let store: GatedSqliteStore;
  let doc: Y.Doc;
  let writes: WriteThrough<string>;
  /** What a watcher had after each message sent: every message must apply at once (order). */
  let sent: string[][];
  let watcher: Y.Doc;
  let acked: string[];
  let failures: number;
  let typist: Y.Doc;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-writethrough-'));
    store = new GatedSqliteStore(dir);
    await store.createBoard(
      {
        id: BOARD,
        title: 'Smith family',
        template: 'three-column',
        createdAt: 0,
        secretHashes: { facilitator: hash, participant: hash, viewer: hash },
      },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    doc = new Y.Doc();
    typist = new Y.Doc();
    sent = [];
    watcher = new Y.Doc();
    acked = [];
    failures = 0;
    writes = new WriteThrough<string>(BOARD, store, doc, await store.loadDocument(BOARD), {
      compactAfterUpdates: 1000,
      log: () => {},
      broadcast: (message) => {
        Y.applyUpdate(watcher, updateIn(message));
        expect(watcher.store.pendingStructs).toBeNull();
        sent.push(watcher.getArray<string>('words').toArray());
      },
      acknowledge: (senders) => acked.push(...senders),
      onFailure: () => (failures += 1),
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Applies a word from `sender` as the room does, and schedules its flush. */
  function type(word: string, sender = 'mum'): void {
    const update = wordUpdate(typist, word);
    Y.applyUpdate(doc, update);
    writes.add([update], sender);
    writes.owe(sender);
    writes.schedule();
  }

  const storedWords = async () => {
    const stored = await store.loadDocument(BOARD);
    const copy = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(copy, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(copy, u);
    return copy.getArray<string>('words').toArray();
  };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('[P9][P1][P3] in a calm room the change is committed, then sent, then acknowledged before schedule returns', async () => {
    vi.advanceTimersByTime(CALM_MS * 2);
    type('Nana');
    expect(sent).toEqual([['Nana']]);
    expect(acked).toEqual(['mum']);
    expect(store.commits).toBe(1);
    expect(await storedWords()).toEqual(['Nana']);
  });

  it('[P7] in a busy room the changes of one turn wait for its end and go as one commit and one message', async () => {
    vi.advanceTimersByTime(CALM_MS * 2);
    type('Nana');
    // The room has just flushed: it is busy now.
    type('collects', 'mum');
    type('Sam', 'dad');
    expect(sent).toEqual([['Nana']]);
    await nextTurn();
    expect(sent).toEqual([['Nana'], ['Nana', 'collects', 'Sam']]);
    expect(acked.sort()).toEqual(['dad', 'mum', 'mum']);
    expect(store.commits).toBe(2);
    expect(await storedWords()).toEqual(['Nana', 'collects', 'Sam']);
  });

  it('[P9][P7] after a burst, a room waits for the end of the turn again until it has been quiet for BURST_QUIET_MS', async () => {
    vi.advanceTimersByTime(CALM_MS * 2);
    type('a');
    type('burst');
    type('of');
    type('words');
    await nextTurn();
    expect(store.sizes).toEqual([1, 3]);
    // Calm by CALM_MS, but the last flush took a burst: the next changes of this turn still go together.
    vi.advanceTimersByTime(CALM_MS * 2);
    type('more');
    type('words');
    expect(sent.length).toBe(2);
    await nextTurn();
    expect(store.sizes).toEqual([1, 3, 2]);
    // Quiet for long enough: the next change goes at once again.
    vi.advanceTimersByTime(BURST_QUIET_MS);
    type('alone');
    expect(store.sizes).toEqual([1, 3, 2, 1]);
    expect(sent.at(-1)).toEqual(['a', 'burst', 'of', 'words', 'more', 'words', 'alone']);
  });

  it('[P9][AS1] a calm room never sends a change ahead of a batch still queued before it', async () => {
    let release!: () => void;
    store.gate = new Promise((resolve) => (release = resolve));
    const update = wordUpdate(typist, 'first');
    Y.applyUpdate(doc, update);
    writes.add([update], null);
    const first = writes.flush();
    // Long after that flush (calm by the clock), but its commit is still held in the queue.
    vi.advanceTimersByTime(CALM_MS * 2);
    type('second');
    await nextTurn();
    expect(sent).toEqual([]);
    expect(acked).toEqual([]);
    store.gate = null;
    release();
    expect(await first).toBe(true);
    await nextTurn();
    expect(sent).toEqual([['first'], ['first', 'second']]);
    expect(acked).toEqual(['mum']);
    expect(await storedWords()).toEqual(['first', 'second']);
  });

  it('[P9][S1] a commit that fails in a calm room sends and acknowledges nothing, closes the board, and stores nothing after it', async () => {
    vi.advanceTimersByTime(CALM_MS * 2);
    type('kept');
    const db = new Database(path.join(dir, 'kinboard.sqlite'));
    db.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'disk is full'); END;`);
    vi.advanceTimersByTime(CALM_MS * 2);
    type('lost');
    expect(failures).toBe(1);
    expect(sent).toEqual([['kept']]);
    expect(acked).toEqual(['mum']);
    expect(writes.broken).toBe(true);
    db.exec('DROP TRIGGER full_disk');
    db.close();
    // Nothing more is stored or sent once the room is broken, even when storage works again.
    vi.advanceTimersByTime(CALM_MS * 2);
    type('after');
    await nextTurn();
    expect(await writes.flush()).toBe(false);
    expect(sent).toEqual([['kept']]);
    expect(await storedWords()).toEqual(['kept']);
  });

  /** Applies a word as a server change would and queues its flush (the path PostgreSQL always takes). */
  function queueWord(word: string, then?: () => void): Promise<boolean> {
    const update = wordUpdate(typist, word);
    Y.applyUpdate(doc, update);
    writes.add([update], null);
    return writes.flush(then);
  }

  /** Shuts the store's gate; returns what opens it. */
  function shut(): () => void {
    let open!: () => void;
    store.gate = new Promise((resolve) => (open = resolve));
    return open;
  }

  it('[AS4][AS1][P1] batches waiting behind a commit in flight are committed together, then each is sent in order', async () => {
    const open = shut();
    const replies: string[][] = [];
    const flushed = [queueWord('first')];
    await nextTurn();
    // The first commit is in flight; three more batches queue up behind it, one with a reply.
    flushed.push(
      queueWord('second'),
      queueWord('third', () => replies.push(sent.at(-1) ?? [])),
      queueWord('fourth'),
    );
    await nextTurn();
    expect(sent).toEqual([]);
    store.gate = null;
    open();
    expect(await Promise.all(flushed)).toEqual([true, true, true, true]);
    // The first commit alone; the three that waited behind it as one transaction.
    expect(store.sizes).toEqual([1, 3]);
    expect(sent).toEqual([['first'], ['first', 'second'], ['first', 'second', 'third'], ['first', 'second', 'third', 'fourth']]);
    // The reply queued with the third batch went after it and before the fourth.
    expect(replies).toEqual([['first', 'second', 'third']]);
    expect(await storedWords()).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('[AS4][S1] when the commit of batches that waited together fails, none of them is sent and the board closes', async () => {
    const openFirst = shut();
    const flushed = [queueWord('kept')];
    await nextTurn();
    flushed.push(queueWord('lost'), queueWord('also lost'));
    // The first commit goes through; the two that waited meet a full disk.
    const openSecond = shut();
    openFirst();
    expect(await flushed[0]).toBe(true);
    const db = new Database(path.join(dir, 'kinboard.sqlite'));
    db.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'disk is full'); END;`);
    store.gate = null;
    openSecond();
    expect(await Promise.all(flushed.slice(1))).toEqual([false, false]);
    db.exec('DROP TRIGGER full_disk');
    db.close();
    expect(failures).toBe(1);
    expect(store.sizes).toEqual([1]);
    expect(sent).toEqual([['kept']]);
    expect(await storedWords()).toEqual(['kept']);
  });
});
