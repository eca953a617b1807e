/** Small pieces every scenario uses: figures, waiting, pacing, and the ping documents that time a delivery. */
import * as Y from 'yjs';
import type { Figure } from '../types';
import { round, sleep } from '../stats';
import type { RawClient } from './rawClient';
import { inBatches } from './target';

export const ms = (value: number | null, note?: string): Figure => ({ value: round(value, 2), unit: 'ms', ...(note ? { note } : {}) });
export const num = (value: number | null, unit: string, note?: string): Figure => ({
  value: round(value, 2),
  unit,
  ...(note ? { note } : {}),
});
export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const author = { id: 'bench', name: 'Bench' };

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

export async function closeAll(clients: RawClient[]): Promise<void> {
  await inBatches(clients, 100, (c) => c.close());
}

/** Document clients that record, for every new "ping" they see, the time since it was sent. */
export function pingReceiver(sendTimes: number[], latencies: number[], accept: () => boolean = () => true): Y.Doc {
  const doc = new Y.Doc();
  const bench = doc.getMap<number>('bench');
  let last = -1;
  bench.observe((event) => {
    // Only what arrived from the server: a writer's own ping is not a delivery.
    if (event.transaction.local || !event.keysChanged.has('ping')) return;
    const i = bench.get('ping');
    if (typeof i !== 'number' || i <= last) return;
    last = i;
    const sent = sendTimes[i];
    if (sent !== undefined && accept()) latencies.push(performance.now() - sent);
  });
  return doc;
}

/** One edit a writer makes: a character typed plus the ping marker, in one update. */
export function ping(doc: Y.Doc, seq: number, sendTimes: number[]): void {
  const text = doc.getText('bench-text');
  sendTimes[seq] = performance.now();
  doc.transact(() => {
    text.insert(text.length, 'x');
    doc.getMap<number>('bench').set('ping', seq);
  });
}

/** Runs `tick(i)` `count` times at `rate` per second, on schedule (no drift). */
export async function paced(count: number, rate: number, tick: (i: number) => void): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    tick(i);
  }
}
