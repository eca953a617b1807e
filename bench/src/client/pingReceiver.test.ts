/**
 * The fan-out receiver counts what a person would see: when a server sends two of a writer's
 * pings in one message, both arrived then, and each is timed from its own send.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ping, pingReceiver } from './scenarioKit';

/** The writer's updates for pings `from`..`to`, merged into one message as a batching server sends it. */
function pings(writer: Y.Doc, from: number, to: number, sendTimes: number[]): Uint8Array {
  const updates: Uint8Array[] = [];
  const keep = (update: Uint8Array) => updates.push(update);
  writer.on('update', keep);
  for (let i = from; i <= to; i++) ping(writer, i, sendTimes);
  writer.off('update', keep);
  return Y.mergeUpdates(updates);
}

describe('pingReceiver', () => {
  it('times every ping a merged message carries when the pings are one writer’s', () => {
    const writer = new Y.Doc();
    const sendTimes: number[] = [];
    const latencies: number[] = [];
    const receiver = pingReceiver(sendTimes, latencies, { oneWriter: true });
    Y.applyUpdate(receiver, pings(writer, 0, 0, sendTimes), 'server');
    Y.applyUpdate(receiver, pings(writer, 1, 3, sendTimes), 'server');
    expect(latencies).toHaveLength(4);
    // The first ping of the merged message was sent before the last, so it waited longer.
    expect(latencies[1]!).toBeGreaterThanOrEqual(latencies[3]!);
  });

  it('times only the named ping when several writers share the numbers', () => {
    const writer = new Y.Doc();
    const sendTimes: number[] = [];
    const latencies: number[] = [];
    const receiver = pingReceiver(sendTimes, latencies);
    Y.applyUpdate(receiver, pings(writer, 0, 2, sendTimes), 'server');
    expect(latencies).toHaveLength(1);
  });

  it('does not count the receiver’s own pings or a ping seen twice', () => {
    const writer = new Y.Doc();
    const sendTimes: number[] = [];
    const latencies: number[] = [];
    const receiver = pingReceiver(sendTimes, latencies, { oneWriter: true });
    const first = pings(writer, 0, 1, sendTimes);
    Y.applyUpdate(receiver, first, 'server');
    Y.applyUpdate(receiver, first, 'server');
    ping(receiver, 2, sendTimes);
    expect(latencies).toHaveLength(2);
  });
});
