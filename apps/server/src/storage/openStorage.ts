/**
 * The server's storage as one bundle, one store per concern (boards with their documents,
 * records, audit and held answers; people; staff and sessions), all over one database: the
 * embedded SQLite file by default, or PostgreSQL when KINBOARD_DATABASE_URL is set.
 */
import Database from 'better-sqlite3';
import type { BoardStore } from './BoardStore';
import type { BoardActionQueue } from './PgBoardActions';
import type { BoardHints, BoardLeases } from './PgBoardLeases';
import { MemoryPeopleStore } from './MemoryPeopleStore';
import { migrate } from './migrations';
import { pgStorage } from './pgStorage';
import type { PeopleStore } from './PeopleStore';
import { SqliteBoardStore } from './SqliteBoardStore';
import { SqlitePeopleStore } from './SqlitePeopleStore';
import { SqliteStaffStore, type StaffStore } from './StaffStore';

export interface Storage {
  readonly boards: BoardStore;
  readonly people: PeopleStore;
  readonly staff: StaffStore;
  /** Who serves which board when several processes share the database; null when only one can (SQLite). */
  readonly leases: BoardLeases | null;
  /** Actions handed to the process serving a board (MP6); null with one process. */
  readonly actions: BoardActionQueue | null;
  /** Hints between processes that a board changed (LISTEN/NOTIFY); null with one process. Never carries data (MP4). */
  readonly hints: BoardHints | null;
  /** Marks a ticket spent for every process sharing the database; false when it already was (MP5). Null with one process. */
  readonly spendTicket: ((ticket: string, expiresAt: number) => Promise<boolean>) | null;
  /** Resolves once the schema is current (migrations ran); rejects with the reason when it cannot be. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** The storage the configuration names: PostgreSQL when a database URL is set, else the SQLite file in the data folder. */
export function openStorage(config: { readonly dataDir: string; readonly databaseUrl: string | null; readonly leaseMs: number }): Storage {
  return config.databaseUrl ? pgStorage(config.databaseUrl, { leaseMs: config.leaseMs }) : sqliteStorage(config.dataDir);
}

/** The embedded default: one SQLite file in `dataDir`, migrated as it opens. */
export function sqliteStorage(dataDir: string): Storage {
  const boards = new SqliteBoardStore(dataDir);
  const people = new SqlitePeopleStore(dataDir);
  return {
    boards,
    people,
    staff: new SqliteStaffStore(boards.database),
    leases: null,
    actions: null,
    hints: null,
    spendTicket: null,
    ready: Promise.resolve(),
    async close() {
      await boards.close();
      await people.close();
    },
  };
}

/**
 * Stores given by a test or benchmark (e.g. MemoryBoardStore); people default to memory, and
 * staff live in an in-memory SQLite database (nobody signs in there).
 */
export function givenStorage(boards: BoardStore, people: PeopleStore = new MemoryPeopleStore()): Storage {
  let staff: StaffStore;
  if (boards instanceof SqliteBoardStore) {
    staff = new SqliteStaffStore(boards.database);
  } else {
    const db = new Database(':memory:');
    migrate(db);
    staff = new SqliteStaffStore(db);
  }
  return {
    boards,
    people,
    staff,
    leases: null,
    actions: null,
    hints: null,
    spendTicket: null,
    ready: Promise.resolve(),
    async close() {
      await boards.close();
      await people.close();
    },
  };
}
