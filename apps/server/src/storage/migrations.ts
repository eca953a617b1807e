/**
 * Schema migrations for the SQLite file. The database carries its schema version in
 * `PRAGMA user_version`; at start every migration above that version runs, in order, inside one
 * transaction, and the version moves to the last one applied. A database written by a newer
 * Kinboard (a version above the last migration here) is refused, never guessed at.
 *
 * To change the schema, append a migration with the next number; never edit one that has shipped.
 * Version 1 is the schema as it stood before migrations existed (every statement is
 * `IF NOT EXISTS`), so a database from that time, which reads as version 0, moves to 1 unchanged.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, …: one more than the migration before it. */
  readonly version: number;
  /** What the migration brings, for the start-up log. */
  readonly name: string;
  /** SQL run inside the migration transaction. */
  readonly sql: string;
}

/** Thrown when the file was written by a newer Kinboard than this one. */
export class SchemaTooNewError extends Error {
  readonly code = 'schema_too_new' as const;
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database has schema version ${found}, but this Kinboard only knows versions up to ${known}: it was written by a newer Kinboard. ` +
        'Run that newer version (or restore a backup made before the upgrade); this one will not open it.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, documents, audit, meeting records, held answers, server keys',
    sql: `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  facilitator_hash BLOB NOT NULL,
  participant_hash BLOB NOT NULL,
  viewer_hash BLOB NOT NULL,
  facilitator_expires_at INTEGER,
  participant_expires_at INTEGER,
  viewer_expires_at INTEGER,
  locked INTEGER NOT NULL DEFAULT 0,
  meeting_id TEXT,
  meeting_started_at INTEGER
);
CREATE TABLE IF NOT EXISTS audit (
  board_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  event TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_board ON audit (board_id, seq);
CREATE TABLE IF NOT EXISTS meeting_records (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER NOT NULL,
  attendees TEXT NOT NULL,
  snapshot BLOB NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS held_answers (
  board_id TEXT NOT NULL,
  round_id TEXT NOT NULL,
  answer_key TEXT NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (board_id, round_id, answer_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS server_keys (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);`,
  },
  {
    version: 2,
    name: 'staff sign-in: staff, sessions, board owners, board activity',
    sql: `
CREATE TABLE staff (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  UNIQUE (issuer, subject)
);
CREATE INDEX staff_email ON staff (issuer, email);
CREATE TABLE staff_sessions (
  token_hash BLOB PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE board_owners (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  since INTEGER NOT NULL,
  sealed_facilitator_secret BLOB NOT NULL
);
CREATE INDEX board_owners_staff ON board_owners (staff_id);
CREATE TABLE board_activity (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  last_active_at INTEGER NOT NULL
);
INSERT INTO board_activity (board_id, last_active_at)
  SELECT b.id, MAX(b.created_at, COALESCE((SELECT MAX(a.at) FROM audit a WHERE a.board_id = b.id), 0)) FROM boards b;
CREATE INDEX board_activity_at ON board_activity (last_active_at);`,
  },
  {
    version: 3,
    name: 'people: people on a board, device credentials, the lobby, admission',
    sql: `
CREATE TABLE board_people (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  relation TEXT,
  via TEXT NOT NULL,
  secret_hash BLOB,
  created_at INTEGER NOT NULL,
  removed_at INTEGER,
  PRIMARY KEY (board_id, id)
) WITHOUT ROWID;
CREATE INDEX board_people_secret ON board_people (board_id, secret_hash);
CREATE TABLE device_credentials (
  board_id TEXT NOT NULL,
  credential_hash BLOB NOT NULL,
  person_id TEXT NOT NULL,
  PRIMARY KEY (board_id, credential_hash)
) WITHOUT ROWID;
CREATE TABLE lobby_requests (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  link_role TEXT NOT NULL,
  since INTEGER NOT NULL,
  decision TEXT NOT NULL,
  person_id TEXT,
  PRIMARY KEY (board_id, id)
) WITHOUT ROWID;
CREATE TABLE board_admission (
  board_id TEXT PRIMARY KEY,
  required INTEGER NOT NULL
);
`,
  },
  {
    version: 4,
    name: "people: each person's interface language",
    sql: 'ALTER TABLE board_people ADD COLUMN language TEXT;',
  },
  {
    version: 5,
    name: 'lobby: when each waiting device last asked, so a device that has gone stops showing as waiting',
    sql: 'ALTER TABLE lobby_requests ADD COLUMN last_seen INTEGER;',
  },
];

/** The schema version this code writes. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations[migrations.length - 1]?.version ?? 0;
}

/**
 * Brings `db` to the latest schema version. Returns the migrations applied (none when it was
 * current). Throws `SchemaTooNewError` for a database from a newer Kinboard, and leaves the file
 * as it was when any migration fails.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order: entry ${i + 1} has version ${m.version}`);
  });
  const known = latestVersion(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) throw new SchemaTooNewError(current, known);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    // PRAGMA takes no bound parameters; `known` is a number from the list above.
    db.pragma(`user_version = ${known}`);
  }).immediate();
  return pending;
}
