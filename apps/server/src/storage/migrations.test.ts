import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readBoard } from '@kinboard/model';
import { TestServer, tempDataDir } from '../test/harness';
import { latestVersion, migrate, MIGRATIONS, SchemaTooNewError } from './migrations';
import { SqliteBoardStore } from './SqliteBoardStore';
import { SqlitePeopleStore } from './SqlitePeopleStore';

const here = path.dirname(new URL(import.meta.url).pathname);
const FIXTURE = path.join(here, '../test/fixtures/schema-c734b78.sqlite');
const fixtureBoard = JSON.parse(fs.readFileSync(path.join(here, '../test/fixtures/schema-c734b78.json'), 'utf8')) as {
  id: string;
  secrets: { facilitator: string; participant: string; viewer: string };
};

const dirs: string[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDirWithFixture(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  fs.copyFileSync(FIXTURE, path.join(dir, 'kinboard.sqlite'));
  return dir;
}

describe('schema migrations', () => {
  it('[M1] the migration list is numbered 1, 2, 3 … with no gaps', async () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('[M2] a database made by the schema of c734b78 (no version) is upgraded and its board opens with its content', async () => {
    const dir = dataDirWithFixture();
    const before = new Database(path.join(dir, 'kinboard.sqlite'), { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(0);
    before.close();

    const server = await new TestServer(dir).start();
    servers.push(server);
    const db = new Database(path.join(dir, 'kinboard.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    const activity = db.prepare('SELECT board_id FROM board_activity').all();
    db.close();
    expect(activity).toEqual([{ board_id: fixtureBoard.id }]);

    // The old facilitator link still works and the board's stored edit is still there.
    const board = await fetch(`${server.origin}/api/boards/${fixtureBoard.id}`, {
      headers: { authorization: `Bearer ${fixtureBoard.secrets.facilitator}` },
    });
    expect(board.status).toBe(200);
    expect(await board.json()).toMatchObject({ title: 'Fixture board from schema c734b78', role: 'facilitator', locked: true });
    const { doc } = await server.server.rooms.room(fixtureBoard.id);
    expect(readBoard(doc).title).toBe('Fixture board from schema c734b78');
    expect(doc.getMap('fixture').get('note')).toBe('kept across upgrades');
  });

  it('[M2] a version 3 database keeps its people, who have no language until they choose one', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const file = path.join(dir, 'kinboard.sqlite');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 3));
    old
      .prepare(
        'INSERT INTO board_people (board_id, id, name, role, relation, via, secret_hash, created_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run('b1', 'p_anna', 'Anna', 'participant', null, 'personal-link', null, 1, null);
    old.close();
    const store = new SqlitePeopleStore(dir);
    expect(await store.getPerson('b1', 'p_anna')).toMatchObject({ name: 'Anna', language: null });
    await store.setLanguage('b1', 'p_anna', 'pl');
    expect((await store.getPerson('b1', 'p_anna'))?.language).toBe('pl');
    await store.close();
  });

  it('[M3] a second start applies nothing and keeps the version', async () => {
    const dir = dataDirWithFixture();
    await new SqliteBoardStore(dir).close();
    const db = new Database(path.join(dir, 'kinboard.sqlite'));
    expect(migrate(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('[M4] a database newer than the code is refused with a clear message and left untouched', async () => {
    const dir = dataDirWithFixture();
    const file = path.join(dir, 'kinboard.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion() + 5}`);
    db.close();
    const bytesBefore = fs.readFileSync(file);
    expect(() => new SqliteBoardStore(dir)).toThrow(SchemaTooNewError);
    expect(() => new SqliteBoardStore(dir)).toThrow(
      /schema version \d+, but this Kinboard only knows versions up to \d+: it was written by a newer Kinboard/,
    );
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
  });

  it('[M5] a failing migration leaves the database at its old version with nothing half-done', async () => {
    const dir = dataDirWithFixture();
    const db = new Database(path.join(dir, 'kinboard.sqlite'));
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('half_done', 'staff')").all()).toEqual([]);
    db.close();
  });
});
