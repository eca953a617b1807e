import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNetworkMember,
  addRule,
  addStatement,
  closeRound,
  CloseCode,
  DEFAULT_SCALE_ID,
  editContingency,
  giveOpenAnswer,
  memberAnswerKey,
  openRound,
  readBoard,
  readBoardStatus,
  readRounds,
  setPersonDetails,
  readRemovals,
  readTimer,
  removeAndKeep,
  startTimer,
} from '@kinboard/model';
import { TestServer, postJson, rawSocket, secretOf, waitFor, type CreatedBoardLinks } from './harness';

const author = { id: 'p1', name: 'Sam' };

describe('board management by the facilitator', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Khan family');
  });
  afterEach(async () => {
    await server.cleanup();
  });

  const call = (method: string, route: string, secret: string, body?: unknown) =>
    fetch(`${server.origin}/api/boards/${board.id}${route}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const facilitator = () => secretOf(board.links.facilitator);

  it('[K1] a replaced link stops working at once and its open sockets close with 4401', async () => {
    const participant = await (await server.connect(board, 'participant')).synced();
    const res = await call('POST', '/links/participant', facilitator());
    expect(res.status).toBe(200);
    const { link } = (await res.json()) as { link: string };
    await waitFor(() => participant.closes.some((c) => c.code === CloseCode.unauthorised));
    const old = await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(board.links.participant) });
    expect(old.status).toBe(401);
    const fresh = await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(link) });
    expect(fresh.status).toBe(200);
    participant.destroy();
  });

  it('[K2] a ticket issued before the link was replaced no longer opens a socket', async () => {
    const ticket = await server.ticket(board, 'viewer');
    await call('POST', '/links/viewer', facilitator());
    await expect(rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${ticket}`)).rejects.toThrow(/401/);
  });

  it('[K3] an expired link is refused and its open sockets are closed', async () => {
    const viewer = await (await server.connect(board, 'viewer')).synced();
    const expiresAt = new Date(Date.now() + 300).toISOString();
    expect((await call('PUT', '/links/viewer/expiry', facilitator(), { expiresAt })).status).toBe(200);
    await waitFor(() => viewer.closes.some((c) => c.code === CloseCode.unauthorised), 5000, 'viewer closed at expiry');
    const res = await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: secretOf(board.links.viewer) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
    viewer.destroy();
  });

  it('[K4] only the facilitator link can manage the board', async () => {
    const asParticipant = await call('PUT', '/lock', secretOf(board.links.participant), { locked: true });
    expect(asParticipant.status).toBe(403);
    const noSecret = await fetch(`${server.origin}/api/boards/${board.id}/audit`);
    expect(noSecret.status).toBe(401);
    const badBody = await call('PUT', '/lock', facilitator(), { locked: 'yes' });
    expect(badBody.status).toBe(400);
  });

  it('[K5] a locked board refuses changes from participants, shows the lock to all, and reopens on unlock', async () => {
    const participant = await (await server.connect(board, 'participant')).synced();
    const chair = await (await server.connect(board, 'facilitator')).synced();
    expect((await call('PUT', '/lock', facilitator(), { locked: true })).status).toBe(200);
    const states = () => participant.provider.awareness.getStates() as Map<number, Record<string, unknown>>;
    await waitFor(() => readBoardStatus(states()).locked, 5000, 'lock shown');

    addStatement(chair.doc, { section: 'worries', text: 'chair may write', author });
    await waitFor(() => readBoard(participant.doc).sections[0]!.statements.length === 1);
    addStatement(participant.doc, { section: 'worries', text: 'participant while locked', author });
    await waitFor(() => participant.closes.some((c) => c.code === CloseCode.readOnly));
    participant.destroy();

    await call('PUT', '/lock', facilitator(), { locked: false });
    const after = await (await server.connect(board, 'participant')).synced();
    await waitFor(() => !readBoardStatus(after.provider.awareness.getStates() as Map<number, Record<string, unknown>>).locked);
    expect(readBoard(after.doc).sections[0]!.statements.map((s) => s.text)).toEqual(['chair may write']);
    addStatement(after.doc, { section: 'worries', text: 'after unlock', author });
    await waitFor(() => readBoard(chair.doc).sections[0]!.statements.length === 2);
    after.destroy();
    chair.destroy();
  });

  it('[K6] the facilitator removes a person: their socket closes with 4408', async () => {
    const person = await (await server.connect(board, 'participant')).synced();
    person.provider.awareness.setLocalStateField('user', { name: 'Visitor' });
    await waitFor(() => server.server.rooms.loaded(board.id) !== null);
    await new Promise((r) => setImmediate(r));
    const res = await call('POST', `/people/${person.doc.clientID}/remove`, facilitator(), { replaceLink: false });
    expect(res.status).toBe(200);
    await waitFor(() => person.closes.some((c) => c.code === CloseCode.removed));
    person.destroy();
  });

  it('[K7] ending a meeting keeps a record with who came (in the room or remote), the whole board and its rounds', async () => {
    // The chair is on the board before the meeting starts, and still counts as attending.
    const chairTicket = await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: facilitator(), name: 'Chair Jo' });
    const chair = await rawSocket(
      `ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${((await chairTicket.json()) as { ticket: string }).ticket}`,
    );
    await waitFor(() => server.server.rooms.loaded(board.id)?.connectionCount === 1);
    const started = await call('POST', '/meetings', facilitator());
    expect(started.status).toBe(201);
    const { id: meetingId } = (await started.json()) as { id: string };
    expect((await call('POST', '/meetings', facilitator())).status).toBe(409);
    const ticket = await postJson(`${server.origin}/api/tickets`, {
      board: board.id,
      secret: secretOf(board.links.participant),
      name: 'Aunt Rosa',
    });
    const { ticket: t } = (await ticket.json()) as { ticket: string };
    const raw = await rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${t}`);
    const writer = await (await server.connect(board, 'participant')).synced();
    addStatement(writer.doc, { section: 'working-well', text: 'Grandma picks Amy up from school', author });
    // The facilitator's own client: Gran is in the room, Uncle Tom's number is recorded for him.
    const desk = await (await server.connect(board, 'facilitator')).synced();
    const gran = addNetworkMember(desk.doc, { name: 'Gran', attendance: 'in-room' });
    const tom = addNetworkMember(desk.doc, { name: 'Uncle Tom', attendance: 'not-present' });
    // Gran's interpreter is in the room too: the record says whose words and which language.
    const jan = addNetworkMember(desk.doc, { name: 'Jan', kind: 'interpreter', attendance: 'in-room' });
    setPersonDetails(desk.doc, jan, { language: 'pl', interpretsFor: gran });
    addRule(desk.doc, { text: 'Gran collects Amy every day', doers: [gran] });
    editContingency(desk.doc, 'If Gran is ill, Rosa collects Amy');
    const round = openRound(desk.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId });
    giveOpenAnswer(desk.doc, round, memberAnswerKey(tom), {
      value: 7,
      whyNotLower: '',
      oneHigher: '',
      name: 'Uncle Tom',
      memberId: tom,
      recordedBy: 'Chair Jo',
    });
    closeRound(desk.doc, round);
    const onServer = () => server.server.rooms.loaded(board.id)!.doc;
    await waitFor(
      () => readRounds(onServer()).some((r) => r.state === 'closed') && readBoard(onServer()).sections[1]!.statements.length === 1,
    );
    const ended = await call('POST', '/meetings/end', facilitator());
    expect(ended.status).toBe(200);
    const summary = (await ended.json()) as { id: string; attendees: { name: string; role: string; where: string }[] };
    expect(summary.attendees).toContainEqual(expect.objectContaining({ name: 'Aunt Rosa', role: 'participant', where: 'remote' }));
    expect(summary.attendees).toContainEqual(expect.objectContaining({ name: 'Chair Jo', role: 'facilitator', where: 'remote' }));
    expect(summary.attendees).toContainEqual({ name: 'Gran', role: 'in the room', where: 'in the room' });
    expect(summary.attendees).toContainEqual({ name: 'Uncle Tom', role: 'in the room', where: 'in the room' });
    expect(summary.attendees).toContainEqual({
      name: 'Jan',
      role: 'in the room',
      where: 'in the room',
      interprets: { language: 'pl', forName: 'Gran' },
    });
    chair.ws.close();

    addStatement(writer.doc, { section: 'working-well', text: 'added after the meeting', author });
    addNetworkMember(desk.doc, { name: 'Added later', attendance: 'in-room' });
    await new Promise((r) => setTimeout(r, 50));
    const list = (await (await call('GET', '/meetings', secretOf(board.links.viewer))).json()) as { meetings: { id: string }[] };
    expect(list.meetings.map((m) => m.id)).toEqual([summary.id]);
    const record = (await (await call('GET', `/meetings/${summary.id}`, secretOf(board.links.viewer))).json()) as {
      attendees: { name: string }[];
      board: { sections: { statements: { text: string }[] }[] };
      mapping: { columns: { domains: { id: string; statements: { text: string }[] }[] }[] };
      plan: { rules: { text: string }[]; contingency: string };
      network: { name: string; attendance: string }[];
      rounds: { id: string; state: string; answers: { name: string; value: number; recordedBy: string | null }[] }[];
      scales: { id: string }[];
    };
    const texts = record.board.sections.flatMap((s) => s.statements.map((st) => st.text));
    expect(texts).toEqual(['Grandma picks Amy up from school']);
    const strengths = record.mapping.columns.flatMap((c) => c.domains).find((d) => d.id === 'existing-strengths');
    expect(strengths?.statements.map((st) => st.text)).toEqual(['Grandma picks Amy up from school']);
    expect(record.plan.rules.map((r) => r.text)).toEqual(['Gran collects Amy every day']);
    expect(record.plan.contingency).toBe('If Gran is ill, Rosa collects Amy');
    expect(record.network.map((m) => m.name)).toEqual(['Gran', 'Uncle Tom', 'Jan']);
    expect(record.attendees.map((a) => a.name)).not.toContain('Added later');
    expect(record.rounds.map((r) => ({ id: r.id, state: r.state }))).toEqual([{ id: round, state: 'closed' }]);
    expect(record.rounds[0]!.answers).toMatchObject([{ name: 'Uncle Tom', value: 7, recordedBy: 'Chair Jo' }]);
    expect(record.scales.map((sc) => sc.id)).toContain(DEFAULT_SCALE_ID);
    raw.ws.close();
    writer.destroy();
    desk.destroy();
  });

  it('[K14] ending a meeting stops the step timer on every screen and moves what was removed into the record', async () => {
    const desk = await (await server.connect(board, 'facilitator')).synced();
    const watcher = await (await server.connect(board, 'participant')).synced();
    expect((await call('POST', '/meetings', facilitator())).status).toBe(201);
    startTimer(desk.doc, 'step-1', 10 * 60_000);
    const worry = addStatement(desk.doc, { section: 'worries', text: 'Removed in the meeting', author });
    removeAndKeep(desk.doc, 'statement', worry, { id: 'p1', name: 'Sam' });
    await waitFor(() => readTimer(watcher.doc)?.running === true && readRemovals(watcher.doc).length === 1);
    const ended = (await (await call('POST', '/meetings/end', facilitator())).json()) as { id: string };
    await waitFor(() => readTimer(watcher.doc) === null && readTimer(desk.doc) === null && readRemovals(watcher.doc).length === 0);
    const record = (await (await call('GET', `/meetings/${ended.id}`, facilitator())).json()) as {
      removed: { summary: string; removedBy: { name: string } }[];
    };
    expect(record.removed).toMatchObject([{ summary: 'Removed in the meeting', removedBy: { name: 'Sam' } }]);
    expect(readTimer(server.server.rooms.loaded(board.id)!.doc)).toBeNull();
    desk.destroy();
    watcher.destroy();
  });

  it('[K15] a removal goes into the audit trail with the remover’s role from their link; a viewer or a bad kind is refused', async () => {
    expect((await call('POST', '/removals', secretOf(board.links.participant), { what: 'statement' })).status).toBe(204);
    expect((await call('POST', '/removals', facilitator(), { what: 'member' })).status).toBe(204);
    expect((await call('POST', '/removals', secretOf(board.links.viewer), { what: 'rule' })).status).toBe(403);
    const bad = await call('POST', '/removals', facilitator(), { what: 'board' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('statement, rule, member');
    const { entries } = (await (await call('GET', '/audit', facilitator())).json()) as {
      entries: { event: string; detail: Record<string, unknown> }[];
    };
    expect(entries.filter((e) => e.event === 'removed').map((e) => e.detail)).toEqual([
      { what: 'statement', role: 'participant' },
      { what: 'member', role: 'facilitator' },
    ]);
  });

  it('[K8] the audit trail lists joins, link replacements, locks and exports', async () => {
    const c = await (await server.connect(board, 'viewer')).synced();
    await call('POST', '/links/viewer', facilitator());
    await call('PUT', '/lock', facilitator(), { locked: true });
    await call('POST', '/exports', facilitator(), { what: 'plan pdf' });
    const res = await call('GET', '/audit', facilitator());
    const { entries } = (await res.json()) as { entries: { event: string; detail: Record<string, unknown> }[] };
    expect(entries.map((e) => e.event)).toEqual([
      'board_created',
      'admission_not_required',
      'joined',
      'link_replaced',
      'locked',
      'exported',
    ]);
    expect(entries[2]!.detail.role).toBe('viewer');
    expect(entries[2]!.detail.person).toMatch(/^p_/);
    c.destroy();
  });

  it('[K9] deleting a board closes its sockets with 4404 and leaves nothing of it in the data folder', async () => {
    const marker = 'UNIQUE-MARKER-' + Math.random().toString(36).slice(2);
    const writer = await (await server.connect(board, 'participant')).synced();
    for (let i = 0; i < 30; i++) addStatement(writer.doc, { section: 'worries', text: `${marker} ${i}`, author });
    await call('POST', '/meetings', facilitator());
    await new Promise((r) => setTimeout(r, 100));
    await call('POST', '/meetings/end', facilitator());
    const res = await call('DELETE', '', facilitator());
    expect(res.status).toBe(204);
    await waitFor(() => writer.closes.some((c) => c.code === CloseCode.boardGone));
    writer.destroy();
    expect((await postJson(`${server.origin}/api/tickets`, { board: board.id, secret: facilitator() })).status).toBe(404);
    await server.stop();
    for (const file of fs.readdirSync(server.dataDir)) {
      const bytes = fs.readFileSync(path.join(server.dataDir, file));
      expect(bytes.includes(Buffer.from(marker)), `${file} still holds the board's text`).toBe(false);
      expect(bytes.includes(Buffer.from(board.id)), `${file} still holds the board's id`).toBe(false);
    }
  });
});

describe('link expiry across restarts and far ahead', () => {
  const setExpiry = (server: TestServer, board: CreatedBoardLinks, role: string, expiresAt: number) =>
    fetch(`${server.origin}/api/boards/${board.id}/links/${role}/expiry`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${secretOf(board.links.facilitator)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ expiresAt: new Date(expiresAt).toISOString() }),
    });

  it('[K11] after a restart, a socket opened before the expiry is still closed when the link expires', async () => {
    const first = await new TestServer().start();
    const board = await first.createBoard('Restart family');
    const expiresAt = Date.now() + 1500;
    expect((await setExpiry(first, board, 'viewer', expiresAt)).status).toBe(200);
    await first.stop();
    const second = await new TestServer(first.dataDir).start();
    try {
      const viewer = await (await second.connect(board, 'viewer')).synced();
      expect(Date.now()).toBeLessThan(expiresAt);
      await waitFor(() => viewer.closes.some((c) => c.code === CloseCode.unauthorised), 5000, 'viewer closed at expiry');
      expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
      viewer.destroy();
    } finally {
      await second.cleanup();
    }
  });

  it('[K12] an expiry further ahead than one timer can wait is reached in steps, closing nothing early', async () => {
    // A 40 ms step stands in for setTimeout's 24.8-day limit.
    const server = await new TestServer(undefined, { linkExpiryStepMs: 40 }).start();
    try {
      const board = await server.createBoard('Far family');
      const participant = await (await server.connect(board, 'participant')).synced();
      const expiresAt = Date.now() + 2000;
      expect((await setExpiry(server, board, 'participant', expiresAt)).status).toBe(200);
      const steps = () => server.logLines.filter((l) => l.includes(`link expiry still ahead board=${board.id}`)).length;
      await waitFor(() => steps() >= 3, 5000, 'three steps');
      expect(Date.now()).toBeLessThan(expiresAt);
      expect(participant.closes).toEqual([]);
      await waitFor(() => participant.closes.some((c) => c.code === CloseCode.unauthorised), 5000, 'closed at expiry');
      expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
      participant.destroy();
    } finally {
      await server.cleanup();
    }
  });
});

describe('creating boards', () => {
  it('[K10] with a staff key configured, POST /api/boards needs it', async () => {
    const server = await new TestServer(undefined, { staffKey: 'council-staff-key' }).start();
    try {
      const without = await postJson(`${server.origin}/api/boards`, { title: 'A', template: 'three-column' });
      expect(without.status).toBe(401);
      const withKey = await fetch(`${server.origin}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer council-staff-key' },
        body: JSON.stringify({ title: 'A', template: 'three-column' }),
      });
      expect(withKey.status).toBe(201);
    } finally {
      await server.cleanup();
    }
  });

  it('[K13] without a staff key, this machine creates boards but a request passed on by a proxy is refused', async () => {
    const server = await new TestServer().start();
    try {
      const local = await postJson(`${server.origin}/api/boards`, { title: 'A', template: 'three-column' });
      expect(local.status).toBe(201);
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
        const proxied = await fetch(`${server.origin}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [header]: header === 'forwarded' ? 'for=203.0.113.7' : '203.0.113.7' },
          body: JSON.stringify({ title: 'A', template: 'three-column' }),
        });
        expect(proxied.status).toBe(403);
        const body = (await proxied.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('staff_only');
        expect(body.error.message).toMatch(/KINBOARD_STAFF_KEY/);
      }
    } finally {
      await server.cleanup();
    }
  });
});
