/**
 * Backup and restore on PostgreSQL [BK3]: a backup taken while the server runs and people type,
 * restored into a fresh database, holds every row of every Kinboard table as it was, and a server
 * started on the restored database opens the board with its edits.
 */
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, readBoard } from '@kinboard/model';
import { pgEngine, type Engine } from '../test/engines';
import { TestServer, tempDataDir, waitFor } from '../test/harness';
import { pgUrl } from '../test/pgTest';
import { backupPg, restorePg } from './pgBackup';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

/** Every row of every table of the schema behind `url`, in a stable order, for comparing. */
async function tables(url: string): Promise<Record<string, string[]>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const names = await sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    const out: Record<string, string[]> = {};
    for (const { table_name: table } of names) {
      if (['board_leases', 'spent_tickets', 'board_actions'].includes(table)) continue;
      const rows = await sql`SELECT * FROM ${sql(table)}`;
      out[table] = rows.map((r) => JSON.stringify(r, (_k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('hex') : v))).sort();
    }
    return out;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function engineUrl(): Promise<{ engine: Engine; url: string }> {
  const engine = pgEngine();
  cleanup.push(() => engine.dispose());
  const { databaseUrl } = await engine.overrides();
  if (!databaseUrl) throw new Error('no PostgreSQL for this run');
  return { engine, url: databaseUrl };
}

/** An empty schema (no Kinboard tables yet), as a new database would be. */
async function emptySchemaUrl(): Promise<string> {
  const { url } = await engineUrl();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ schema }] = (await sql`SELECT current_schema() AS schema`) as unknown as [{ schema: string }];
    await sql`DROP SCHEMA ${sql(schema)} CASCADE`;
    await sql`CREATE SCHEMA ${sql(schema)}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
  return url;
}

describe.runIf(pgUrl)('backup and restore on PostgreSQL', () => {
  it('[BK3] a backup taken while the server runs restores into a fresh database with every row, and the board opens there', async () => {
    const { url } = await engineUrl();
    const live = await new TestServer(undefined, { databaseUrl: url }).start();
    cleanup.push(() => live.cleanup());
    const board = await live.createBoard('Backed-up family');
    const invited = await live.asFacilitator(board, 'POST', '/people', { name: 'Nan', role: 'participant' });
    expect(invited.status).toBe(201);
    const client = await (await live.connect(board, 'facilitator')).synced();
    cleanup.push(() => client.destroy());
    expect((await live.asFacilitator(board, 'POST', '/meetings')).status).toBe(201);
    for (let i = 0; i < 5; i++) addStatement(client.doc, { section: 'worries', text: `worry ${i}`, author });
    await waitFor(async () => (await live.server.store.loadDocument(board.id)).updates.length >= 5, 5000, 'the edits to be stored');
    expect((await live.asFacilitator(board, 'POST', '/meetings/end')).status).toBe(200);

    const dir = tempDataDir();
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'kinboard.backup');
    const before = await tables(url);
    const taken = await backupPg(url, file);
    expect(taken).toMatchObject({ boards: 1, rows: expect.objectContaining({ boards: 1, board_people: 2, meeting_records: 1 }) });
    await expect(backupPg(url, file)).rejects.toThrow(/already exists/);
    // The server is still running and still storing edits after the copy.
    addStatement(client.doc, { section: 'worries', text: 'after the backup', author });

    const target = await emptySchemaUrl();
    const restored = await restorePg(target, file);
    expect(restored.rows).toEqual(taken.rows);
    expect(await tables(target)).toEqual(before);
    await expect(restorePg(target, file)).rejects.toThrow(/already holds Kinboard data/);

    const again = await new TestServer(undefined, { databaseUrl: target }).start();
    cleanup.push(() => again.cleanup());
    const viewer = await (await again.connect(board, 'viewer')).synced();
    cleanup.push(() => viewer.destroy());
    expect(readBoard(viewer.doc).title).toBe('Backed-up family');
    expect(texts(viewer.doc)).toEqual(['worry 0', 'worry 1', 'worry 2', 'worry 3', 'worry 4']);
    const meetings = (await (await again.asFacilitator(board, 'GET', '/meetings')).json()) as { meetings: unknown[] };
    expect(meetings.meetings).toHaveLength(1);
  });

  it('[BK3] a cut-off backup is refused and restores nothing', async () => {
    const { url } = await engineUrl();
    const live = await new TestServer(undefined, { databaseUrl: url }).start();
    cleanup.push(() => live.cleanup());
    await live.createBoard('Cut-off family');
    const dir = tempDataDir();
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'kinboard.backup');
    await backupPg(url, file);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(file, `${lines.slice(0, -1).join('\n')}\n`);
    const target = await emptySchemaUrl();
    await expect(restorePg(target, file)).rejects.toThrow(/cut off/);
    // Migrated (its schema version is set) but holding nothing restored.
    const { kinboard_schema: _version, ...after } = await tables(target);
    expect(Object.entries(after).filter(([, rows]) => rows.length > 0)).toEqual([]);
  });
});
