/**
 * Bench-mode hook: a tiny HTTP endpoint on its own loopback port, started only by the bench
 * wrappers (never by the product). GET /stats runs a full GC when the process was started with
 * --expose-gc and answers the heap, RSS and how many rooms/documents are loaded. GET /pauses
 * answers how long the event loop was held up and how long GC paused it since the last
 * /pauses?reset (the same for every server, to find what sets a latency tail), and how long
 * after a socket message arrived the server first wrote something to another socket (its time
 * inside the server before the first delivery; `watchSends`).
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';
import { percentile } from '../stats';

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
  /** Messages that led to a send to another socket, and how long after arriving the first such send left (null without `watchSends`: Hocuspocus 4 speaks through crossws, not a `ws` class of its own, and is not timed). */
  firstSendCount: number;
  firstSendP50Ms: number | null;
  firstSendP99Ms: number | null;
}

type SocketClass = { prototype: { emit(...args: unknown[]): boolean } };
let firstSends: number[] = [];

/**
 * Times, inside the server, each socket message to the first write it leads to on another socket
 * (the first delivery of a broadcast; a reply to the sender itself does not count). Wraps the
 * `emit` of the `ws` WebSocket class the server uses (to see a message arrive, and on which TCP
 * socket) and the `write` of every TCP socket (to see bytes leave, whether through `ws.send` or a
 * frame written straight to the socket), so it reads the same on every server built on `ws`;
 * while a message waits, a later one does not restart its clock.
 */
export function watchSends(socketClass: SocketClass): void {
  const emit = socketClass.prototype.emit;
  const write = net.Socket.prototype.write;
  let waiting: { from: unknown; at: number } | null = null;
  socketClass.prototype.emit = function (this: { _socket?: unknown }, ...args: unknown[]) {
    if (args[0] === 'message' && waiting === null) waiting = { from: this._socket, at: performance.now() };
    return emit.apply(this, args);
  };
  net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
    if (waiting !== null && waiting.from !== this) {
      firstSends.push(performance.now() - waiting.at);
      waiting = null;
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof write;
}

const roundMs = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

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
      firstSendCount: firstSends.length,
      firstSendP50Ms: roundMs(percentile(firstSends, 50)),
      firstSendP99Ms: roundMs(percentile(firstSends, 99)),
    }),
    reset: () => {
      loop.reset();
      gcs = [];
      majors = [];
      firstSends = [];
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
