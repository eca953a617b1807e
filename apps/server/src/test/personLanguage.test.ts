/**
 * Each person's interface language on their person record [I6], and the room screen's second
 * language in the chair-only meeting map [R3]: who may set what is the server's to decide.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, readRoomScreen, setRoomLanguage } from '@kinboard/model';
import { readBoardFromDisk } from './rawClient';
import { TestServer, secretOf, waitFor, type CreatedBoardLinks } from './harness';
import { boardPerTest } from './boardPerTest';

interface Invited {
  person: { id: string; name: string; role: string };
  link: string;
}

describe("a person's language on their record", () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Kowalski family');
  });
  afterEach(async () => {
    await server.cleanup();
  });

  async function invite(name: string, role = 'participant'): Promise<Invited> {
    const res = await server.asFacilitator(board, 'POST', '/people', { name, role });
    expect(res.status).toBe(201);
    return (await res.json()) as Invited;
  }

  /** PUT …/people/{personId}/language with `secret` as the bearer (and a device credential when given). */
  function setLanguage(secret: string, personId: string, body: unknown, credential?: string, raw?: string): Promise<Response> {
    return fetch(`${server.origin}/api/boards/${board.id}/people/${encodeURIComponent(personId)}/language`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        ...(credential ? { 'kinboard-credential': credential } : {}),
      },
      body: raw ?? JSON.stringify(body),
    });
  }

  async function languages(): Promise<Record<string, string | undefined>> {
    const { people } = (await (await server.asFacilitator(board, 'GET', '/people')).json()) as {
      people: { name: string; language?: string }[];
    };
    return Object.fromEntries(people.map((p) => [p.name, p.language]));
  }

  it('[I6] a person sets their own language; the list shows it and every new ticket of theirs carries it', async () => {
    const anna = await invite('Anna');
    const before = await server.ticketFor(board.id, anna.link);
    expect(before).not.toHaveProperty('language');
    const res = await setLanguage(secretOf(anna.link), anna.person.id, { language: 'pl' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ person: { id: anna.person.id, language: 'pl' } });
    expect((await languages()).Anna).toBe('pl');
    // A new device opening her link learns the language before it shows anything.
    expect(await server.ticketFor(board.id, anna.link)).toMatchObject({ person: anna.person.id, language: 'pl' });
    // Forgetting it.
    expect((await setLanguage(secretOf(anna.link), anna.person.id, { language: null })).status).toBe(200);
    expect((await languages()).Anna).toBeUndefined();
    expect(await server.ticketFor(board.id, anna.link)).not.toHaveProperty('language');
  });

  it("[I6][I1] a participant cannot set another person's language, whatever the request claims; the chair can set anyone's", async () => {
    const anna = await invite('Anna');
    const dev = await invite('Dev');
    const refused = await setLanguage(secretOf(dev.link), anna.person.id, { language: 'ar', person: dev.person.id });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'forbidden',
      message: expect.stringContaining('only your own language'),
    });
    // Someone on the shared link is who their device credential says, and only that.
    const shared = await server.ticketFor(board.id, board.links.participant, { name: 'Kai' });
    expect((await setLanguage(secretOf(board.links.participant), anna.person.id, { language: 'ar' }, shared.credential)).status).toBe(403);
    expect((await setLanguage(secretOf(board.links.participant), shared.person, { language: 'ro' })).status).toBe(403);
    expect((await setLanguage(secretOf(board.links.participant), shared.person, { language: 'ro' }, 'A'.repeat(43))).status).toBe(403);
    expect((await setLanguage(secretOf(board.links.participant), shared.person, { language: 'ro' }, shared.credential)).status).toBe(200);
    expect(await languages()).toMatchObject({ Anna: undefined, Dev: undefined, Kai: 'ro' });
    // The chair sets Anna's, and the audit line says who did it.
    expect((await setLanguage(secretOf(board.links.facilitator), anna.person.id, { language: 'pl' })).status).toBe(200);
    expect((await languages()).Anna).toBe('pl');
    const { entries } = (await (await server.asFacilitator(board, 'GET', '/audit')).json()) as {
      entries: { event: string; detail: Record<string, unknown> }[];
    };
    expect(entries.filter((e) => e.event === 'language_set').map((e) => e.detail)).toEqual([
      expect.objectContaining({ person: anna.person.id, language: 'pl' }),
    ]);
  });

  it('[I6][H2] an unknown code, a wrong type or a huge value is a 400 naming the field, and changes nothing', async () => {
    const anna = await invite('Anna');
    expect((await setLanguage(secretOf(anna.link), anna.person.id, { language: 'cy' })).status).toBe(200);
    for (const language of ['xx', 'PL', 'pl-PL', 'en-XA', '', ' pl', 42, true, ['pl'], { code: 'pl' }, 'p'.repeat(1000)]) {
      const res = await setLanguage(secretOf(anna.link), anna.person.id, { language });
      expect(res.status, JSON.stringify(language).slice(0, 20)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_field');
      expect(error.message).toContain('"language" must be one of: en, cy, pl, ro, ur, ar');
    }
    expect((await setLanguage(secretOf(anna.link), anna.person.id, {})).status).toBe(400);
    expect((await setLanguage(secretOf(anna.link), anna.person.id, null, undefined, '{"language": "pl"')).status).toBe(400);
    expect((await setLanguage(secretOf(anna.link), anna.person.id, { language: 'pl', pad: 'x'.repeat(100_000) })).status).toBe(413);
    expect((await languages()).Anna).toBe('cy');
  });

  it('[I6] an unknown or removed person is a 404; a removed link or a wrong secret opens nothing', async () => {
    const anna = await invite('Anna');
    expect((await setLanguage(secretOf(board.links.facilitator), 'p_nobody', { language: 'pl' })).status).toBe(404);
    expect((await server.asFacilitator(board, 'DELETE', `/people/${anna.person.id}`)).status).toBe(204);
    expect((await setLanguage(secretOf(anna.link), anna.person.id, { language: 'pl' })).status).toBe(401);
    expect((await setLanguage(secretOf(board.links.facilitator), anna.person.id, { language: 'pl' })).status).toBe(404);
    expect((await setLanguage('not-a-secret', anna.person.id, { language: 'pl' })).status).toBe(401);
  });

  it('[I6][I4] on a board that requires admission, the shared link alone sets nothing', async () => {
    const lobbyBoard = await server.createBoard('Lobby family', { admission: true });
    const invited = (await (
      await server.asFacilitator(lobbyBoard, 'POST', '/people', { name: 'Anna', role: 'participant' })
    ).json()) as Invited;
    const res = await fetch(`${server.origin}/api/boards/${lobbyBoard.id}/people/${invited.person.id}/language`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${secretOf(lobbyBoard.links.participant)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'pl' }),
    });
    expect(res.status).toBe(403);
  });
});

describe("the room screen's second language is the chair's to choose", () => {
  const session = boardPerTest();
  const { join, boardDoc } = session;

  it('[R3] a participant who sets it is closed with 4405 and nobody gets it; the chair sets it for every room screen', async () => {
    const chair = await join('facilitator', 'Chair');
    const mum = await join('participant', 'Mum');
    const before = Y.encodeStateVector(boardDoc());
    setRoomLanguage(mum.doc, 'pl');
    await waitFor(() => mum.closes.length > 0, 5000, 'participant closed');
    expect(mum.closes[0]!.code).toBe(CloseCode.facilitatorOnly);
    expect(Y.encodeStateVector(boardDoc())).toEqual(before);
    expect(readRoomScreen(boardDoc()).secondLanguage).toBeNull();

    const room = await join('participant', 'Room screen');
    setRoomLanguage(chair.doc, 'ar');
    await waitFor(() => readRoomScreen(room.doc).secondLanguage === 'ar', 5000, 'room screen has the language');
    expect(chair.closes).toEqual([]);
    const onDisk = readBoardFromDisk(session.server.dataDir, session.board.id);
    expect(readRoomScreen(onDisk).secondLanguage).toBe('ar');
    onDisk.destroy();
  });
});
