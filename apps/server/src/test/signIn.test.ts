/**
 * Staff sign-in against a real OpenID provider (oidc-provider) on loopback: the whole code flow,
 * sessions, a person's own boards and handing one over, and every refusal the issue names.
 */
import { Writable } from 'node:stream';
import * as Y from 'yjs';
import { addStatement } from '@kinboard/model';
import { createLogger, lineLogger } from '../log';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretOf, TestServer, waitFor } from './harness';
import { CookieJar, freePort, signInAtProvider, TestOidcProvider } from './oidcProvider';

const CLIENT = { clientId: 'kinboard', clientSecret: 'kinboard-test-secret-0123456789abcdef' };
const STAFF_KEY = 'script-staff-key-0123456789';

let provider: TestOidcProvider;
let server: TestServer;
let origin: string;
/** Everything the main server logged, line by line. */
const logOutput: string[] = [];
const RETENTION_DAYS = 90;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = new TestOidcProvider();
  const issuer = await provider.start([{ ...CLIENT, redirectUri: `${origin}/auth/callback` }]);
  const logger = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        logOutput.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
  );
  server = await new TestServer(undefined, {
    publicOrigin: origin,
    oidc: { issuer, ...CLIENT },
    staffKey: STAFF_KEY,
    retentionDays: RETENTION_DAYS,
    logger,
    log: lineLogger(logger),
  }).start(port);
});

afterAll(async () => {
  await server?.cleanup();
  await provider?.stop();
});

/** Signs `login` in through the provider's login page; returns the browser's cookie jar. */
async function signedIn(login: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const callback = await signInAtProvider(jar, origin, login);
  const response = await jar.fetch(callback);
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/');
  return jar;
}

function createBoard(jar: CookieJar, title: string, headers: Record<string, string> = { origin }) {
  return jar.fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title }),
  });
}

async function myBoards(jar: CookieJar): Promise<{ id: string; title: string; createdAt: string; lastActiveAt: string }[]> {
  const response = await jar.fetch(`${origin}/api/boards`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { boards: { id: string; title: string; createdAt: string; lastActiveAt: string }[] }).boards;
}

describe('staff sign-in with OpenID Connect', () => {
  it('[SI1] GET /auth/login sends the browser to the provider with code, PKCE S256, state, nonce and the callback address', async () => {
    const response = await fetch(`${origin}/auth/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(location.searchParams.get('redirect_uri')).toBe(`${origin}/auth/callback`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT.clientId);
  });

  it('[SI2] signing in sets an HttpOnly SameSite=Lax session cookie; /api/me names the person; signing out ends it', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, origin, 'alice');
    const response = await jar.fetch(callback);
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('kinboard_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on loopback; Secure comes with an https origin
    const me = await jar.fetch(`${origin}/api/me`);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ name: 'Alice Example', email: 'alice@council.example' });

    const out = await jar.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { origin } });
    expect(out.status).toBe(204);
    expect((await jar.fetch(`${origin}/api/me`)).status).toBe(401);
  });

  it('[SI3] a callback whose state is not the one this browser started is refused and signs nobody in', async () => {
    const jar = new CookieJar();
    const callback = await signInAtProvider(jar, origin, 'mallory');
    callback.searchParams.set('state', 'not-the-state-we-sent');
    const response = await jar.fetch(callback);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('does not belong to the sign-in started in this browser');
    expect(jar.get(new URL(origin).host, 'kinboard_session')).toBeUndefined();
    expect((await jar.fetch(`${origin}/api/me`)).status).toBe(401);
  });

  it('[SI4] a code used once is refused when replayed in a new sign-in', async () => {
    const jar = new CookieJar();
    const first = await signInAtProvider(jar, origin, 'alice');
    expect((await jar.fetch(first)).status).toBe(302);
    const code = first.searchParams.get('code') ?? '';

    const attacker = new CookieJar();
    const second = await signInAtProvider(attacker, origin, 'mallory');
    second.searchParams.set('code', code);
    const replay = await attacker.fetch(second);
    expect(replay.status).toBe(400);
    expect(attacker.get(new URL(origin).host, 'kinboard_session')).toBeUndefined();
  });

  it('[SI5] with sign-in configured, creating a board needs a session (401) from this site (403); the staff key still works', async () => {
    const anonymous = new CookieJar();
    expect((await createBoard(anonymous, 'No session')).status).toBe(401);
    const jar = await signedIn('alice');
    const crossSite = await createBoard(jar, 'From elsewhere', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('cross_origin');
    expect((await createBoard(jar, 'No origin at all', {})).status).toBe(403);
    expect((await myBoards(jar)).map((b) => b.title)).not.toContain('From elsewhere');

    const script = await fetch(`${origin}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_KEY}` },
      body: JSON.stringify({ title: 'Made by a script' }),
    });
    expect(script.status).toBe(201);
    const wrongKey = await fetch(`${origin}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: JSON.stringify({ title: 'Wrong key' }),
    });
    expect(wrongKey.status).toBe(401);
  });

  it('[SI6] a chair sees their boards, opens one as facilitator without a link, and hands it to a colleague who signed in before', async () => {
    const carol = await signedIn('carol');
    const dave = await signedIn('dave');
    const created = await createBoard(carol, 'Okafor family network meeting');
    expect(created.status).toBe(201);
    const board = (await created.json()) as { id: string };

    const mine = await myBoards(carol);
    expect(mine).toEqual([
      {
        id: board.id,
        title: 'Okafor family network meeting',
        createdAt: expect.any(String),
        lastActiveAt: expect.any(String),
        deletesAt: expect.any(String),
      },
    ]);
    // Owners see when an idle board will be deleted: the retention period after its last activity.
    const listed = mine[0] as unknown as { lastActiveAt: string; deletesAt: string };
    expect(Date.parse(listed.deletesAt) - Date.parse(listed.lastActiveAt)).toBe(RETENTION_DAYS * 24 * 60 * 60 * 1000);
    expect(await myBoards(dave)).toEqual([]);

    // Dave cannot open or hand over Carol's board.
    expect((await dave.fetch(`${origin}/api/boards/${board.id}/open`, { method: 'POST', headers: { origin } })).status).toBe(404);

    const opened = await carol.fetch(`${origin}/api/boards/${board.id}/open`, { method: 'POST', headers: { origin } });
    expect(opened.status).toBe(200);
    const { link } = (await opened.json()) as { link: string };
    const asFacilitator = await fetch(`${origin}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${new URL(link).hash.slice(1)}` },
    });
    expect(((await asFacilitator.json()) as { role: string }).role).toBe('facilitator');

    const unknown = await carol.fetch(`${origin}/api/boards/${board.id}/handover`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@council.example' }),
    });
    expect(unknown.status).toBe(404);
    const handed = await carol.fetch(`${origin}/api/boards/${board.id}/handover`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'DAVE@council.example' }),
    });
    expect(handed.status).toBe(200);
    expect((await myBoards(carol)).map((b) => b.id)).not.toContain(board.id);
    expect((await server.server.admin.auditTrail(board.id)).map((entry) => entry.event)).toContain('handed_over');
    expect((await myBoards(dave)).map((b) => b.id)).toEqual([board.id]);
    const daveOpens = await dave.fetch(`${origin}/api/boards/${board.id}/open`, { method: 'POST', headers: { origin } });
    expect(((await daveOpens.json()) as { link: string }).link).toBe(link);
  });

  it('[SI7] a chair whose facilitator link was replaced still opens the board, with the new link', async () => {
    const jar = await signedIn('erin');
    const board = (await (await createBoard(jar, 'Replaced link board')).json()) as { id: string; links: { facilitator: string } };
    const old = new URL(board.links.facilitator).hash.slice(1);
    const replaced = await fetch(`${origin}/api/boards/${board.id}/links/facilitator`, {
      method: 'POST',
      headers: { authorization: `Bearer ${old}` },
    });
    expect(replaced.status).toBe(200);
    const opened = (await (await jar.fetch(`${origin}/api/boards/${board.id}/open`, { method: 'POST', headers: { origin } })).json()) as {
      link: string;
    };
    const check = await fetch(`${origin}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${new URL(opened.link).hash.slice(1)}` },
    });
    expect(check.status).toBe(200);
  });
});

describe('logs', () => {
  it('[LG1] are JSON lines with level, time and event, with board and person ids, and never a secret, ticket, name or content', async () => {
    const jar = await signedIn('frank');
    const sessionToken = jar.get(new URL(origin).host, 'kinboard_session') ?? '';
    const created = await createBoard(jar, 'Zanzibar-Whitfield family conference');
    const board = (await created.json()) as { id: string; links: { facilitator: string; participant: string; viewer: string } };
    // The quick path: a shared link opens the board without the lobby.
    expect((await server.asFacilitator(board, 'PUT', '/admission', { required: false })).status).toBe(200);
    const ticket = await server.ticket(board, 'participant', { name: 'Grandma Philippa' });
    const client = await server.connect(board, 'participant', new Y.Doc(), { name: 'Grandma Philippa' });
    await client.synced();
    addStatement(client.doc, {
      section: 'working-well',
      text: 'Uncle Bartholomew keeps the children safe at weekends',
      author: { id: 'p1', name: 'Philippa' },
    });
    await waitFor(async () => (await server.server.store.loadDocument(board.id)).updates.length > 0, 5000, 'the statement to be stored');
    client.destroy();
    await waitFor(() => (server.server.rooms.loaded(board.id)?.connectionCount ?? 0) === 0, 5000, 'the client to leave');
    await fetch(`${origin}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secretOf(board.links.facilitator)}` },
    });
    await jar.fetch(`${origin}/auth/logout`, { method: 'POST', headers: { origin } });

    expect(logOutput.length).toBeGreaterThan(0);
    for (const line of logOutput) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(record).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), event: expect.any(String) }));
    }
    const records = logOutput.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(expect.objectContaining({ event: 'signed_in', person: expect.stringMatching(/^staff_\d+$/) }));
    expect(records).toContainEqual(expect.objectContaining({ event: 'deleted', board: board.id }));
    const everything = logOutput.join('\n');
    const neverLogged = [
      'Zanzibar-Whitfield',
      'Philippa',
      'Bartholomew',
      'Frank Example',
      'frank@council.example',
      CLIENT.clientSecret,
      STAFF_KEY,
      sessionToken,
      ticket,
      ticket.split('.')[0] ?? ticket,
      secretOf(board.links.facilitator),
      secretOf(board.links.participant),
      secretOf(board.links.viewer),
    ];
    for (const text of neverLogged) expect(everything).not.toContain(text);
  });
});

describe('on an https public origin', () => {
  let httpsProvider: TestOidcProvider;
  let behindProxy: TestServer;
  let plainOrigin = '';

  beforeAll(async () => {
    const port = await freePort();
    plainOrigin = `http://127.0.0.1:${port}`;
    // As behind a TLS proxy: people use https, the server itself listens on plain http.
    const publicOrigin = `https://127.0.0.1:${port}`;
    httpsProvider = new TestOidcProvider();
    const issuer = await httpsProvider.start([{ ...CLIENT, redirectUri: `${publicOrigin}/auth/callback` }]);
    behindProxy = await new TestServer(undefined, { publicOrigin, oidc: { issuer, ...CLIENT } }).start(port);
  });

  afterAll(async () => {
    await behindProxy?.cleanup();
    await httpsProvider?.stop();
  });

  it('[SI9] the sign-in and session cookies are Secure as well as HttpOnly and SameSite=Lax', async () => {
    const jar = new CookieJar();
    const login = await fetch(`${plainOrigin}/auth/login`, { redirect: 'manual' });
    expect(login.headers.getSetCookie().find((line) => line.startsWith('kinboard_login='))).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/i);
    const callback = await signInAtProvider(jar, plainOrigin, 'grace');
    expect(callback.origin).toBe(plainOrigin.replace('http:', 'https:'));
    callback.protocol = 'http:';
    const response = await jar.fetch(callback);
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('kinboard_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Secure/i);
  });
});
