/**
 * Seeded convergence through the real server [R5][P2]: stock y-websocket clients (a facilitator
 * and two participants) edit one board's statements over real sockets while they drop off, edit
 * offline, and come back typing into what they wrote offline the moment the socket opens, before
 * the sync exchange has sent it. Every run must end with every client and the server holding the
 * same board, nobody closed with a "do not reconnect" code, and every offline edit on the board.
 * A failure names the seed to replay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, deleteStatement, editStatement, isFinalClose, readBoard } from '@kinboard/model';
import { TestServer, type CreatedBoardLinks, type LinkRole, type StockClient } from './harness';

const RUNS = Number(process.env.RUNS ?? 300);
const BATCH = 50;
const STEPS = 14;

/** A small seeded generator (mulberry32), so a run replays exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Person {
  readonly role: LinkRole;
  readonly personId: string;
  /** The device credential the first ticket gave: the same person again on every reconnect. */
  readonly credential: string;
  readonly client: StockClient;
  online: boolean;
  /** Statements this person added while offline, and the words typed into each on the way back. */
  readonly offline: Map<string, string>;
}

/** What a person would see on the board: every statement's text, in order. */
function view(doc: Y.Doc): string {
  return JSON.stringify(readBoard(doc).sections.map((s) => s.statements.map((st) => [st.id, st.text])));
}

async function oneRun(server: TestServer, seed: number): Promise<string | null> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const board: CreatedBoardLinks = await server.createBoard(`Run ${seed}`);
  const people: Person[] = [];
  for (const [i, role] of (['facilitator', 'participant', 'participant'] as const).entries()) {
    const issued = await server.ticketFor(board.id, board.links[role], { name: `${role} ${i}` });
    const client = server.connectWith(board.id, issued, new Y.Doc());
    people.push({ role, personId: issued.person, credential: issued.credential ?? '', client, online: true, offline: new Map() });
  }
  try {
    await Promise.all(people.map((p) => p.client.synced()));
    let n = 0;
    const reconnect = async (person: Person) => {
      const provider = person.client.provider;
      provider.params = { ticket: await server.ticket(board, person.role, person.credential ? { credential: person.credential } : {}) };
      // Types into what it wrote offline the moment the socket opens, before the sync exchange.
      const typeOnOpen = ({ status }: { status: string }) => {
        if (status !== 'connected') return;
        provider.off('status', typeOnOpen);
        for (const [id, text] of person.offline) {
          const typed = `${text} typed on reconnect`;
          editStatement(person.client.doc, id, typed);
          person.offline.set(id, typed);
        }
      };
      provider.on('status', typeOnOpen);
      provider.connect();
      person.online = true;
    };
    for (let step = 0; step < STEPS; step++) {
      const person = pick(people)!;
      const doc = person.client.doc;
      const roll = random();
      const ids = readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.id));
      if (roll < 0.35) {
        const text = `s${seed}.${++n} by ${person.personId}`;
        const id = addStatement(doc, {
          section: pick(['worries', 'working-well', 'next-steps'] as const)!,
          text,
          author: { id: person.personId, name: person.role },
        });
        if (!person.online) person.offline.set(id, text);
      } else if (roll < 0.6 && ids.length > 0) {
        const id = pick(ids)!;
        editStatement(doc, id, `edit ${++n} of ${id.slice(-4)} by ${person.personId}`);
        for (const p of people) p.offline.delete(id);
      } else if (roll < 0.7 && ids.length > 0) {
        const id = pick(ids)!;
        deleteStatement(doc, id);
        for (const p of people) p.offline.delete(id);
      } else if (person.online) {
        person.client.provider.disconnect();
        person.online = false;
      } else {
        await reconnect(person);
      }
      await pause(Math.floor(random() * 4));
    }
    for (const person of people) if (!person.online) await reconnect(person);
    const room = () => server.server.rooms.loaded(board.id);
    const converged = () => {
      const serverDoc = room()?.doc;
      if (!serverDoc) return false;
      const want = view(serverDoc);
      const vector = Y.encodeStateVector(serverDoc).toString();
      return people.every(
        (p) => p.client.provider.synced && view(p.client.doc) === want && Y.encodeStateVector(p.client.doc).toString() === vector,
      );
    };
    const deadline = Date.now() + 10_000;
    while (!converged()) {
      if (Date.now() > deadline) return `seed ${seed}: clients and server differ`;
      await pause(5);
    }
    const finalClose = people.flatMap((p) => p.client.closes).find((c) => isFinalClose(c.code));
    if (finalClose) return `seed ${seed}: closed with ${finalClose.code} (${finalClose.reason})`;
    // Every statement written offline and typed into on the way back is on the board with those words.
    const statements = new Map(readBoard(room()!.doc).sections.flatMap((s) => s.statements.map((st) => [st.id, st.text] as const)));
    for (const person of people) {
      for (const [id, text] of person.offline) {
        if (statements.get(id) !== text) return `seed ${seed}: offline statement ${id} reads "${statements.get(id)}", not "${text}"`;
      }
    }
    return null;
  } finally {
    for (const person of people) person.client.destroy();
  }
}

describe('[R5][P2] seeded convergence through the real server: participants with disconnects, offline edits and typing on reconnect', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await new TestServer(undefined, {
      unloadAfterMs: 200,
      limits: { boardsPerMinute: 1_000_000, ticketsPerMinute: 1_000_000 } as never,
    }).start();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  for (let first = 1; first <= RUNS; first += BATCH) {
    it(`runs seeds ${first}–${first + BATCH - 1} with 0 divergent`, { timeout: 240_000 }, async () => {
      const divergent: string[] = [];
      for (let seed = first; seed < first + BATCH; seed++) {
        const problem = await oneRun(server, seed);
        if (problem) divergent.push(problem);
      }
      expect(divergent).toEqual([]);
    });
  }
});
