/**
 * Board leases on a real PostgreSQL, with two storages standing for two processes [MP1][MP2]:
 * one process at a time holds a board, and a process whose lease was taken over can no longer
 * write the board's document or held answers — so it can never acknowledge anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pgStorage } from './pgStorage';
import type { Storage } from './openStorage';
import { LeaseLost } from './PgBoardLeases';
import { dropSchema, pgUrl } from '../test/pgTest';
import { randomBytes } from 'node:crypto';

const hash = new Uint8Array(32).fill(7);

describe.runIf(pgUrl)('board leases on PostgreSQL', () => {
  const opened: Storage[] = [];
  let schema = '';

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  async function twoProcesses(leaseMs: number): Promise<[Storage, Storage]> {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const a = pgStorage(pgUrl ?? '', { schema, maxConnections: 2, leaseMs });
    await a.ready;
    const b = pgStorage(pgUrl ?? '', { schema, maxConnections: 2, leaseMs });
    await b.ready;
    opened.push(a, b);
    await a.boards.createBoard(
      {
        id: 'b1',
        title: 'Lease family',
        template: 'three-column',
        createdAt: 1,
        secretHashes: { facilitator: hash, participant: hash, viewer: hash },
      },
      new Uint8Array([0, 0]),
    );
    return [a, b];
  }

  it('[MP1] a board held by one process cannot be taken by another until the lease runs out or is released', async () => {
    const [a, b] = await twoProcesses(60_000);
    const held = await a.leases?.acquire('b1');
    expect(held?.epoch).toBe(1);
    expect(await b.leases?.acquire('b1')).toBeNull();
    expect(await held?.renew()).toBe(true);
    await held?.release();
    const taken = await b.leases?.acquire('b1');
    expect(taken?.epoch).toBe(2);
    expect(await a.leases?.acquire('b1')).toBeNull();
  });

  it('[MP2] after another process takes the board over, the old holder can neither append, compact nor hold answers; the new one can', async () => {
    const [a, b] = await twoProcesses(200);
    const old = await a.leases?.acquire('b1');
    if (!old) throw new Error('no lease');
    expect(await old.store.appendUpdates('b1', [new Uint8Array([1])])).toBe(1);
    // The old holder stops renewing (frozen, cut off); its lease runs out and the other process takes the board.
    await new Promise((r) => setTimeout(r, 400));
    const next = await b.leases?.acquire('b1');
    if (!next) throw new Error('no lease');
    expect(next.epoch).toBe(2);

    await expect(old.store.appendUpdates('b1', [new Uint8Array([2])])).rejects.toThrow(LeaseLost);
    await expect(old.store.compact('b1', new Uint8Array([0, 0]), 1)).rejects.toThrow(LeaseLost);
    await expect(old.store.holdAnswer('b1', 'r1', 'p:x', '{}')).rejects.toThrow(LeaseLost);
    expect(await old.renew()).toBe(false);

    expect(await next.store.appendUpdates('b1', [new Uint8Array([3])])).toBe(2);
    const stored = await b.boards.loadDocument('b1');
    expect(stored.updates.map((u) => [...u])).toEqual([[1], [3]]);
    expect(stored.lastSeq).toBe(2);
  });
});
