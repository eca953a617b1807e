/**
 * Schema migrations for PostgreSQL, numbered like the SQLite ones (migrations.ts) and applied the
 * same way: every migration above the stored version runs, in order, in one transaction, and a
 * database written by a newer Kinboard is refused. The version lives in `kinboard_schema`.
 * Processes starting together take a transaction-scoped advisory lock first, so one migrates and
 * the others find the schema current.
 *
 * Version 1 is the whole schema of SQLite version 3 at once (boards, documents, audit, meeting
 * records, held answers, keys, staff, people), with PostgreSQL types: BYTEA for bytes, BIGINT for
 * times in ms, BOOLEAN for flags. `documents.last_seq` numbers a board's updates; the row is
 * locked by the UPDATE that takes the next numbers, so two commits to one board never interleave.
 */
import type { Sql } from 'postgres';
import { SchemaTooNewError, type Migration } from './migrations';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, documents, audit, meeting records, held answers, keys, staff, people',
    sql: `
CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  facilitator_hash BYTEA NOT NULL,
  participant_hash BYTEA NOT NULL,
  viewer_hash BYTEA NOT NULL,
  facilitator_expires_at BIGINT,
  participant_expires_at BIGINT,
  viewer_expires_at BIGINT,
  locked BOOLEAN NOT NULL DEFAULT FALSE,
  meeting_id TEXT,
  meeting_started_at BIGINT
);
CREATE TABLE documents (
  board_id TEXT PRIMARY KEY,
  snapshot BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL,
  last_seq BIGINT NOT NULL
);
CREATE TABLE updates (
  board_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (board_id, seq)
);
CREATE TABLE audit (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  board_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  event TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_board ON audit (board_id, seq);
CREATE TABLE meeting_records (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  attendees TEXT NOT NULL,
  snapshot BYTEA NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE held_answers (
  board_id TEXT NOT NULL,
  round_id TEXT NOT NULL,
  answer_key TEXT NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (board_id, round_id, answer_key)
);
CREATE TABLE server_keys (
  name TEXT PRIMARY KEY,
  value BYTEA NOT NULL
);
CREATE TABLE staff (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  first_seen_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  UNIQUE (issuer, subject)
);
CREATE INDEX staff_email ON staff (issuer, lower(email));
CREATE TABLE staff_sessions (
  token_hash BYTEA PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE board_owners (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  since BIGINT NOT NULL,
  sealed_facilitator_secret BYTEA NOT NULL
);
CREATE INDEX board_owners_staff ON board_owners (staff_id);
CREATE TABLE board_activity (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  last_active_at BIGINT NOT NULL
);
CREATE INDEX board_activity_at ON board_activity (last_active_at);
CREATE TABLE board_people (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  relation TEXT,
  via TEXT NOT NULL,
  secret_hash BYTEA,
  created_at BIGINT NOT NULL,
  removed_at BIGINT,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX board_people_secret ON board_people (board_id, secret_hash);
CREATE TABLE device_credentials (
  board_id TEXT NOT NULL,
  credential_hash BYTEA NOT NULL,
  person_id TEXT NOT NULL,
  PRIMARY KEY (board_id, credential_hash)
);
CREATE TABLE lobby_requests (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  link_role TEXT NOT NULL,
  since BIGINT NOT NULL,
  decision TEXT NOT NULL,
  person_id TEXT,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE board_admission (
  board_id TEXT PRIMARY KEY,
  required BOOLEAN NOT NULL
);`,
  },
  {
    version: 2,
    name: 'board leases: one process serves a board at a time, fenced by an epoch',
    sql: `
CREATE TABLE board_leases (
  board_id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  epoch BIGINT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);`,
  },
  {
    version: 3,
    name: 'spent tickets: a ticket opens one socket across all processes',
    sql: `
CREATE TABLE spent_tickets (
  ticket_hash BYTEA PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX spent_tickets_expiry ON spent_tickets (expires_at);`,
  },
  {
    version: 4,
    name: "people: each person's interface language",
    sql: 'ALTER TABLE board_people ADD COLUMN language TEXT;',
  },
  {
    version: 5,
    name: 'board actions: an HTTP action reaching a process that does not serve the board is handed to the one that does',
    sql: `
CREATE TABLE board_actions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  args JSONB NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done')),
  outcome JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX board_actions_pending ON board_actions (board_id) WHERE state = 'pending';`,
  },
  {
    version: 6,
    name: 'lobby: when each waiting device last asked, so a device that has gone stops showing as waiting',
    sql: 'ALTER TABLE lobby_requests ADD COLUMN last_seen BIGINT;',
  },
];

/** Any 64-bit number of our own: the advisory lock migrations take. */
const MIGRATION_LOCK = 0x4b696e62;

/**
 * Brings the database (the schema on the connection's search path) to the latest version.
 * Resolves with the migrations applied; rejects with SchemaTooNewError for a newer database,
 * leaving it as it was when any migration fails.
 */
export async function migratePg(sql: Sql, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<Migration[]> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order: entry ${i + 1} has version ${m.version}`);
  });
  const known = migrations[migrations.length - 1]?.version ?? 0;
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS kinboard_schema (version INTEGER NOT NULL)`;
    const rows = await tx<{ version: number }[]>`SELECT version FROM kinboard_schema`;
    const current = rows[0]?.version ?? 0;
    if (current > known) throw new SchemaTooNewError(current, known);
    const pending = migrations.filter((m) => m.version > current);
    for (const migration of pending) await tx.unsafe(migration.sql);
    if (pending.length > 0) {
      await tx`DELETE FROM kinboard_schema`;
      await tx`INSERT INTO kinboard_schema (version) VALUES (${known})`;
    }
    return pending;
  });
}
