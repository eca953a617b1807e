import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { TestServer, rawSocket, waitFor, type CreatedBoardLinks } from './harness';
import { RawYClient } from './rawClient';

type UserState = { user?: { name?: string; role?: string } };

function userOf(client: { provider: { awareness: awarenessProtocol.Awareness } }, clientId: number): UserState['user'] {
  return (client.provider.awareness.getStates().get(clientId) as UserState | undefined)?.user;
}

describe('presence is bound to the connection that set it', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard();
  });
  afterEach(async () => {
    await server.cleanup();
  });

  it('[A1] a participant claiming to be a facilitator is shown with its real role', async () => {
    const liar = await (await server.connect(board, 'participant')).synced();
    const watcher = await (await server.connect(board, 'viewer')).synced();
    liar.provider.awareness.setLocalStateField('user', { name: 'Chair', role: 'facilitator' });
    await waitFor(() => userOf(watcher, liar.doc.clientID)?.name === 'Chair');
    expect(userOf(watcher, liar.doc.clientID)?.role).toBe('participant');
    liar.destroy();
    watcher.destroy();
  });

  it("[A2] one connection cannot overwrite or remove another person's presence", async () => {
    const sam = await (await server.connect(board, 'participant')).synced();
    const watcher = await (await server.connect(board, 'participant')).synced();
    sam.provider.awareness.setLocalStateField('user', { name: 'Sam', role: 'participant' });
    await waitFor(() => userOf(watcher, sam.doc.clientID)?.name === 'Sam');

    // A hand-made client writes Sam's client id with a new name and a higher clock.
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = sam.doc.clientID;
    const forged = new awarenessProtocol.Awareness(forgedDoc);
    forged.setLocalState({ user: { name: 'Someone else', role: 'facilitator' } });
    for (let i = 0; i < 5; i++) forged.setLocalState({ user: { name: 'Someone else', role: 'facilitator' }, n: i });
    const ticket = await server.ticket(board, 'participant');
    const raw = await rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${ticket}`);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(forged, [sam.doc.clientID]));
    raw.ws.send(encoding.toUint8Array(encoder));
    // Then a removal of Sam's entry.
    forged.setLocalState(null);
    const removal = encoding.createEncoder();
    encoding.writeVarUint(removal, 1);
    encoding.writeVarUint8Array(removal, awarenessProtocol.encodeAwarenessUpdate(forged, [sam.doc.clientID]));
    raw.ws.send(encoding.toUint8Array(removal));

    // Sam changes something afterwards; once that arrives, the forgery would have arrived too.
    sam.provider.awareness.setLocalStateField('cursor', 3);
    await waitFor(() => (watcher.provider.awareness.getStates().get(sam.doc.clientID) as { cursor?: number } | undefined)?.cursor === 3);
    expect(userOf(watcher, sam.doc.clientID)?.name).toBe('Sam');
    raw.ws.close();
    forged.destroy();
    sam.destroy();
    watcher.destroy();
  });

  it("[A3] when a person's connection drops, the server removes their presence for everyone", async () => {
    const sam = await (await server.connect(board, 'participant')).synced();
    const watcher = await (await server.connect(board, 'viewer')).synced();
    sam.provider.awareness.setLocalStateField('user', { name: 'Sam' });
    await waitFor(() => userOf(watcher, sam.doc.clientID)?.name === 'Sam');
    const samId = sam.doc.clientID;
    // Drop the connection without the client saying goodbye, as a phone losing signal would.
    sam.provider.shouldConnect = false;
    (sam.provider.ws as unknown as { terminate(): void }).terminate();
    await waitFor(() => !watcher.provider.awareness.getStates().has(samId), 5000, 'presence removed');
    sam.destroy();
    watcher.destroy();
  });

  it('[A6][A2][A3][K6] a person who reconnects with the same client id gets their presence back, and it stays theirs', async () => {
    // Sam's device keeps the credential its first ticket gave; the server knows Sam by it [A5].
    const samTicket = await server.ticketFor(board.id, board.links.participant, { name: 'Sam' });
    const sam = await server.connectWith(board.id, samTicket).synced();
    const watcher = await (await server.connect(board, 'viewer')).synced();
    const samId = sam.doc.clientID;
    sam.provider.awareness.setLocalStateField('user', { name: 'Sam' });
    await waitFor(() => userOf(watcher, samId)?.name === 'Sam');

    // Sam's phone drops the connection and comes back: same document, so the same client id.
    sam.provider.disconnect();
    await waitFor(() => !watcher.provider.awareness.getStates().has(samId), 5000, 'presence removed');
    // The same person comes back (the device keeps its person id [A5][A8]).
    sam.provider.params = { ticket: await server.ticket(board, 'participant', { credential: samTicket.credential ?? '' }) };
    sam.provider.connect();
    await sam.synced();
    await waitFor(() => userOf(watcher, samId)?.name === 'Sam', 5000, 'presence back after the reconnect');

    // Someone else writes Sam's entry with a newer clock: it stays Sam's.
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = samId;
    const forged = new awarenessProtocol.Awareness(forgedDoc);
    for (let i = 0; i < 50; i++) forged.setLocalState({ user: { name: 'Someone else' }, n: i });
    const raw = await rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${await server.ticket(board, 'participant')}`);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(forged, [samId]));
    raw.ws.send(encoding.toUint8Array(encoder));
    sam.provider.awareness.setLocalStateField('cursor', 9);
    await waitFor(() => (watcher.provider.awareness.getStates().get(samId) as { cursor?: number } | undefined)?.cursor === 9);
    expect(userOf(watcher, samId)?.name).toBe('Sam');

    // The facilitator can remove the person behind the entry, and the entry goes with them.
    expect((await server.server.admin.removePerson(board.id, samId, false)).role).toBe('participant');
    await waitFor(() => sam.closes.some((c) => c.code === 4408), 5000, 'Sam closed as removed');
    await waitFor(() => !watcher.provider.awareness.getStates().has(samId), 5000, 'presence removed after the removal');
    raw.ws.close();
    forged.destroy();
    sam.destroy();
    watcher.destroy();
  });
  it('[A4] cursors moving at once reach everyone gathered into a few messages, ending where they stopped', async () => {
    const [a, b] = await Promise.all([server.connect(board, 'participant'), server.connect(board, 'participant')]);
    await Promise.all([a.synced(), b.synced()]);
    const ticket = await server.ticket(board, 'viewer');
    const watcher = await RawYClient.open(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${ticket}`);
    await waitFor(() => watcher.synced);
    const seen = new awarenessProtocol.Awareness(new Y.Doc());
    const cursorOf = (id: number) => (seen.getStates().get(id) as { cursor?: number } | undefined)?.cursor;
    let read = watcher.messages.length;
    let presenceMessages = 0;
    // Twenty changes over about 20 ms, as two people dragging their cursors make.
    for (let step = 1; step <= 10; step++) {
      a.provider.awareness.setLocalStateField('cursor', step);
      b.provider.awareness.setLocalStateField('cursor', 100 + step);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(
      () => {
        for (; read < watcher.messages.length; read++) {
          const decoder = decoding.createDecoder(watcher.messages[read]!);
          if (decoding.readVarUint(decoder) !== 1) continue;
          presenceMessages++;
          awarenessProtocol.applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoder), 'server');
        }
        return cursorOf(a.doc.clientID) === 10 && cursorOf(b.doc.clientID) === 110;
      },
      5000,
      'both cursors at their last place',
    );
    expect(presenceMessages).toBeLessThanOrEqual(5);
    watcher.close();
    a.destroy();
    b.destroy();
  });
});
