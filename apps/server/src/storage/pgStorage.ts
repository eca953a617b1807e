/**
 * Kinboard's storage in PostgreSQL (KINBOARD_DATABASE_URL): one postgres.js connection pool for
 * the board, people and staff stores, the schema migrated before anything is served.
 * The connection comes back by itself after the database restarts; what failed meanwhile has
 * closed its boards with 1011 (S1) and is retried by the clients.
 */
import { createHash } from 'node:crypto';
import postgres from 'postgres';
import { migratePg } from './pgMigrations';
import type { Storage } from './openStorage';
import { PgBoardActions } from './PgBoardActions';
import { PgBoardLeases, pgBoardHints } from './PgBoardLeases';
import { PgBoardStore } from './PgBoardStore';
import { PgPeopleStore } from './PgPeopleStore';
import { PgStaffStore } from './PgStaffStore';

export interface PgStorageOptions {
  /** A schema of its own (created when missing) instead of the database's default: tests use one each. */
  readonly schema?: string;
  /** Most connections this process opens (default 10). */
  readonly maxConnections?: number;
  /** How long a board's lease lasts without renewal (default 10 s). */
  readonly leaseMs?: number;
}

/** Times in ms and sequence numbers are BIGINT: read them as numbers (all stay below 2^53). */
const INT8_AS_NUMBER = {
  to: 20,
  from: [20],
  serialize: (value: number) => String(value),
  parse: (value: string) => Number(value),
};

export function pgStorage(url: string, options: PgStorageOptions = {}): Storage {
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    connect_timeout: 10,
    types: { int8: INT8_AS_NUMBER },
    onnotice: () => {},
    ...(options.schema ? { connection: { search_path: options.schema } } : {}),
  });
  const ready = (async () => {
    if (options.schema) await sql`CREATE SCHEMA IF NOT EXISTS ${sql(options.schema)}`;
    await migratePg(sql);
  })();
  // Whoever waits on `ready` sees the failure; this only keeps it from counting as unhandled.
  ready.catch(() => {});
  const boards = new PgBoardStore(sql, ready);
  return {
    boards,
    leases: new PgBoardLeases(sql, ready, boards, options.leaseMs ?? 10_000),
    hints: pgBoardHints(sql, ready),
    actions: new PgBoardActions(sql, ready),
    async spendTicket(ticket, expiresAt) {
      await ready;
      const hash = createHash('sha256').update(ticket, 'utf8').digest();
      await sql`DELETE FROM spent_tickets WHERE expires_at <= ${Date.now()}`;
      const spent =
        await sql`INSERT INTO spent_tickets (ticket_hash, expires_at) VALUES (${hash}, ${expiresAt}) ON CONFLICT DO NOTHING RETURNING 1`;
      return spent.count === 1;
    },
    people: new PgPeopleStore(sql, ready),
    staff: new PgStaffStore(sql, ready),
    ready,
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
