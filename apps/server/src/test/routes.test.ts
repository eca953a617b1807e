import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, postJson, secretOf, type CreatedBoardLinks } from './harness';

describe('HTTP API', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeAll(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Jones family');
  });
  afterAll(async () => {
    await server.cleanup();
  });

  const post = (path: string, body: unknown) => postJson(`${server.origin}${path}`, body);

  it('[H1] POST /api/boards creates a board with three links of the documented form', async () => {
    const res = await post('/api/boards', { title: '  Review for Amy  ', template: 'three-column' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as CreatedBoardLinks & { title: string };
    expect(body.title).toBe('Review for Amy');
    const secrets = new Set<string>();
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const link = new URL(body.links[role]);
      expect(link.origin).toBe(server.origin);
      expect(link.pathname).toBe(`/b/${body.id}`);
      const secret = link.hash.slice(1);
      // 32 random bytes in base64url: at least 128 bits.
      expect(Buffer.from(secret, 'base64url').length).toBeGreaterThanOrEqual(16);
      secrets.add(secret);
    }
    expect(secrets.size).toBe(3);
  });

  it.each([
    ['a body that is not JSON', '{"title":', /not valid JSON/],
    ['an array', [], /JSON object/],
    ['a missing title', { template: 'three-column' }, /"title" must be a string/],
    ['an empty title', { title: '   ', template: 'three-column' }, /must not be empty/],
    ['a title of 500 characters', { title: 'x'.repeat(500), template: 'three-column' }, /at most/],
    ['an unknown template', { title: 'A', template: 'kanban' }, /"template" must be one of/],
  ])('[H2] refuses %s with 400 and a message naming the problem', async (_name, body, message) => {
    const res = await fetch(`${server.origin}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toMatch(/^invalid_/);
    expect(json.error.message).toMatch(message);
  });

  it('[H2] refuses a body that is not sent as JSON with 415', async () => {
    const res = await fetch(`${server.origin}/api/boards`, { method: 'POST', body: 'title=A' });
    expect(res.status).toBe(415);
  });

  it('[H2] refuses an oversized body with 413', async () => {
    const res = await post('/api/boards', { title: 'A', padding: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
  });

  it("[H3] each link secret trades for a ticket with that link's role", async () => {
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const res = await post('/api/tickets', { board: board.id, secret: secretOf(board.links[role]) });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { ticket: string; role: string; expiresAt: string };
      expect(body.role).toBe(role);
      expect(body.ticket.length).toBeGreaterThan(20);
      const expires = Date.parse(body.expiresAt);
      expect(expires).toBeGreaterThan(Date.now());
      expect(expires).toBeLessThan(Date.now() + 5 * 60_000);
    }
  });

  it('[H3] a wrong secret gets 401, an unknown board 404, a missing field 400', async () => {
    expect((await post('/api/tickets', { board: board.id, secret: 'not-the-secret' })).status).toBe(401);
    const other = await server.createBoard('Other family');
    expect((await post('/api/tickets', { board: board.id, secret: secretOf(other.links.facilitator) })).status).toBe(401);
    expect((await post('/api/tickets', { board: 'AAAAAAAAAAAAAAAAAAAAAA', secret: 'x' })).status).toBe(404);
    const missing = await post('/api/tickets', { board: board.id });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/"secret"/);
  });

  it('[H4] every response carries the security headers', async () => {
    const res = await fetch(`${server.origin}/healthz`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const error = await post('/api/boards', {});
    expect(error.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('[H5] no secret or ticket ever appears in a log line', async () => {
    const ticket = await server.ticket(board, 'participant');
    const client = await server.connect(board, 'participant');
    await client.synced();
    client.destroy();
    await fetch(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=forged`.replace('ws:', 'http:'));
    const log = server.logLines.join('\n');
    for (const role of ['facilitator', 'participant', 'viewer'] as const) expect(log).not.toContain(secretOf(board.links[role]));
    expect(log).not.toContain(ticket);
    expect(log).not.toContain('forged');
  });

  it('[H6] unknown API paths answer 404 in the error shape', async () => {
    const res = await fetch(`${server.origin}/api/nothing`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('board options', () => {
  it('[H7] accepts the seven-domain template and a framework, and names the allowed values when wrong', async () => {
    const server = await new TestServer().start();
    try {
      const ok = await postJson(`${server.origin}/api/boards`, {
        title: 'Early help',
        template: 'seven-domain',
        framework: 'signs-of-wellbeing',
      });
      expect(ok.status).toBe(201);
      const bad = await postJson(`${server.origin}/api/boards`, { title: 'A', template: 'three-column', framework: 'signs-of-magic' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
        /"framework" must be one of: .*"signs-of-safety"/,
      );
    } finally {
      await server.cleanup();
    }
  });

  it("[H8] serves the deployment's extra dictionary terms", async () => {
    const terms = [{ term: 'TAC', plain: 'team around the child meeting' }];
    const server = await new TestServer(undefined, { dictionaryTerms: terms as never }).start();
    try {
      const res = await fetch(`${server.origin}/api/dictionary`);
      expect(((await res.json()) as { terms: { term: string }[] }).terms.map((t) => t.term)).toEqual(['TAC']);
    } finally {
      await server.cleanup();
    }
  });
});
