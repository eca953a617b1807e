/**
 * 1. Fan-out: one writer sends a ping at a steady rate to a room of N people; every receiver times
 * each ping from its send (see scenarios.ts for how latencies are measured). The details say, per
 * N, how many messages the server sent for the pings, when each ping's first receiver had it and
 * how long after that its last one did, and the server's event-loop delay and GC pauses meanwhile.
 */
import * as Y from 'yjs';
import type { Figure, ScenarioResult } from '../types';
import { percentile, round, sleep } from '../stats';
import { closeAll, ms, paced, ping, pingReceiver, range, waitUntil } from './scenarioKit';
import { type Target, inBatches } from './target';

export async function fanout(
  t: Target,
  p: { ns: number[]; rate: number; seconds: number; warmupSeconds?: number },
): Promise<ScenarioResult> {
  const figures: Record<string, Figure> = {};
  const details: Record<string, unknown> = {};
  for (const n of p.ns) {
    const room = await t.newRoom();
    const writerDoc = new Y.Doc();
    const writer = await t.connect(room, { doc: writerDoc });
    const sendTimes: number[] = [];
    const latencies: number[] = [];
    const byPing: number[][] = [];
    // Pings sent while warming up are delivered but not timed.
    let timing = false;
    const accept = () => timing;
    const docs: Y.Doc[] = [];
    const receivers = await inBatches(range(n - 1), 25, () => {
      const doc = pingReceiver(sendTimes, latencies, { oneWriter: true, byPing, accept });
      docs.push(doc);
      return t.connect(room, { doc });
    });
    await sleep(200);
    // Warm-up, the same for every server: right after N people joined, the load generator's own
    // first garbage collections and compilations stall whole pings; the first second is not timed.
    const warmup = Math.round(p.rate * (p.warmupSeconds ?? 0));
    await paced(warmup, p.rate, (i) => ping(writerDoc, i, sendTimes));
    // Timing starts once every receiver has had the last warm-up ping.
    if (warmup > 0) await waitUntil(() => docs.every((doc) => doc.getMap<number>('bench').get('ping') === warmup - 1), 5000);
    timing = true;
    const total = Math.max(1, Math.round(p.rate * p.seconds));
    await t.pauses();
    await paced(total, p.rate, (i) => ping(writerDoc, warmup + i, sendTimes));
    const expected = total * (n - 1);
    await waitUntil(() => latencies.length >= expected, 5000);
    const pauses = await t.pauses();
    figures[`p50Ms_N${n}`] = ms(percentile(latencies, 50));
    figures[`p99Ms_N${n}`] = ms(percentile(latencies, 99));
    // Per update: when its first receiver had it, and how long after that its last one did.
    const delivered = byPing.filter((d) => d.length > 0);
    const firsts = delivered.map((d) => Math.min(...d));
    const spreads = delivered.map((d) => Math.max(...d) - Math.min(...d));
    details[`N${n}`] = {
      clients: n,
      updates: total,
      warmupUpdates: warmup,
      rate: p.rate,
      deliveries: latencies.length,
      expected,
      maxMs: round(Math.max(...latencies)),
      // Fewer than `expected` when the server sent several updates as one message.
      messages: receivers.reduce((sum, r) => sum + r.updateFrames, 0) - receivers.length,
      firstReceiverP50Ms: round(percentile(firsts, 50)),
      firstReceiverP99Ms: round(percentile(firsts, 99)),
      firstToLastP50Ms: round(percentile(spreads, 50)),
      firstToLastP99Ms: round(percentile(spreads, 99)),
      server: pauses,
    };
    await closeAll([writer, ...receivers]);
  }
  return { figures, details };
}
