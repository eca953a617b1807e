/**
 * Actions handed to the process serving a board, on a real PostgreSQL, two storages standing for
 * two processes [MP6]: an action is run once or not at all, whoever races for it.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { dropSchema, pgUrl } from '../test/pgTest';
import type { Storage } from './openStorage';
import { pgStorage } from './pgStorage';

describe.runIf(pgUrl)('board actions on PostgreSQL', () => {
  const opened: Storage[] = [];
  let schema = '';

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  async function twoProcesses(): Promise<[NonNullable<Storage['actions']>, NonNullable<Storage['actions']>]> {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const a = pgStorage(pgUrl ?? '', { schema, maxConnections: 3 });
    await a.ready;
    const b = pgStorage(pgUrl ?? '', { schema, maxConnections: 3 });
    await b.ready;
    opened.push(a, b);
    if (!a.actions || !b.actions) throw new Error('PostgreSQL storage has no action queue');
    return [a.actions, b.actions];
  }

  it('[MP6] a pending action is claimed by one process once, with its arguments; its answer reaches the sender', async () => {
    const [sender, owner] = await twoProcesses();
    const id = await sender.enqueue('b1', 'closeConnection', 42);
    const nullArgs = await sender.enqueue('b1', 'connected', null);
    await sender.enqueue('b2', 'connected', null);
    const [first, second] = await Promise.all([owner.claim(['b1']), sender.claim(['b1'])]);
    const claimed = [...(first ?? []), ...(second ?? [])];
    expect(claimed.map((c) => [c.id, c.kind, c.args]).sort()).toEqual(
      [
        [id, 'closeConnection', 42],
        [nullArgs, 'connected', null],
      ].sort(),
    );
    expect(await owner.claim(['b1'])).toEqual([]);
    expect(await sender.state(id)).toEqual({ state: 'running' });
    // Once claimed it can no longer be taken back: it may be running.
    expect(await sender.withdraw(id)).toBe(false);
    await owner.finish(id, { ok: false, code: 'not_found', message: 'That person is not connected to this board' });
    expect(await sender.state(id)).toEqual({
      state: 'done',
      outcome: { ok: false, code: 'not_found', message: 'That person is not connected to this board' },
    });
    await sender.forget(id);
    expect(await sender.state(id)).toEqual({ state: 'gone' });
  });

  it('[MP6] an action taken back while still pending is never run', async () => {
    const [sender, owner] = await twoProcesses();
    const id = await sender.enqueue('b1', 'endMeeting', { person: 'p_1', name: 'Jo' });
    expect(await sender.withdraw(id)).toBe(true);
    expect(await owner.claim(['b1'])).toEqual([]);
    expect(await sender.state(id)).toEqual({ state: 'gone' });
  });

  it('[MP6] a nudge names the board only and reaches the other process', async () => {
    const [sender, owner] = await twoProcesses();
    const board = `b_${randomBytes(4).toString('hex')}`;
    const heard: string[] = [];
    await owner.listen((boardId) => heard.push(boardId));
    await sender.nudge(board);
    // Other suites running beside this one may nudge too (a channel spans the database): look for ours.
    const deadline = Date.now() + 5000;
    while (!heard.includes(board) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(heard).toContain(board);
  });
});
