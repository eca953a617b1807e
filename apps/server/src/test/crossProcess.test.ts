/**
 * Two servers on one PostgreSQL, standing for two processes: the board is served by the one its
 * people are connected to, while the facilitator's requests reach the other. What the chair does
 * there reaches the sockets here through a hint, re-checked against the database [MP4]; a
 * connection reaching the process that does not serve the board is told to reconnect [MP1].
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCode } from '@kinboard/model';
import { pgStorage } from '../storage/pgStorage';
import { TestServer, waitFor } from './harness';
import { dropSchema, pgUrl } from './pgTest';

describe.runIf(pgUrl)('two processes on one PostgreSQL', () => {
  const servers: TestServer[] = [];
  let schema = '';

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.cleanup()));
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  async function twoServers(): Promise<[TestServer, TestServer]> {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const setup = pgStorage(pgUrl ?? '', { schema });
    await setup.ready;
    await setup.close();
    const databaseUrl = `${pgUrl}?search_path=${schema}`;
    for (let i = 0; i < 2; i++) servers.push(await new TestServer(undefined, { databaseUrl, leaseMs: 60_000 }).start());
    return servers as [TestServer, TestServer];
  }

  it('[MP1] a socket reaching the process that does not serve the board is told to reconnect (4500)', async () => {
    const [serving, other] = await twoServers();
    const board = await serving.createBoard('Two processes');
    await (await serving.connect(board, 'participant')).synced();
    const elsewhere = await other.connect(board, 'participant');
    await waitFor(() => elsewhere.closes.length > 0, 5000, 'the other process to close');
    expect(elsewhere.closes[0]?.code).toBe(CloseCode.boardReloaded);
    elsewhere.provider.destroy();
  });

  it('[MP4] a link replaced, a person removed, or the board deleted through the other process closes the sockets here', async () => {
    const [serving, other] = await twoServers();
    const board = await serving.createBoard('Two processes');
    const participant = await (await serving.connect(board, 'participant')).synced();
    const invited = await other.asFacilitator(board, 'POST', '/people', { name: 'Nan', role: 'participant' });
    expect(invited.status).toBe(201);
    const { link, person } = (await invited.json()) as { link: string; person: { id: string } };
    const nan = await (await serving.connectWith(board.id, await serving.ticketFor(board.id, link))).synced();
    const chair = await (await serving.connect(board, 'facilitator')).synced();

    expect((await other.asFacilitator(board, 'POST', '/links/participant')).status).toBe(200);
    await waitFor(() => participant.closes.length > 0, 5000, 'the shared-link participant closed');
    expect(participant.closes[0]?.code).toBe(CloseCode.unauthorised);

    expect((await other.asFacilitator(board, 'DELETE', `/people/${person.id}`)).status).toBeLessThan(300);
    await waitFor(() => nan.closes.length > 0, 5000, 'the removed person closed');
    expect(nan.closes[0]?.code).toBe(CloseCode.removed);
    expect(chair.closes).toEqual([]);

    expect((await other.asFacilitator(board, 'DELETE', '')).status).toBe(204);
    await waitFor(() => chair.closes.length > 0, 5000, 'the chair closed');
    expect(chair.closes[0]?.code).toBe(CloseCode.boardGone);
    for (const c of [participant, nan, chair]) c.provider.destroy();
  });

  it('[MP5][L2] a ticket that opened a socket on one process is refused by the other', async () => {
    const [serving, other] = await twoServers();
    const board = await serving.createBoard('Two processes');
    const issued = await serving.ticketFor(board.id, board.links.participant);
    const ticket = issued.ticket;
    const first = serving.connectWith(board.id, issued);
    await first.synced();
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${other.port}/sync/${board.id}?ticket=${ticket}`);
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => {
        ws.close();
        resolve(101);
      });
    });
    expect(status).toBe(401);
    first.provider.destroy();
  });
});
