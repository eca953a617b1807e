import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addStatement, createBoard, editStatement, readBoard } from '@kinboard/model';
import { TestServer, tempDataDir, waitFor } from '../test/harness';
import { boardStoreContract } from './boardStore.contract';
import { MemoryBoardStore } from './MemoryBoardStore';
import { SqliteBoardStore } from './SqliteBoardStore';
import { openPgStorage, pgUrl } from '../test/pgTest';

boardStoreContract('MemoryBoardStore', () => ({ store: new MemoryBoardStore(), dispose() {} }), { persistent: false });

boardStoreContract(
  'SqliteBoardStore',
  () => {
    const dir = tempDataDir();
    let current: SqliteBoardStore | null = new SqliteBoardStore(dir);
    return {
      store: current,
      async reopen() {
        await current?.close();
        current = new SqliteBoardStore(dir);
        return current;
      },
      dispose() {
        current = null;
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { persistent: true },
);

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

/** True when any file in `dir` (database, write-ahead log, shared memory) holds `needle`. */
function filesContain(dir: string, needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8');
  return fs.readdirSync(dir).some((name) => fs.readFileSync(path.join(dir, name)).includes(bytes));
}

describe('SqliteBoardStore on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a deleted board leaves no readable trace of its statements, meeting records or audit in the database files', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const store = new SqliteBoardStore(dir);
    const secret = 'ZEBRA-7f3a-mum-drinks-on-fridays';
    const keptText = 'OKAPI-91c2-grandma-helps';

    const boards: { id: string; doc: Y.Doc }[] = [];
    for (const [i, name] of ['gone', 'kept'].entries()) {
      const doc = new Y.Doc();
      createBoard(doc, { title: `${name} family`, template: 'three-column' });
      const id = `board_${name}_${i}_xxxxxxxxxxxx`;
      const hash = new Uint8Array(32).fill(i + 1);
      await store.createBoard(
        {
          id,
          title: `${name} family`,
          template: 'three-column',
          createdAt: 1,
          secretHashes: { facilitator: hash, participant: hash, viewer: hash },
        },
        Y.encodeStateAsUpdate(doc),
      );
      boards.push({ id, doc });
    }
    const [gone, kept] = boards as [{ id: string; doc: Y.Doc }, { id: string; doc: Y.Doc }];
    const append = (board: typeof gone, change: (doc: Y.Doc) => void): Promise<number> => {
      let update: Uint8Array | null = null;
      const on = (u: Uint8Array) => (update = u);
      board.doc.on('update', on);
      change(board.doc);
      board.doc.off('update', on);
      return store.appendUpdate(board.id, update!);
    };

    // The secret sits in a compacted snapshot, in stored updates after it, and interleaved with
    // another board's rows on the same pages.
    let id = '';
    let seq = await append(gone, (d) => (id = addStatement(d, { section: 'worries', text: secret, author })));
    await append(kept, (d) => addStatement(d, { section: 'working-well', text: keptText, author }));
    await store.compact(gone.id, Y.encodeStateAsUpdate(gone.doc), seq);
    for (let i = 0; i < 20; i++) {
      seq = await append(gone, (d) => editStatement(d, id, `${secret} ${i}`));
      await append(kept, (d) => addStatement(d, { section: 'next-steps', text: `${keptText} ${i}`, author }));
    }
    // …and in a kept meeting record and the audit trail.
    await store.saveMeetingRecord({
      boardId: gone.id,
      id: 'm1',
      startedAt: 1,
      endedAt: 2,
      attendees: [{ name: `${secret}-name`, role: 'participant', where: 'remote' }],
      snapshot: Y.encodeStateAsUpdate(gone.doc),
    });
    await store.appendAudit(gone.id, { at: 3, event: 'joined', detail: { name: `${secret}-audit` } });
    expect(filesContain(dir, secret)).toBe(true);

    await store.deleteBoard(gone.id);
    expect(filesContain(dir, secret)).toBe(false);
    expect(filesContain(dir, keptText)).toBe(true);
    await store.close();
    expect(filesContain(dir, secret)).toBe(false);

    const reopened = new SqliteBoardStore(dir);
    const doc = new Y.Doc();
    const stored = await reopened.loadDocument(kept.id);
    Y.applyUpdate(doc, stored.snapshot!);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    expect(texts(doc)).toHaveLength(21);
    expect(await reopened.getBoard(gone.id)).toBeNull();
    await reopened.close();
  });
});

describe('compaction through the room', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.cleanup();
  });

  it('[P6] after many edits the stored updates are folded into a snapshot and the board reloads intact', async () => {
    server = await new TestServer(undefined, { compactAfterUpdates: 10 }).start();
    const board = await server.createBoard('Compaction family');
    const writer = await (await server.connect(board, 'participant')).synced();
    const watcher = await (await server.connect(board, 'viewer')).synced();

    // 100 edits, each its own update: 25 statements, each then typed into three times.
    const expected: string[] = [];
    for (let s = 0; s < 25; s++) {
      const id = addStatement(writer.doc, { section: 'worries', text: `worry ${s}`, author });
      for (let e = 1; e <= 3; e++) editStatement(writer.doc, id, `worry ${s}${'!'.repeat(e)}`);
      expected.push(`worry ${s}!!!`);
    }
    await waitFor(() => texts(watcher.doc).join('|') === expected.join('|'), 10_000, 'watcher sees all 100 edits');
    writer.destroy();
    watcher.destroy();
    await server.stop();

    const db = new Database(path.join(server.dataDir, 'kinboard.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(board.id) as { n: number };
    const snapshot = db.prepare('SELECT upto_seq FROM snapshots WHERE board_id = ?').get(board.id) as { upto_seq: number };
    db.close();
    expect(rows.n).toBeLessThan(10);
    expect(snapshot.upto_seq).toBeGreaterThanOrEqual(90);

    await server.start();
    const check = await (await server.connect(board, 'viewer')).synced();
    expect(texts(check.doc)).toEqual(expected);
    expect(readBoard(check.doc).title).toBe('Compaction family');
    check.destroy();
  });
});

describe.runIf(pgUrl)('on PostgreSQL', () => {
  boardStoreContract(
    'PgBoardStore',
    async () => {
      const pg = await openPgStorage();
      return { store: pg.storage.boards, reopen: async () => (await pg.reopen()).boards, dispose: () => pg.dispose() };
    },
    { persistent: true },
  );
});
