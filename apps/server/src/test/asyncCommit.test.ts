/**
 * Storage is asynchronous (PostgreSQL commits over the network): a commit may take a while, and
 * may fail after the update was applied in memory. These tests hold a board's commits at a gate
 * and check what people see meanwhile: nothing uncommitted is sent, acknowledged or handed to a
 * newcomer [P1][P3]; later changes wait behind the held one and arrive in order [AS1]; a commit
 * that fails closes the board with 1011 and acknowledges nothing [S1].
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@kinboard/model';
import { MemoryBoardStore } from '../storage/MemoryBoardStore';
import { RawYClient } from './rawClient';
import { TestServer, waitFor, type CreatedBoardLinks } from './harness';

/** A board store whose commits of updates can be held and then let through or failed. */
class GatedStore extends MemoryBoardStore {
  private gate: { open: Promise<void>; release: () => void; fail: (error: Error) => void } | null = null;
  /** Commits that reached the store while the gate was shut. */
  waiting = 0;

  shut(): void {
    let release!: () => void;
    let fail!: (error: Error) => void;
    const open = new Promise<void>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
    // A failed gate with nobody waiting on it yet is not an unhandled rejection.
    open.catch(() => {});
    this.gate = { open, release, fail };
  }

  release(): void {
    this.gate?.release();
    this.gate = null;
  }

  failAll(message: string): void {
    this.gate?.fail(new Error(message));
    this.gate = null;
  }

  override async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number> {
    const gate = this.gate;
    if (gate) {
      this.waiting += 1;
      await gate.open;
    }
    return super.appendUpdates(id, updates);
  }
}

const words = (doc: Y.Doc) => doc.getArray<string>('words').toArray();
/** How much of the client's own writing the server last said was saved. */
const savedOf = (client: RawYClient) => client.lastAck?.get(client.doc.clientID) ?? 0;

describe('asynchronous commits', () => {
  let server: TestServer;
  let store: GatedStore;
  const clients: RawYClient[] = [];

  afterEach(async () => {
    store.release();
    for (const c of clients.splice(0)) c.close();
    await server.cleanup();
  });

  async function start(): Promise<CreatedBoardLinks> {
    store = new GatedStore();
    server = await new TestServer(undefined, {}, store).start();
    return server.createBoard('Gated family');
  }

  async function open(board: CreatedBoardLinks, subscribe = true): Promise<RawYClient> {
    const client = await server.openRaw(board, 'facilitator', { subscribe });
    clients.push(client);
    return client;
  }

  it('[P1][P3][AS1] a held commit holds the change, its acknowledgement and everything after it; released, all arrive in order', async () => {
    const board = await start();
    const writer = await open(board);
    const watcher = await open(board, false);
    store.shut();
    writer.doc.getArray<string>('words').push(['first']);
    await waitFor(() => store.waiting === 1, 5000, 'the first commit to reach the store');
    // A second change in a later turn queues behind the held commit.
    writer.doc.getArray<string>('words').push(['second']);
    await new Promise((r) => setTimeout(r, 50));
    // A newcomer meanwhile is answered only once what its answer carries is stored.
    const newcomerTicket = await server.ticket(board, 'viewer');
    const newcomer = await RawYClient.open(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${newcomerTicket}`);
    clients.push(newcomer);
    await new Promise((r) => setTimeout(r, 100));
    expect(store.waiting).toBe(1);
    expect(words(watcher.doc)).toEqual([]);
    expect(savedOf(writer)).toBe(0);
    expect(words(newcomer.doc)).toEqual([]);

    store.release();
    await waitFor(() => words(watcher.doc).length === 2, 5000, 'both words at the watcher');
    expect(words(watcher.doc)).toEqual(['first', 'second']);
    await waitFor(() => newcomer.synced && words(newcomer.doc).length === 2, 5000, 'the newcomer synced');
    await waitFor(() => savedOf(writer) >= 2, 5000, 'the writer told both are saved');
    const stored = await store.loadDocument(board.id);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    expect(words(doc)).toEqual(['first', 'second']);
  });

  it('[S1] a held commit that fails closes the board with 1011: nobody saw the change, nobody was told it was saved, and the board opens again without it', async () => {
    const board = await start();
    const writer = await open(board);
    const watcher = await open(board, false);
    writer.doc.getArray<string>('words').push(['kept']);
    await waitFor(() => savedOf(writer) === 1 && words(watcher.doc).length === 1, 5000, 'the first word saved and seen');
    store.shut();
    writer.doc.getArray<string>('words').push(['lost in the failure']);
    await waitFor(() => store.waiting === 1, 5000, 'the commit to reach the store');
    store.failAll('connection to the database lost');

    expect((await writer.closed).code).toBe(CloseCode.storageFailure);
    expect((await watcher.closed).code).toBe(CloseCode.storageFailure);
    expect(savedOf(writer)).toBe(1);
    expect(words(watcher.doc)).toEqual(['kept']);
    expect(server.logLines.some((l) => l.includes('during=append code=1011'))).toBe(true);

    // The server carries on: the board reloads from storage, holding only what was committed.
    const again = await open(board, false);
    expect(words(again.doc)).toEqual(['kept']);
  });
});
