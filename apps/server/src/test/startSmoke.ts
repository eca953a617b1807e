/**
 * A smoke of a server that is already running (the `npm start` path, scripts/nodeVersions.mjs):
 * creates a board over HTTP, joins it with two stock y-websocket clients, and checks that a
 * statement one adds reaches the other and that the board has its title. Prints one line and
 * exits 0, or says what failed and exits 1.
 *
 *   pnpm --filter @kinboard/server exec tsx src/test/startSmoke.ts http://127.0.0.1:8787
 */
import * as Y from 'yjs';
import { addStatement, readBoard } from '@kinboard/model';
import { secretOf, waitFor, type CreatedBoardLinks, type IssuedTicket } from './harness';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';

const origin = process.argv[2] ?? 'http://127.0.0.1:8787';
const TITLE = 'Node smoke family meeting';

async function request(method: string, path: string, body: unknown, secret?: string): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { authorization: `Bearer ${secret}` }) },
    body: JSON.stringify(body),
  });
}

async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

function join(board: CreatedBoardLinks, ticket: IssuedTicket): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/sync`, board.id, doc, {
    params: { ticket: ticket.ticket },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: true,
  });
  return { doc, provider };
}

async function smoke(): Promise<string> {
  const created = await request('POST', '/api/boards', { title: TITLE, template: 'three-column' });
  await expectStatus(created, 201, 'creating a board');
  const board = (await created.json()) as CreatedBoardLinks;
  const facilitator = secretOf(board.links.facilitator);
  await expectStatus(
    await request('PUT', `/api/boards/${board.id}/admission`, { required: false }, facilitator),
    200,
    'turning the lobby off',
  );

  const tickets: IssuedTicket[] = [];
  for (const [link, name] of [
    [board.links.participant, 'Gran'],
    [board.links.facilitator, 'Chair'],
  ] as const) {
    const res = await request('POST', '/api/tickets', { board: board.id, secret: secretOf(link), name });
    await expectStatus(res, 200, `a ticket for ${name}`);
    tickets.push((await res.json()) as IssuedTicket);
  }
  const [gran, chair] = tickets.map((ticket) => join(board, ticket));
  if (!gran || !chair) throw new Error('two clients expected');
  try {
    await waitFor(() => gran.provider.synced && chair.provider.synced, 15_000, 'both clients to sync');
    const title = readBoard(chair.doc).title;
    if (title !== TITLE) throw new Error(`the board's title reads "${title}"`);
    addStatement(gran.doc, { section: 'worries', text: 'Dad shouts at night', author: { id: 'smoke', name: 'Gran' } });
    const seen = () => readBoard(chair.doc).sections.some((section) => section.statements.some((s) => s.text === 'Dad shouts at night'));
    await waitFor(seen, 15_000, "the chair to see Gran's statement");
  } finally {
    gran.provider.destroy();
    chair.provider.destroy();
  }
  return `board ${board.id} created, two stock clients joined, a statement reached the other (Node ${process.versions.node})`;
}

smoke().then(
  (line) => {
    process.stdout.write(`✓ ${line}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`✗ smoke against ${origin} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
