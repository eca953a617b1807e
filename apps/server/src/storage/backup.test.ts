/**
 * `npm run backup`'s core: a copy taken while the server runs and people are typing, restored
 * into a fresh data folder the way the README says, opens with every board and edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, readBoard } from '@kinboard/model';
import { TestServer, tempDataDir, waitFor } from '../test/harness';
import { backupDatabase, DATABASE_FILE } from './backup';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

describe('backup and restore', () => {
  it('[BK1] a backup taken while the server runs restores into a new data folder and opens with its boards and edits', async () => {
    const live = await new TestServer().start();
    cleanup.push(() => live.cleanup());
    const board = await live.createBoard('Backed-up family');
    const client = await live.connect(board, 'facilitator');
    cleanup.push(() => client.destroy());
    await client.synced();
    for (let i = 0; i < 5; i++) addStatement(client.doc, { section: 'worries', text: `worry ${i}`, author });
    await waitFor(async () => (await live.server.store.loadDocument(board.id)).updates.length >= 5, 5000, 'the edits to be stored');

    const backupDir = tempDataDir();
    cleanup.push(() => fs.rmSync(backupDir, { recursive: true, force: true }));
    const file = path.join(backupDir, 'kinboard-backup.sqlite');
    const result = await backupDatabase(live.dataDir, file);
    expect(result).toMatchObject({ boards: 1, schemaVersion: expect.any(Number) });
    expect(fs.readdirSync(backupDir)).toEqual(['kinboard-backup.sqlite']);
    // Still running and still taking edits after the copy.
    addStatement(client.doc, { section: 'worries', text: 'after the backup', author });
    await expect(backupDatabase(live.dataDir, file)).rejects.toThrow(/already exists/);

    // Restore as the README says: a new data folder holding the copy as kinboard.sqlite.
    const restoredDir = tempDataDir();
    fs.copyFileSync(file, path.join(restoredDir, DATABASE_FILE));
    const restored = await new TestServer(restoredDir).start();
    cleanup.push(() => restored.cleanup());
    const again = await restored.connect(board, 'viewer');
    cleanup.push(() => again.destroy());
    await again.synced();
    expect(readBoard(again.doc).title).toBe('Backed-up family');
    expect(texts(again.doc)).toEqual(['worry 0', 'worry 1', 'worry 2', 'worry 3', 'worry 4']);
  });

  it('[BK2] a missing database is reported plainly', async () => {
    const empty = tempDataDir();
    cleanup.push(() => fs.rmSync(empty, { recursive: true, force: true }));
    await expect(backupDatabase(empty, path.join(empty, 'copy.sqlite'))).rejects.toThrow(/no Kinboard database/);
  });
});
