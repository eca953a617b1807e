/** Starts Kinboard from the environment (see README "Configuration"). */
import { configFromEnv } from './config';
import { createKinboardServer } from './createServer';
import { yieldHelperThreads } from './helperThreads';
import { logEvent } from './log';
import { latestVersion } from './storage/migrations';
import { PG_MIGRATIONS } from './storage/pgMigrations';

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv(process.env);
} catch (error) {
  // A setting that is wrong stops the start with what is wrong, not a stack trace.
  console.error(`Kinboard did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const server = createKinboardServer(config);
const port = await server.listen().catch((error: unknown) => {
  // The database could not be reached or migrated (PostgreSQL down, wrong password, a newer schema).
  console.error(`Kinboard did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const { logger } = config;
logEvent(logger, 'info', 'server_started', {
  port,
  version: config.databaseUrl ? latestVersion(PG_MIGRATIONS) : latestVersion(),
  detail: `${config.oidc ? 'staff sign-in on' : 'staff sign-in off'}, ${config.databaseUrl ? 'PostgreSQL' : 'SQLite'}`,
});
// The event loop comes first on a busy CPU [P11].
const helpers = await yieldHelperThreads();
logEvent(logger, helpers.policy === 'idle' ? 'info' : 'warn', 'helper_threads', {
  detail: `${helpers.threads} helper threads: ${helpers.policy}${helpers.detail ? ` (${helpers.detail})` : ''}`,
});
if (config.webRoot === null) logEvent(logger, 'warn', 'web_app_not_served', { detail: 'KINBOARD_WEB_ROOT unset' });

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logEvent(logger, 'info', 'server_stopping', { reason: signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logEvent(logger, 'error', 'shutdown_failed', { detail: String(error).slice(0, 200) });
        process.exit(1);
      },
    );
  });
}
