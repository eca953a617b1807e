/**
 * Hostile requests against the real server (issue 12): pages of other sites, forged hosts,
 * malformed text and floods. Each test reproduces a defect found at c734b78; the sync-side attacks
 * are in hostile.test.ts.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from './engines';
import { TestServer, rawRequest, secretOf, type CreatedBoardLinks } from './harness';

/**
 * The suite, on the SQLite file or on PostgreSQL (`hostileRequests.test.ts`,
 * `hostileRequestsPg.test.ts`). Requests refused before any storage is read run on SQLite only.
 */
export function hostileRequestsSuite(engine: Engine): void {
  const storageFree = it.skipIf(engine.name === 'PostgreSQL');

  describe(`requests from other sites, forged hosts and floods (${engine.name})`, () => {
    let server: TestServer;
    let board: CreatedBoardLinks;
    beforeAll(async () => {
      server = await new TestServer(undefined, await engine.overrides()).start();
      board = await server.createBoard('Requests family');
    });
    afterAll(async () => {
      await server?.cleanup();
      await engine.dispose();
    });

    const post = (path: string, headers: Record<string, string>, body: string) =>
      rawRequest(server.port, { method: 'POST', path, headers }, body);
    const title = JSON.stringify({ title: 'Cross-site board' });

    storageFree("[H6] board creation from another site's page is refused with 403, whatever the content type says", async () => {
      for (const type of ['text/plain; charset=application/json', 'application/json']) {
        const res = await post('/api/boards', { 'content-type': type, origin: 'https://evil.example' }, title);
        expect(res.status, type).toBe(403);
        expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'cross_origin' } });
      }
    });

    it("[H6] every state-changing route refuses another site's page, and a request marked cross-site", async () => {
      const facilitator = { authorization: `Bearer ${secretOf(board.links.facilitator)}`, origin: 'https://evil.example' };
      const attempts = [
        rawRequest(server.port, { method: 'DELETE', path: `/api/boards/${board.id}`, headers: facilitator }),
        rawRequest(server.port, { method: 'POST', path: `/api/boards/${board.id}/links/viewer`, headers: facilitator }),
        rawRequest(
          server.port,
          { method: 'PUT', path: `/api/boards/${board.id}/lock`, headers: { ...facilitator, 'content-type': 'application/json' } },
          '{"locked":true}',
        ),
        post(
          '/api/tickets',
          { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
          JSON.stringify({ board: board.id, secret: secretOf(board.links.viewer) }),
        ),
      ];
      for (const res of await Promise.all(attempts)) expect(res.status).toBe(403);
      // The board is still there, unlocked, with its old links.
      const still = await rawRequest(server.port, {
        path: `/api/boards/${board.id}`,
        headers: { authorization: `Bearer ${secretOf(board.links.viewer)}` },
      });
      expect(still.status).toBe(200);
      expect(JSON.parse(still.body)).toMatchObject({ locked: false });
    });

    storageFree('[H6] a body that is not exactly application/json is refused, even from the same origin', async () => {
      const res = await post('/api/boards', { 'content-type': 'text/plain; charset=application/json', origin: server.origin }, title);
      expect(res.status).toBe(415);
    });

    it("[H6] the web app's own page still creates boards and gets tickets", async () => {
      const created = await post('/api/boards', { 'content-type': 'application/json', origin: server.origin }, title);
      expect(created.status).toBe(201);
      const ticket = await post(
        '/api/tickets',
        { 'content-type': 'application/json', origin: server.origin },
        JSON.stringify({ board: board.id, secret: secretOf(board.links.viewer) }),
      );
      expect(ticket.status).toBe(200);
    });

    storageFree('[H7] a forged Host never ends up in board links', async () => {
      const res = await post('/api/boards', { 'content-type': 'application/json', host: 'evil.example' }, title);
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('evil.example/b/');
    });

    storageFree('[H9] a title that is a lone half of a surrogate pair is refused with 400', async () => {
      const res = await post('/api/boards', { 'content-type': 'application/json' }, JSON.stringify({ title: '\ud800' }));
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'invalid_field' } });
    });

    it('[H8] guessing secrets gets 429 with Retry-After', async () => {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 100; i++) {
        const res = await post(
          '/api/tickets',
          { 'content-type': 'application/json' },
          JSON.stringify({ board: board.id, secret: `guess-${i}` }),
        );
        statuses.push(res.status);
        retryAfter ??= res.headers['retry-after'] as string | undefined;
      }
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s === 401).length).toBeLessThan(50);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    });

    it('[H8] creating boards and calling board routes in a flood get 429 with Retry-After', async () => {
      const created: number[] = [];
      for (let i = 0; i < 100; i++) created.push((await post('/api/boards', { 'content-type': 'application/json' }, title)).status);
      expect(created).toContain(429);
      const admin: http.IncomingHttpHeaders[] = [];
      const statuses: number[] = [];
      for (let i = 0; i < 700; i++) {
        const res = await rawRequest(server.port, {
          path: `/api/boards/${board.id}`,
          headers: { authorization: `Bearer ${secretOf(board.links.viewer)}` },
        });
        statuses.push(res.status);
        if (res.status === 429) admin.push(res.headers);
      }
      expect(statuses).toContain(429);
      expect(Number(admin[0]?.['retry-after'])).toBeGreaterThan(0);
    });
  });
}
