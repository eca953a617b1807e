/**
 * Retention with a controllable clock: a board with no activity for KINBOARD_RETENTION_DAYS is
 * deleted for good, as DELETE does; activity (someone joining) starts the period again; a board
 * with people on it is kept; the council log names the board id only.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../core/RetentionSweeper';
import { createLogger, lineLogger } from '../log';
import { TestServer, waitFor } from './harness';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.cleanup();
});

async function retentionServer(days: number) {
  const clock = { now: Date.now() };
  const output: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        output.push(String(chunk));
        done();
      },
    }),
  );
  const server = await new TestServer(undefined, { retentionDays: days, now: () => clock.now, logger, log: lineLogger(logger) }).start();
  servers.push(server);
  return { server, clock, output, advanceDays: (n: number) => (clock.now += n * DAY_MS) };
}

describe('retention', () => {
  it('[RT1] a board idle for the whole period is deleted for good and the log names only its id', async () => {
    const { server, output, advanceDays } = await retentionServer(30);
    const board = await server.createBoard('Retention family Smith');
    advanceDays(29);
    expect(await server.server.retention?.sweep()).toEqual([]);
    expect(await server.server.store.getBoard(board.id)).not.toBeNull();

    advanceDays(2);
    expect(await server.server.retention?.sweep()).toEqual([board.id]);
    expect(await server.server.store.getBoard(board.id)).toBeNull();
    expect((await server.server.store.loadDocument(board.id)).snapshot).toBeNull();
    const check = await fetch(`${server.origin}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${new URL(board.links.facilitator).hash.slice(1)}` },
    });
    expect(check.status).toBe(404);

    const records = output.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(
      expect.objectContaining({ level: 'info', event: 'board_deleted_by_retention', board: board.id, days: 30 }),
    );
    expect(output.join('')).not.toContain('Retention family Smith');
  });

  it('[RT2] someone joining starts the period again; a board with people on it is kept', async () => {
    const { server, advanceDays } = await retentionServer(30);
    const quiet = await server.createBoard('Quiet board');
    const visited = await server.createBoard('Visited board');
    advanceDays(20);
    const visitor = await server.connect(visited, 'participant');
    await visitor.synced();
    visitor.destroy();
    advanceDays(11);
    expect(await server.server.retention?.sweep()).toEqual([quiet.id]);

    // Still connected at the end of the period: kept while they are there.
    const stayer = await server.connect(visited, 'viewer');
    await stayer.synced();
    advanceDays(31);
    expect(await server.server.retention?.sweep()).toEqual([]);
    stayer.destroy();
    await waitFor(() => (server.server.rooms.loaded(visited.id)?.connectionCount ?? 0) === 0, 5000, 'the viewer to leave');
    advanceDays(31);
    expect(await server.server.retention?.sweep()).toEqual([visited.id]);
  });

  it('[RT3] without KINBOARD_RETENTION_DAYS nothing is ever deleted', async () => {
    const server = await new TestServer().start();
    servers.push(server);
    expect(server.server.retention).toBeNull();
  });
});
