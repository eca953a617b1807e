/**
 * Bench-mode hook: a tiny HTTP endpoint on its own loopback port, started only by the bench
 * wrappers (never by the product). GET /stats runs a full GC when the process was started with
 * --expose-gc and answers the heap, RSS and how many rooms/documents are loaded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HookStats {
  heapUsed: number;
  rss: number;
  external: number;
  arrayBuffers: number;
  loadedRooms: number;
  gc: boolean;
}

export function startHook(loadedRooms: () => number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/stats')) {
      const collect = !req.url.includes('nogc');
      if (gc && collect) {
        gc();
        gc();
      }
      const m = process.memoryUsage();
      const body: HookStats = {
        heapUsed: m.heapUsed,
        rss: m.rss,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        loadedRooms: loadedRooms(),
        gc: Boolean(gc && collect),
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Tells the parent (over the IPC channel) where the server and its hook listen. */
export function announce(port: number, hookPort: number, extra: Record<string, unknown> = {}): void {
  process.send?.({ type: 'ready', port, hookPort, pid: process.pid, ...extra });
  process.on('disconnect', () => process.exit(0));
}
