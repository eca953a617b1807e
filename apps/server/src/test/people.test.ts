import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCode,
  DEFAULT_SCALE_ID,
  addNetworkMember,
  addStatement,
  createBoard,
  giveOpenAnswer,
  memberAnswerKey,
  openRound,
  participantAnswerKey,
  readBoard,
  readNetwork,
  readRounds,
} from '@kinboard/model';
import { hashSecret, newSecret } from '../auth/secrets';
import { TestServer, postJson, rawSocket, secretOf, waitFor, type CreatedBoardLinks, type StockClient } from './harness';

type UserState = { user?: { id?: string; name?: string; role?: string } };

function userOf(watcher: StockClient, clientId: number): UserState['user'] {
  return (watcher.provider.awareness.getStates().get(clientId) as UserState | undefined)?.user;
}

interface Invited {
  person: { id: string; name: string; role: string };
  link: string;
}

describe('people on a board: personal links, removal, identity from the server', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Okafor family');
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.cleanup();
  });

  async function invite(name: string, role: string, relation?: string): Promise<Invited> {
    const res = await server.asFacilitator(board, 'POST', '/people', { name, role, ...(relation ? { relation } : {}) });
    expect(res.status).toBe(201);
    return (await res.json()) as Invited;
  }

  async function join(link: string, as: { name?: string; credential?: string } = {}): Promise<StockClient> {
    const client = server.connectWith(board.id, await server.ticketFor(board.id, link, as));
    clients.push(client);
    return client.synced();
  }

  it('[I2] inviting gives a personal link on this board; the list shows each person once, never a secret', async () => {
    const mum = await invite('Sarah', 'participant', 'Mum');
    expect(mum.person).toEqual({ id: expect.stringMatching(/^p_/), name: 'Sarah', role: 'participant' });
    expect(mum.link).toMatch(new RegExp(`^${server.origin}/b/${board.id}#[A-Za-z0-9_-]{43}$`));
    const sarah = await join(mum.link);
    const list = await server.asFacilitator(board, 'GET', '/people');
    const text = await list.text();
    expect(text).not.toContain(secretOf(mum.link));
    const { people } = JSON.parse(text) as {
      people: { id: string; name: string; relation?: string; hasLink: boolean; connected: boolean }[];
    };
    expect(people.filter((p) => p.id === mum.person.id)).toEqual([
      { id: mum.person.id, name: 'Sarah', role: 'participant', relation: 'Mum', hasLink: true, connected: true },
    ]);
    sarah.destroy();
  });

  it('[I2] a bad field is a 400 naming it; only the facilitator may invite, list or remove', async () => {
    for (const [body, field] of [
      [{ role: 'participant' }, '"name"'],
      [{ name: '  ', role: 'participant' }, '"name"'],
      [{ name: 'x'.repeat(61), role: 'participant' }, '"name"'],
      [{ name: 'Dev', role: 'owner' }, '"role"'],
      [{ name: 'Dev', role: 'viewer', relation: 7 }, '"relation"'],
      [{ name: '\uD800', role: 'viewer' }, '"name"'],
    ] as const) {
      const res = await server.asFacilitator(board, 'POST', '/people', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(field);
    }
    for (const [method, path] of [
      ['POST', '/people'],
      ['GET', '/people'],
      ['DELETE', '/people/p_x'],
      ['GET', '/lobby'],
    ] as const) {
      const res = await fetch(`${server.origin}/api/boards/${board.id}${path}`, {
        method,
        headers: { authorization: `Bearer ${secretOf(board.links.participant)}`, 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ name: 'Dev', role: 'facilitator' }) } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await server.asFacilitator(board, 'DELETE', '/people/p_nobody')).status).toBe(404);
  });

  it('[I1][I2] a personal link opens the board as that person: their role, id and name, whatever the client claims', async () => {
    const nan = await invite('Pat', 'viewer', 'Nan');
    const res = await postJson(`${server.origin}/api/tickets`, {
      board: board.id,
      secret: secretOf(nan.link),
      person: 'p_someone_else',
      name: 'Chair',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { role: string; person: string };
    expect(body).toMatchObject({ role: 'viewer', person: nan.person.id });
    const pat = server.connectWith(board.id, {
      ticket: (body as unknown as { ticket: string }).ticket,
      role: 'viewer',
      person: body.person,
    });
    clients.push(pat);
    await pat.synced();
    const watcher = await join(board.links.facilitator, { name: 'Chair' });
    pat.provider.awareness.setLocalStateField('user', { id: 'p_chair', name: 'The chair', role: 'facilitator' });
    await waitFor(() => userOf(watcher, pat.doc.clientID) !== undefined);
    expect(userOf(watcher, pat.doc.clientID)).toMatchObject({ id: nan.person.id, name: 'Pat', role: 'viewer' });
  });

  it('[I1] a device credential keeps a shared-link person the same person on reconnect; a made-up one is refused', async () => {
    const first = await server.ticketFor(board.id, board.links.participant, { name: 'Dev' });
    expect(first.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await server.ticketFor(board.id, board.links.participant, { credential: first.credential! });
    expect(again.person).toBe(first.person);
    expect(again.credential).toBeUndefined();
    const forged = await postJson(`${server.origin}/api/tickets`, {
      board: board.id,
      secret: secretOf(board.links.participant),
      credential: 'A'.repeat(43),
    });
    expect(forged.status).toBe(401);
    // A credential opens no more than the link it is shown with allows.
    const asViewer = await server.ticketFor(board.id, board.links.viewer, { credential: first.credential! });
    expect(asViewer).toMatchObject({ person: first.person, role: 'viewer' });
  });

  it('[I3] removing one person closes exactly their sockets with 4408; the other keeps typing and keeps every word', async () => {
    const mum = await invite('Sarah', 'participant', 'Mum');
    const dad = await invite('Tom', 'participant', 'Dad');
    const chair = await join(board.links.facilitator, { name: 'Chair' });
    const sarahLaptop = await join(mum.link);
    const sarahPhone = await join(mum.link);
    const tom = await join(dad.link);
    const statement = addStatement(tom.doc, { section: 'worries', text: '', author: { id: tom.person, name: 'Tom' } });
    const text = () => (tom.doc.getMap('statements').get(statement) as Y.Map<unknown>).get('text') as Y.Text;
    const words: string[] = [];
    let typing = true;
    const typed = (async () => {
      for (let i = 0; typing && i < 400; i++) {
        const word = `w${i} `;
        text().insert(text().length, word);
        words.push(word);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await waitFor(() => words.length > 20, 5000, 'typing under way');

    const res = await server.asFacilitator(board, 'DELETE', `/people/${mum.person.id}`);
    expect(res.status).toBe(204);
    await waitFor(
      () => [sarahLaptop, sarahPhone].every((c) => c.closes.some((x) => x.code === CloseCode.removed)),
      5000,
      "both of Sarah's devices closed",
    );
    await waitFor(() => words.length > 60, 5000, 'typing carries on');
    typing = false;
    await typed;
    const expected = words.join('');
    const onServer = () =>
      readBoard(server.server.rooms.loaded(board.id)!.doc)
        .sections.flatMap((s) => s.statements)
        .find((s) => s.id === statement)?.text;
    await waitFor(() => onServer() === expected, 5000, 'every word on the server');
    await waitFor(
      () =>
        readBoard(chair.doc)
          .sections.flatMap((s) => s.statements)
          .find((s) => s.id === statement)?.text === expected,
      5000,
      'every word at the chair',
    );
    expect(tom.closes).toEqual([]);
    expect(chair.closes).toEqual([]);
    expect(
      server.server.rooms
        .loaded(board.id)!
        .people()
        .map((p) => p.person)
        .sort(),
    ).toEqual([chair.person, tom.person].sort());

    // Her link and every ticket from it are refused from now on.
    const again = await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(mum.link) });
    expect(again.status).toBe(401);
    await expect(
      rawSocket(
        `ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${(sarahLaptop.provider as unknown as { params: { ticket: string } }).params.ticket}`,
      ),
    ).rejects.toThrow('401');
    const audit = (await (await server.asFacilitator(board, 'GET', '/audit')).json()) as {
      entries: { event: string; detail: Record<string, unknown> }[];
    };
    expect(audit.entries.find((e) => e.event === 'person_removed')?.detail).toMatchObject({
      person: mum.person.id,
      name: 'Sarah',
      role: 'participant',
    });
  });

  it('[I3] removing someone who came by the shared link (by their presence entry) also stops their credential', async () => {
    const issued = await server.ticketFor(board.id, board.links.participant, { name: 'Visitor' });
    const visitor = server.connectWith(board.id, issued);
    clients.push(visitor);
    await visitor.synced();
    visitor.provider.awareness.setLocalStateField('user', { name: 'Visitor' });
    await waitFor(() => server.server.rooms.loaded(board.id)!.people().length === 1);
    await new Promise((r) => setTimeout(r, 50));
    const res = await server.asFacilitator(board, 'POST', `/people/${visitor.doc.clientID}/remove`, { replaceLink: false });
    expect(res.status).toBe(200);
    await waitFor(() => visitor.closes.some((c) => c.code === CloseCode.removed));
    const back = await postJson(`${server.origin}/api/tickets`, {
      board: board.id,
      secret: secretOf(board.links.participant),
      credential: issued.credential,
    });
    expect(back.status).toBe(401);
  });
});

describe('boards made before people and the lobby', () => {
  it('[I4][I1] keep working as they did: shared links open at once, network members and answers keep their meaning, an old device id claims nothing', async () => {
    const server = await new TestServer().start();
    try {
      // A board as an older server stored it: no admission setting, answers under device-chosen ids.
      const doc = new Y.Doc();
      createBoard(doc, { title: 'Older family board', template: 'three-column' });
      const gran = addNetworkMember(doc, { name: 'Gran', relationship: 'Nan', attendance: 'in-room' });
      const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
      giveOpenAnswer(doc, round, participantAnswerKey('p_0123456789abcdef'), {
        value: 6,
        name: 'Mum',
        whyNotLower: '',
        oneHigher: '',
        memberId: null,
        recordedBy: null,
      });
      giveOpenAnswer(doc, round, memberAnswerKey(gran), {
        value: 8,
        name: 'Gran',
        whyNotLower: '',
        oneHigher: '',
        memberId: gran,
        recordedBy: 'Chair',
      });
      const secrets = { facilitator: newSecret(), participant: newSecret(), viewer: newSecret() };
      const id = 'OlderBoardAAAAAAAAAAAA';
      await server.server.store.createBoard(
        {
          id,
          title: 'Older family board',
          template: 'three-column',
          createdAt: 1,
          secretHashes: {
            facilitator: hashSecret(secrets.facilitator),
            participant: hashSecret(secrets.participant),
            viewer: hashSecret(secrets.viewer),
          },
        },
        Y.encodeStateAsUpdate(doc),
      );
      const link = (secret: string) => `${server.origin}/b/${id}#${secret}`;
      const issued = await server.ticketFor(id, link(secrets.participant), { name: 'Mum' });
      expect(issued.person).not.toBe('p_0123456789abcdef');
      const mum = server.connectWith(id, issued);
      await mum.synced();
      expect(readNetwork(mum.doc).map((m) => [m.name, m.relationship, m.attendance])).toEqual([['Gran', 'Nan', 'in-room']]);
      expect(
        readRounds(mum.doc)[0]!
          .answers.map((a) => [a.key, a.name, a.value])
          .sort(),
      ).toEqual(
        [
          ['p:p_0123456789abcdef', 'Mum', 6],
          [`m:${gran}`, 'Gran', 8],
        ].sort(),
      );
      // The old device id is nobody's now: changing that answer is refused and the board keeps it.
      giveOpenAnswer(mum.doc, round, participantAnswerKey('p_0123456789abcdef'), {
        value: 0,
        name: 'Mum',
        whyNotLower: '',
        oneHigher: '',
        memberId: null,
        recordedBy: null,
      });
      await waitFor(() => mum.closes.length > 0, 5000, 'the refusal');
      expect(mum.closes[0]!.code).toBe(CloseCode.facilitatorOnly);
      const answers = readRounds(server.server.rooms.loaded(id)!.doc)[0]!.answers;
      expect(answers.find((a) => a.key === 'p:p_0123456789abcdef')?.value).toBe(6);
      mum.destroy();
    } finally {
      await server.cleanup();
    }
  });
});

describe('audit lines name the person', () => {
  it('[I5] who did each thing: the person of a personal link, or of the credential the device sent', async () => {
    const server = await new TestServer().start();
    try {
      const board = await server.createBoard('Audit family');
      const invited = (await (
        await server.asFacilitator(board, 'POST', '/people', { name: 'Ms Ali', role: 'facilitator' })
      ).json()) as Invited;
      const lock = await fetch(`${server.origin}/api/boards/${board.id}/lock`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${secretOf(invited.link)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ locked: true }),
      });
      expect(lock.status).toBe(200);
      const chair = await server.ticketFor(board.id, board.links.facilitator, { name: 'Jo' });
      const invite = await fetch(`${server.origin}/api/boards/${board.id}/people`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${secretOf(board.links.facilitator)}`,
          'kinboard-credential': chair.credential!,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'Dev', role: 'viewer' }),
      });
      expect(invite.status).toBe(201);
      const removal = await fetch(`${server.origin}/api/boards/${board.id}/removals`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretOf(invited.link)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ what: 'statement' }),
      });
      expect(removal.status).toBe(204);
      const { entries } = (await (await server.asFacilitator(board, 'GET', '/audit')).json()) as {
        entries: { event: string; detail: Record<string, unknown> }[];
      };
      expect(entries.find((e) => e.event === 'locked')?.detail).toMatchObject({ by: invited.person.id, byName: 'Ms Ali' });
      expect(entries.find((e) => e.event === 'removed')?.detail).toMatchObject({
        what: 'statement',
        by: invited.person.id,
        byName: 'Ms Ali',
      });
      expect(entries.filter((e) => e.event === 'person_invited').map((e) => [e.detail.name, e.detail.byName ?? null])).toEqual([
        ['Ms Ali', null],
        ['Dev', 'Jo'],
      ]);
    } finally {
      await server.cleanup();
    }
  });
});
