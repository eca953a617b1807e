/**
 * Bench-mode hook: a tiny HTTP endpoint on its own loopback port, started only by the bench
 * wrappers (never by the product). GET /stats runs a full GC when the process was started with
 * --expose-gc and answers the heap, RSS and how many rooms/documents are loaded. GET /pauses
 * answers how long the event loop was held up and how long GC paused it since the last
 * /pauses?reset (the same for every server, to find what sets a latency tail).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';

export interface HookStats {
  heapUsed: number;
  rss: number;
  external: number;
  arrayBuffers: number;
  loadedRooms: number;
  gc: boolean;
}

/** Event-loop delay (how late a 1 ms timer ran) and GC pauses over a window, in ms. */
export interface HookPauses {
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
  /** GC pauses of 1 ms or more. */
  gcOver1Ms: number;
  /** Full (mark-compact) collections and the longest of them. */
  gcMajorCount: number;
  gcMajorMaxMs: number;
}

function watchPauses(): { read(): HookPauses; reset(): void } {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let gcs: number[] = [];
  let majors: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcs.push(entry.duration);
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    read: () => ({
      loopDelayP50Ms: ms(loop.percentile(50)),
      loopDelayP99Ms: ms(loop.percentile(99)),
      loopDelayMaxMs: ms(loop.max),
      gcCount: gcs.length,
      gcTotalMs: Math.round(gcs.reduce((a, b) => a + b, 0) * 100) / 100,
      gcMaxMs: Math.round(Math.max(0, ...gcs) * 100) / 100,
      gcOver1Ms: gcs.filter((d) => d >= 1).length,
      gcMajorCount: majors.length,
      gcMajorMaxMs: Math.round(Math.max(0, ...majors) * 100) / 100,
    }),
    reset: () => {
      loop.reset();
      gcs = [];
      majors = [];
    },
  };
}

export function startHook(loadedRooms: () => number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const pauses = watchPauses();
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/pauses')) {
      const body = pauses.read();
      if (req.url.includes('reset')) pauses.reset();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
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
