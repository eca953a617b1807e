/**
 * Kinboard's server as `apps/server/src/main.ts` starts it (configuration from the KINBOARD_*
 * environment, embedded SQLite, every update stored before it is broadcast), on a loopback port
 * chosen by the OS, plus the bench-mode stats hook.
 *
 * BENCH_OURS_ENTRY=path/to/src/index.ts runs another copy of the server instead (for example one
 * exported from an older commit into apps/server/ so it resolves the same dependencies), for
 * before/after comparisons made in the same minutes on this shared machine.
 *
 * BENCH_WEB_ROOT=apps/web/dist serves the built web app too (the web speed scenario).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { announce, startHook, watchSends } from './hook';

type ServerModule = typeof import('@kinboard/server');
const entry = process.env.BENCH_OURS_ENTRY;
const { configFromEnv, createKinboardServer, yieldHelperThreads } = (
  entry ? await import(pathToFileURL(entry).href) : await import('@kinboard/server')
) as ServerModule;

// The `ws` the server itself resolves (the same class its sockets are made from).
const serverEntry = entry ? entry : fileURLToPath(import.meta.resolve('@kinboard/server'));
watchSends(createRequire(serverEntry)('ws'));

const config = configFromEnv(process.env);
// BENCH_SERVER_LOG=FILE appends the server's log lines there (refusals, closes); by default it logs nothing.
const logFile = process.env.BENCH_SERVER_LOG;
const log = logFile ? (line: string) => fs.appendFileSync(logFile, `${line}\n`) : () => {};
const server = createKinboardServer({ ...config, port: 0, host: '127.0.0.1', webRoot: process.env.BENCH_WEB_ROOT ?? null, log });
const port = await server.listen();
// As main.ts does once listening: the event loop comes first on the one CPU [P11]. (An older
// commit run through BENCH_OURS_ENTRY may not have it.)
await yieldHelperThreads?.();
const hookPort = await startHook(() => server.rooms.loadedCount);
announce(port, hookPort, {
  unloadAfterMs: server.config.unloadAfterMs,
  compactAfterUpdates: server.config.compactAfterUpdates,
  ...(entry ? { entry } : {}),
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void server.close().finally(() => process.exit(0)));
}
