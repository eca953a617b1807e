import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_SAVED, addStatement, editStatement, isEverythingSaved, readBoard } from '@kinboard/model';
import { TestServer, waitFor, type CreatedBoardLinks, type LinkRole } from './harness';
import { RawYClient, readBoardFromDisk } from './rawClient';

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

describe('"saved" acknowledgements', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;
  const clients: RawYClient[] = [];

  async function raw(role: LinkRole, options: { subscribe?: boolean } = {}, doc = new Y.Doc()): Promise<RawYClient> {
    const ticket = await server.ticket(board, role);
    const client = await RawYClient.open(
      `ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${encodeURIComponent(ticket)}`,
      doc,
      options,
    );
    clients.push(client);
    await waitFor(() => client.synced, 5000, 'raw client synced');
    // Its answer to the server's sync step 1 is a sync step 2, which is acknowledged as well.
    if (options.subscribe) await waitFor(() => client.acks.length > 0, 5000, 'ack of the connect-time sync step 2');
    return client;
  }

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Saved family');
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.cleanup();
  });

  it('[P3][P1] a subscribed writer is told its change is saved, and by then the change is in the SQLite file', async () => {
    const writer = await raw('participant', { subscribe: true });
    expect(isEverythingSaved(writer.doc, writer.lastAck ?? new Map())).toBe(true);

    addStatement(writer.doc, { section: 'worries', text: 'Nobody checks the homework', author });
    expect(isEverythingSaved(writer.doc, writer.lastAck ?? new Map())).toBe(false);
    await waitFor(() => writer.acks.length > 0 && isEverythingSaved(writer.doc, writer.lastAck!), 5000, 'saved ack');

    // The ack is a type-100 message whose state vector covers the writer's own clock.
    const ackMessage = writer.messages.find((m) => m[0] === MESSAGE_SAVED)!;
    expect(ackMessage).toBeDefined();
    expect(writer.lastAck!.get(writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));

    // Read the file through its own connection while the server still runs: the change is there.
    const onDisk = readBoardFromDisk(server.dataDir, board.id);
    expect(texts(onDisk)).toContain('Nobody checks the homework');
    expect(Y.getState(onDisk.store, writer.doc.clientID)).toBeGreaterThanOrEqual(writer.lastAck!.get(writer.doc.clientID)!);
  });

  it('[P3][P7] every update is acknowledged, in order, after it is stored (updates of one turn share one ack)', async () => {
    const writer = await raw('participant', { subscribe: true });
    const before = writer.acks.length;
    const id = addStatement(writer.doc, { section: 'next-steps', text: 'G', author });
    const clocks = [Y.getState(writer.doc.store, writer.doc.clientID)];
    for (const text of ['Gr', 'Gra', 'Gran', 'Gran visits', 'Gran visits on Sundays']) {
      editStatement(writer.doc, id, text);
      clocks.push(Y.getState(writer.doc.store, writer.doc.clientID));
    }
    const last = clocks[clocks.length - 1]!;
    await waitFor(() => (writer.acks.at(-1)?.get(writer.doc.clientID) ?? 0) >= last, 5000, 'ack of the last update');
    const acked = writer.acks.slice(before).map((a) => a.get(writer.doc.clientID) ?? 0);
    // Acks never go backwards and each one matches a clock the writer actually reached.
    expect(acked).toEqual([...acked].sort((a, b) => a - b));
    for (const clock of acked) expect(clocks).toContain(clock);
    expect(acked.at(-1)).toBe(last);
    expect(texts(readBoardFromDisk(server.dataDir, board.id))).toContain('Gran visits on Sundays');
  });

  it('[P3] changes made offline and sent as sync step 2 on connect are acknowledged too', async () => {
    const offline = new Y.Doc();
    addStatement(offline, { section: 'working-well', text: 'written on the train', author });
    const writer = await raw('participant', { subscribe: true }, offline);
    await waitFor(() => writer.acks.some((a) => isEverythingSaved(writer.doc, a)), 5000, 'ack of the sync step 2');
    expect(texts(readBoardFromDisk(server.dataDir, board.id))).toContain('written on the train');
    expect(readBoard(writer.doc).title).toBe('Saved family');
  });

  it('[P3] a connection that did not subscribe never receives a type-100 message, even while it writes', async () => {
    const plain = await raw('participant');
    const subscribed = await raw('facilitator', { subscribe: true });

    addStatement(plain.doc, { section: 'worries', text: 'from the plain client', author });
    addStatement(subscribed.doc, { section: 'worries', text: 'from the subscriber', author });
    // Both changes have gone through the server once each side sees the other's.
    await waitFor(() => texts(plain.doc).includes('from the subscriber'), 5000, 'plain sees subscriber');
    await waitFor(() => texts(subscribed.doc).includes('from the plain client'), 5000, 'subscriber sees plain');
    await waitFor(() => isEverythingSaved(subscribed.doc, subscribed.lastAck ?? new Map()), 5000, 'subscriber acked');

    expect(plain.messages.length).toBeGreaterThan(1);
    expect(plain.types).not.toContain(MESSAGE_SAVED);
    expect(plain.types.every((t) => t === 0 || t === 1)).toBe(true);
    expect(subscribed.types).toContain(MESSAGE_SAVED);
    // The plain client's change is saved all the same.
    expect(texts(readBoardFromDisk(server.dataDir, board.id))).toContain('from the plain client');
  });
});
