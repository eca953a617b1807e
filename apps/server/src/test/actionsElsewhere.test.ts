/**
 * Three real server processes on one PostgreSQL. Everyone is connected to the process serving the
 * board, while the chair's HTTP requests land on the other two, as behind a load balancer that
 * sends each request anywhere [MP6]: starting and ending a meeting, who is connected, removing a
 * connected person, locking. Then the serving process is SIGKILLed with a meeting running and the
 * meeting is ended through another process: it waits for the lease to run out and ends it there.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode, addStatement, readBoard, readBoardStatus } from '@kinboard/model';
import { pgStorage } from '../storage/pgStorage';
import { postJson, secretOf, waitFor, type CreatedBoardLinks } from './harness';
import { dropSchema, pgUrl } from './pgTest';
import { ServerProcess } from './serverProcess';

const LEASE_MS = 1500;

/** A stock y-websocket client on one process, with a name. */
class Person {
  readonly doc = new Y.Doc();
  readonly closes: number[] = [];
  readonly provider: WebsocketProvider;

  constructor(process: ServerProcess, boardId: string, ticket: string, name: string) {
    this.provider = new WebsocketProvider(`ws://127.0.0.1:${process.port}/sync`, boardId, this.doc, {
      params: { ticket },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    this.provider.awareness.setLocalStateField('user', { name });
    this.provider.on('connection-close', (event) => {
      if (event) this.closes.push(event.code);
    });
  }

  statements(): string[] {
    return readBoard(this.doc).sections.flatMap((s) => s.statements.map((st) => st.text));
  }

  destroy(): void {
    this.provider.destroy();
  }
}

describe.runIf(pgUrl)('board actions through a process that does not serve the board', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const processes: ServerProcess[] = [];
  const people: (Person & { id: string })[] = [];
  let board: CreatedBoardLinks;

  beforeAll(async () => {
    const setup = pgStorage(pgUrl ?? '', { schema });
    await setup.ready;
    await setup.close();
    const url = `${pgUrl}?search_path=${schema}`;
    for (const name of ['p1', 'p2', 'p3']) {
      processes.push(
        new ServerProcess(name, { KINBOARD_DATABASE_URL: url }, { KINBOARD_LEASE_MS: String(LEASE_MS), KINBOARD_UNLOAD_AFTER_MS: '60000' }),
      );
    }
    await Promise.all(processes.map((p) => p.started()));
  }, 60_000);

  afterAll(async () => {
    for (const p of people) p.destroy();
    await Promise.all(processes.map((p) => p.stop()));
    if (pgUrl) await dropSchema(pgUrl, schema);
  }, 60_000);

  const nth = (i: number) => () => {
    const p = processes[i];
    if (!p) throw new Error(`no process ${i + 1}`);
    return p;
  };
  const [p1, p2, p3] = [nth(0), nth(1), nth(2)];

  function call(process: ServerProcess, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${process.origin}/api/boards/${board.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${secretOf(board.links.facilitator)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function join(process: ServerProcess, link: string, name: string): Promise<Person & { id: string }> {
    const res = await postJson(`${process.origin}/api/tickets`, { board: board.id, secret: secretOf(link), name });
    expect(res.status).toBe(200);
    const issued = (await res.json()) as { ticket: string; person: string };
    const person = Object.assign(new Person(process, board.id, issued.ticket, name), { id: issued.person });
    people.push(person);
    await waitFor(() => person.provider.synced, 10_000, `${name} synced`);
    return person;
  }

  const audit = async (process: ServerProcess) =>
    ((await (await call(process, 'GET', '/audit')).json()) as { entries: { event: string; detail: Record<string, unknown> }[] }).entries;

  it('[MP6] starting and ending a meeting, who is connected, removing a person and locking all work through the other processes', async () => {
    const created = await postJson(`${p1().origin}/api/boards`, { title: 'Actions elsewhere', template: 'three-column' });
    expect(created.status).toBe(201);
    board = (await created.json()) as CreatedBoardLinks;
    expect((await call(p1(), 'PUT', '/admission', { required: false })).status).toBe(200);
    const chair = await join(p1(), board.links.facilitator, 'Chair Jo');
    const rosa = await join(p1(), board.links.participant, 'Aunt Rosa');

    // Rosa is seen as connected from a process she is not on.
    await waitFor(
      async () => {
        const res = await call(p3(), 'GET', '/people');
        expect(res.status).toBe(200);
        const list = (await res.json()) as { people: { id: string; connected: boolean }[] };
        return list.people.some((p) => p.id === rosa.id && p.connected);
      },
      10_000,
      'Rosa listed as connected through p3',
    );

    // A meeting started through p2 counts everyone already on the board (on p1) as there at the start.
    const started = await call(p2(), 'POST', '/meetings');
    expect(started.status).toBe(201);
    const present = (await audit(p3())).filter((e) => e.event === 'present_at_start').map((e) => e.detail.person);
    expect(present.sort()).toEqual([chair.id, rosa.id].sort());
    await waitFor(() => readBoardStatus(chair.provider.awareness.getStates() as Map<number, Record<string, unknown>>).meeting !== null);

    // Words Rosa's neighbour has seen are committed, and the record made through p2 holds them.
    addStatement(rosa.doc, { section: 'worries', text: 'Rosa worries about the stairs', author: { id: rosa.id, name: 'Aunt Rosa' } });
    await waitFor(() => chair.statements().includes('Rosa worries about the stairs'), 10_000, 'the chair to see Rosa’s words');
    const ended = await call(p2(), 'POST', '/meetings/end');
    expect(ended.status).toBe(200);
    const summary = (await ended.json()) as { id: string; attendees: { name: string; where: string }[] };
    expect(summary.attendees.map((a) => a.name).sort()).toEqual(['Aunt Rosa', 'Chair Jo']);
    const record = (await (await call(p3(), 'GET', `/meetings/${summary.id}`)).json()) as {
      board: { sections: { statements: { text: string }[] }[] };
    };
    expect(record.board.sections.flatMap((s) => s.statements.map((st) => st.text))).toEqual(['Rosa worries about the stairs']);
    await waitFor(() => readBoardStatus(chair.provider.awareness.getStates() as Map<number, Record<string, unknown>>).meeting === null);

    // Locking through p3 shows the lock on p1's sockets.
    expect((await call(p3(), 'PUT', '/lock', { locked: true })).status).toBe(200);
    await waitFor(() => readBoardStatus(chair.provider.awareness.getStates() as Map<number, Record<string, unknown>>).locked);
    expect((await call(p2(), 'PUT', '/lock', { locked: false })).status).toBe(200);

    // The chair removes Rosa by her presence id through p3: her socket on p1 closes, the chair's does not.
    const removed = await call(p3(), 'POST', `/people/${rosa.doc.clientID}/remove`, { replaceLink: false });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { name: string | null }).name).toBe('Aunt Rosa');
    await waitFor(() => rosa.closes.includes(CloseCode.removed), 10_000, 'Rosa closed with 4408');
    expect(chair.closes).toEqual([]);
    // Someone not connected anywhere is a 404, as with one process.
    expect((await call(p2(), 'POST', '/people/123456/remove', { replaceLink: false })).status).toBe(404);
  }, 60_000);

  it('[MP6][MP3] a meeting ended through another process while the serving one is SIGKILLed ends once its lease runs out, with every acknowledged word', async () => {
    const chair = people[0];
    if (!chair) throw new Error('the chair joined in the test before');
    expect((await call(p2(), 'POST', '/meetings')).status).toBe(201);
    addStatement(chair.doc, { section: 'next-steps', text: 'Chair writes the plan', author: { id: chair.id, name: 'Chair Jo' } });
    const seen = await join(p1(), board.links.viewer, 'Viewer Val');
    await waitFor(() => seen.statements().includes('Chair writes the plan'), 10_000, 'the viewer to see the chair’s words');

    await p1().kill();
    const ended = await call(p2(), 'POST', '/meetings/end');
    expect(ended.status).toBe(200);
    const summary = (await ended.json()) as { id: string };
    const record = (await (await call(p3(), 'GET', `/meetings/${summary.id}`)).json()) as {
      board: { sections: { statements: { text: string }[] }[] };
    };
    expect(record.board.sections.flatMap((s) => s.statements.map((st) => st.text))).toContain('Chair writes the plan');
    expect((await (await call(p3(), 'GET', '')).json()) as { meeting: unknown }).toMatchObject({ meeting: null });
  }, 60_000);
});
