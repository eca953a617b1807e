/**
 * The storage engines a server suite can run on: the embedded SQLite file (a temporary data
 * folder, as TestServer makes by default), or PostgreSQL in a fresh migrated schema of the run's
 * database (pgGlobalSetup.ts), dropped when the suite ends.
 */
import { randomBytes } from 'node:crypto';
import type { ServerConfig } from '../config';
import { pgStorage } from '../storage/pgStorage';
import { dropSchema, pgUrl } from './pgTest';

export interface Engine {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** What to give TestServer so it stores there. */
  overrides(): Promise<Partial<ServerConfig>>;
  /** Removes what the suite stored (the schema); the SQLite folder goes with TestServer.cleanup. */
  dispose(): Promise<void>;
}

export function sqliteEngine(): Engine {
  return { name: 'SQLite', overrides: async () => ({}), dispose: async () => {} };
}

export function pgEngine(): Engine {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let made = false;
  return {
    name: 'PostgreSQL',
    async overrides() {
      if (!pgUrl) throw new Error('no PostgreSQL for this run');
      const setup = pgStorage(pgUrl, { schema });
      made = true;
      await setup.ready;
      await setup.close();
      return { databaseUrl: `${pgUrl}?search_path=${schema}` };
    },
    async dispose() {
      if (made && pgUrl) await dropSchema(pgUrl, schema);
    },
  };
}
