/**
 * Kinboard's server as `apps/server/src/main.ts` starts it (configuration from the KINBOARD_*
 * environment, embedded SQLite, every update stored before it is broadcast), on a loopback port
 * chosen by the OS, plus the bench-mode stats hook.
 */
import { configFromEnv, createKinboardServer } from '@kinboard/server';
import { announce, startHook } from './hook';

const config = configFromEnv(process.env);
const server = createKinboardServer({ ...config, port: 0, host: '127.0.0.1', webRoot: null, log: () => {} });
const port = await server.listen();
const hookPort = await startHook(() => server.rooms.loadedCount);
announce(port, hookPort, {
  unloadAfterMs: server.config.unloadAfterMs,
  compactAfterUpdates: server.config.compactAfterUpdates,
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void server.close().finally(() => process.exit(0)));
}
