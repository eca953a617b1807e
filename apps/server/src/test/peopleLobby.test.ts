/**
 * The lobby [I4]: on a board that requires admission, a shared link leads a newcomer to wait
 * until the chair lets them in; nothing of the board reaches them before that.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement } from '@kinboard/model';
import { TestServer, postJson, rawSocket, secretOf, waitFor, type CreatedBoardLinks } from './harness';

/** What inviting a person answers. */
interface Invited {
  person: { id: string; name: string; role: string };
  link: string;
}

describe("the lobby: nobody sees a board without the chair's say", () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Lobby family', { admission: true });
  });
  afterEach(async () => {
    await server.cleanup();
  });

  const ask = (body: Record<string, unknown>) =>
    postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(board.links.participant), ...body });

  it('[I4] new boards require admission; boards can turn it off and on', async () => {
    expect(await (await server.asFacilitator(board, 'GET', '/admission')).json()).toEqual({ required: true });
    const off = await server.asFacilitator(board, 'PUT', '/admission', { required: false });
    expect(off.status).toBe(200);
    expect((await ask({ name: 'Dev' })).status).toBe(200);
    expect((await server.asFacilitator(board, 'PUT', '/admission', { required: 'yes' })).status).toBe(400);
  });

  it('[I4] a newcomer waits (202, again and again), gets no ticket and no socket, and nothing of the board reaches them', async () => {
    const chair = await (await server.connect(board, 'facilitator', new Y.Doc(), { name: 'Chair' })).synced();
    addStatement(chair.doc, { section: 'worries', text: 'SECRET-WORRY', author: { id: chair.person, name: 'Chair' } });
    expect((await ask({})).status).toBe(400);
    const first = await ask({ name: 'Dev' });
    expect(first.status).toBe(202);
    const waiting = (await first.json()) as { waiting: boolean; request: string };
    expect(waiting).toEqual({ waiting: true, request: expect.any(String) });
    const again = await ask({ name: 'Dev', request: waiting.request });
    expect(again.status).toBe(202);
    const againText = await again.text();
    expect(againText).not.toContain('SECRET-WORRY');
    expect(againText).not.toContain('ticket');
    // Without a ticket no socket can exist: none, a made-up one, or one signed for another board.
    const other = await server.createBoard('Other');
    const otherTicket = await server.ticket(other, 'participant');
    for (const t of ['', 'made.up', otherTicket]) {
      await expect(rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${t}`)).rejects.toThrow(/401/);
    }
    // The viewer link waits too; the facilitator link never does.
    const viewer = await postJson(`${server.origin}/api/tickets`, {
      board: board.id,
      secret: secretOf(board.links.viewer),
      name: 'Screen',
    });
    expect(viewer.status).toBe(202);
    const lobby = (await (await server.asFacilitator(board, 'GET', '/lobby')).json()) as {
      waiting: { request: string; name: string; since: string }[];
    };
    expect(lobby.waiting.map((w) => w.name)).toEqual(['Dev', 'Screen']);
    expect(lobby.waiting[0]).toEqual({ request: waiting.request, name: 'Dev', since: expect.stringMatching(/^\d{4}-/) });
    chair.destroy();
  });

  it('[I4] the chair admits while the newcomer retries: one 200 with a ticket and a credential, then the same person on every reload', async () => {
    const chair = await (await server.connect(board, 'facilitator', new Y.Doc(), { name: 'Chair' })).synced();
    const { request } = (await (await ask({ name: 'Dev' })).json()) as { request: string };
    const outcomes: number[] = [];
    let issued: { ticket: string; person: string; role: string; credential?: string } | null = null;
    const retrying = (async () => {
      while (!issued) {
        const res = await ask({ name: 'Dev', request });
        outcomes.push(res.status);
        if (res.status === 200) issued = (await res.json()) as typeof issued;
        else await res.text();
      }
    })();
    await waitFor(() => outcomes.length >= 3, 5000, 'some retries');
    const decided = await server.asFacilitator(board, 'POST', `/lobby/${request}`, { admit: true, role: 'viewer' });
    expect(decided.status).toBe(204);
    await retrying;
    expect(outcomes.slice(0, -1).every((s) => s === 202)).toBe(true);
    expect(outcomes.at(-1)).toBe(200);
    const admitted = issued as unknown as { ticket: string; person: string; role: string; credential: string };
    expect(admitted.role).toBe('viewer');
    expect(admitted.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The request opens the board once; afterwards the credential does.
    expect((await ask({ name: 'Dev', request })).status).toBe(401);
    const reload = await server.ticketFor(board.id, board.links.participant, { credential: admitted.credential });
    expect(reload).toMatchObject({ person: admitted.person, role: 'viewer' });
    const dev = server.connectWith(board.id, reload);
    await dev.synced();
    await waitFor(() =>
      server.server.rooms
        .loaded(board.id)!
        .people()
        .some((p) => p.person === admitted.person && p.name === 'Dev'),
    );
    expect((await (await server.asFacilitator(board, 'GET', '/lobby')).json()) as unknown).toEqual({ waiting: [] });
    const people = (await (await server.asFacilitator(board, 'GET', '/people')).json()) as { people: { id: string; name: string }[] };
    expect(people.people.filter((p) => p.name === 'Dev').map((p) => p.id)).toEqual([admitted.person]);
    dev.destroy();
    chair.destroy();
  });

  it('[I4] the lobby holds at most 50 waiting; a name must be well-formed text', async () => {
    for (let i = 0; i < 50; i++) expect((await ask({ name: `Guest ${i}` })).status).toBe(202);
    const full = await ask({ name: 'One too many' });
    expect(full.status).toBe(503);
    expect(((await full.json()) as { error: { code: string } }).error.code).toBe('lobby_full');
    expect((await ask({ name: '\uDC00' })).status).toBe(400);
  });

  it('[I4] a newcomer whose device stops asking leaves the waiting list after 30 s and frees its place; asking again brings them back', async () => {
    const clock = { now: Date.now() };
    const timed = await new TestServer(undefined, { now: () => clock.now }).start();
    try {
      const family = await timed.createBoard('Lobby family', { admission: true });
      const askHere = (body: Record<string, unknown>) =>
        postJson(`${timed.origin}/api/tickets`, { board: family.id, secret: secretOf(family.links.participant), ...body });
      const waitingNames = async () =>
        ((await (await timed.asFacilitator(family, 'GET', '/lobby')).json()) as { waiting: { name: string }[] }).waiting.map((w) => w.name);
      const { request: jo } = (await (await askHere({ name: 'Jo' })).json()) as { request: string };
      clock.now += 1000;
      const { request: sam } = (await (await askHere({ name: 'Sam' })).json()) as { request: string };
      // Sam's phone keeps asking; Jo's page was closed 31.5 s ago.
      for (let i = 0; i < 21; i++) {
        clock.now += 1500;
        expect((await askHere({ name: 'Sam', request: sam })).status).toBe(202);
      }
      expect(await waitingNames()).toEqual(['Sam']);
      // Gone requests do not fill the lobby: 49 more fit beside Sam.
      for (let i = 0; i < 49; i++) expect((await askHere({ name: `Guest ${i}` })).status).toBe(202);
      expect((await askHere({ name: 'One too many' })).status).toBe(503);
      // [attack] Nobody else can bring Jo back or touch the queue: a made-up request, one from
      // another board, and one longer than any request are refused, and the list is as it was.
      const elsewhere = await timed.createBoard('Other family', { admission: true });
      const { request: theirs } = (await (
        await postJson(`${timed.origin}/api/tickets`, { board: elsewhere.id, secret: secretOf(elsewhere.links.participant), name: 'Kim' })
      ).json()) as { request: string };
      expect((await askHere({ name: 'Jo', request: 'made-up' })).status).toBe(404);
      expect((await askHere({ name: 'Jo', request: theirs })).status).toBe(404);
      expect((await askHere({ name: 'Jo', request: jo.repeat(10) })).status).toBe(400);
      expect(await waitingNames()).not.toContain('Jo');
      // Jo's phone wakes up and asks again: Jo is back, first in the queue, and can be let in.
      expect((await askHere({ name: 'Jo', request: jo })).status).toBe(202);
      expect((await waitingNames()).slice(0, 2)).toEqual(['Jo', 'Sam']);
      expect((await timed.asFacilitator(family, 'POST', `/lobby/${jo}`, { admit: true })).status).toBe(204);
      expect((await askHere({ name: 'Jo', request: jo })).status).toBe(200);
    } finally {
      await timed.cleanup();
    }
  });

  it('[I4] turned away: 403 "refused" on every try; admitting as someone already on the board makes them that person', async () => {
    const { request: turnedAway } = (await (await ask({ name: 'Stranger' })).json()) as { request: string };
    expect((await server.asFacilitator(board, 'POST', `/lobby/${turnedAway}`, { admit: false })).status).toBe(204);
    for (let i = 0; i < 2; i++) {
      const res = await ask({ name: 'Stranger', request: turnedAway });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('refused');
    }
    expect((await server.asFacilitator(board, 'POST', `/lobby/${turnedAway}`, { admit: true })).status).toBe(409);
    expect((await server.asFacilitator(board, 'POST', '/lobby/nobody', { admit: true })).status).toBe(404);
    expect((await server.asFacilitator(board, 'POST', `/lobby/${turnedAway}`, {})).status).toBe(400);

    const invited = (await (
      await server.asFacilitator(board, 'POST', '/people', { name: 'Sarah', role: 'participant' })
    ).json()) as Invited;
    const { request } = (await (await ask({ name: 'Sarah on her phone' })).json()) as { request: string };
    await server.asFacilitator(board, 'POST', `/lobby/${request}`, { admit: true, person: invited.person.id });
    const res = await ask({ request });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { person: string }).person).toBe(invited.person.id);
  });
});

describe("the lobby guards the board's other routes too", () => {
  it("[I4] a shared participant link alone reads neither the board's details nor its meeting records; with an admitted device's credential it does", async () => {
    const server = await new TestServer().start();
    try {
      const board = await server.createBoard('Guarded family', { admission: true });
      const get = (path: string, credential?: string) =>
        fetch(`${server.origin}/api/boards/${board.id}${path}`, {
          headers: {
            authorization: `Bearer ${secretOf(board.links.participant)}`,
            ...(credential ? { 'kinboard-credential': credential } : {}),
          },
        });
      for (const path of ['', '/meetings']) {
        const res = await get(path);
        expect(res.status, path).toBe(403);
        expect(await res.text()).not.toContain('Guarded family');
      }
      const ask = (body: object) =>
        postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(board.links.participant), ...body });
      const { request } = (await (await ask({ name: 'Dev' })).json()) as { request: string };
      await server.asFacilitator(board, 'POST', `/lobby/${request}`, { admit: true });
      const { credential } = (await (await ask({ request })).json()) as { credential: string };
      expect(((await (await get('', credential)).json()) as { title: string }).title).toBe('Guarded family');
      expect((await get('', 'B'.repeat(43))).status).toBe(403);
    } finally {
      await server.cleanup();
    }
  });
});
