/**
 * Vitest global setup: gives the suites a PostgreSQL to test against. KINBOARD_TEST_DATABASE_URL
 * names one; otherwise a throwaway cluster is started in a temporary folder on loopback and
 * removed when the run ends (also when tests fail or the run is interrupted). Without PostgreSQL
 * installed the PostgreSQL suites are skipped with a loud warning, unless KINBOARD_REQUIRE_POSTGRES
 * is set (as `npm test` does), when the run fails instead.
 */
import type { TestProject } from 'vitest/node';
import { PgCluster, findPgBin } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL the suites may use, or null when there is none. */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.KINBOARD_TEST_DATABASE_URL;
  if (given) {
    project.provide('pgUrl', given);
    return () => {};
  }
  if (!findPgBin()) {
    if (process.env.KINBOARD_REQUIRE_POSTGRES) throw new Error('PostgreSQL is required for these tests but is not installed');
    console.warn('\n!!! PostgreSQL is not installed: the PostgreSQL suites are SKIPPED. Run `npm test` to install it and run them.\n');
    project.provide('pgUrl', null);
    return () => {};
  }
  const cluster = await PgCluster.create();
  const removeOnExit = () => cluster.remove();
  process.once('exit', removeOnExit);
  project.provide('pgUrl', cluster.url);
  return () => {
    process.off('exit', removeOnExit);
    cluster.remove();
  };
}
