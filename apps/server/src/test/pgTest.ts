/**
 * PostgreSQL for a test: each test gets a schema of its own in the run's database
 * (pgGlobalSetup.ts), dropped afterwards, so tests never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Storage } from '../storage/openStorage';
import { pgStorage } from '../storage/pgStorage';

/** The PostgreSQL URL of this run, or null when PostgreSQL is not installed (the suites say they are skipped). */
export const pgUrl: string | null = inject('pgUrl');

export interface PgTestStorage {
  storage: Storage;
  readonly schema: string;
  /** Closes the storage and opens it again on the same schema. */
  reopen(): Promise<Storage>;
  /** Closes the storage and drops the schema. */
  dispose(): Promise<void>;
}

/** A fresh, migrated schema, or a clear error when there is no PostgreSQL. */
export async function openPgStorage(): Promise<PgTestStorage> {
  const url = pgUrl;
  if (!url) throw new Error('no PostgreSQL for this run');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const open = async () => {
    const storage = pgStorage(url, { schema, maxConnections: 3 });
    await storage.ready;
    return storage;
  };
  const subject: PgTestStorage = {
    storage: await open(),
    schema,
    async reopen() {
      await subject.storage.close();
      subject.storage = await open();
      return subject.storage;
    },
    async dispose() {
      await subject.storage.close();
      await dropSchema(url, schema);
    },
  };
  return subject;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`DROP SCHEMA IF EXISTS ${sql(schema)} CASCADE`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
