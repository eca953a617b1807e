/**
 * The second peer: Hocuspocus (@hocuspocus/server 4.7.0), the server people would pick for a
 * self-hosted, persisted Yjs service, with its SQLite extension (@hocuspocus/extension-sqlite
 * 4.7.0). Everything is at its defaults (debounce 2000 ms, maxDebounce 10000 ms, flushDelay 0,
 * unloadImmediately, no authentication hook) except two things the bench needs: the SQLite
 * extension's `database` is a file in the run's data folder instead of its default ":memory:",
 * so the document really is stored, and the server listens on a loopback port the OS picks
 * (quiet, without its own signal handlers, so the harness stops it like the others).
 *
 * What it does not do that Kinboard does: it saves the whole document after a 2 s debounce
 * (at most 10 s), so an update that others have already seen can be lost when the process dies;
 * and it has no "saved" acknowledgement (its SyncStatus message only says the update was applied).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { packageVersion } from '../proc';
import { announce, startHook } from './hook';

const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync('/tmp/kinboard-bench-hocuspocus-');
const database = path.join(dataDir, 'hocuspocus.sqlite');
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
  extensions: [new SQLite({ database })],
});
await server.listen();
const version = packageVersion('@hocuspocus/server');
const hookPort = await startHook(() => server.hocuspocus.documents.size);
announce(server.address.port, hookPort, {
  version,
  database,
  debounceMs: server.configuration.debounce,
  maxDebounceMs: server.configuration.maxDebounce,
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void server.destroy().finally(() => process.exit(0)));
}
