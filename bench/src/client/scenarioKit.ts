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

/**
 * Document clients that record, for every new "ping" they see, the time since it was sent.
 *
 * `oneWriter`: the pings are one writer's, numbered 0, 1, 2, … in order, so a message carrying
 * ping i also carries every ping before it the receiver has not seen: each of those is a delivery,
 * timed from its own send. A server that merges the updates it applied in one turn into one
 * message (Kinboard [P7], when two pings reach it together) then counts the same deliveries as one
 * that sends each update alone. Without it (several writers sharing the numbers), only the ping
 * named in the message is timed.
 */
export interface PingReceiverOptions {
  /** Whether to count a delivery now (default: always). */
  accept?: () => boolean;
  /** The pings are one writer's, numbered from 0 (see above). */
  oneWriter?: boolean;
  /** Also records each delivery's time under its ping's number. */
  byPing?: number[][];
}

export function pingReceiver(sendTimes: number[], latencies: number[], options: PingReceiverOptions = {}): Y.Doc {
  const { accept = () => true, oneWriter = false, byPing } = options;
  const doc = new Y.Doc();
  const bench = doc.getMap<number>('bench');
  let last = -1;
  bench.observe((event) => {
    // Only what arrived from the server: a writer's own ping is not a delivery.
    if (event.transaction.local || !event.keysChanged.has('ping')) return;
    const i = bench.get('ping');
    if (typeof i !== 'number' || i <= last) return;
    const now = performance.now();
    for (let seen = oneWriter ? last + 1 : i; seen <= i; seen++) {
      const sent = sendTimes[seen];
      if (sent === undefined || !accept()) continue;
      latencies.push(now - sent);
      if (byPing) (byPing[seen] ??= []).push(now - sent);
    }
    last = i;
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
