/**
 * A hostile client, and a flaky network, against the real server (issue 12): every test here
 * reproduces a defect found by attacking the server at c734b78 and checks what a person would
 * notice once it is fixed: the server stays up, the board still loads with everything accepted,
 * the attacker's connection alone is closed, and nobody's work or presence is taken.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode, META, MessageType, ROOT, addStatement, editStatement, readBoard } from '@kinboard/model';
import { TestServer, rawRequest, rawSocket, waitFor, type CreatedBoardLinks, type StockClient } from './harness';
import type { Engine } from './engines';

const author = { id: 'p_sam', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

/** A y-websocket message: type, then (for sync) kind, then a length-prefixed payload. */
function syncMessage(kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

function presenceMessage(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** A v1 update that only deletes `len` items of `client` from `clock`. */
function deletion(client: number, clock: number, len = 1): Uint8Array {
  const e = encoding.createEncoder();
  for (const n of [0, 1, client, 1, clock, len]) encoding.writeVarUint(e, n);
  return encoding.toUint8Array(e);
}

/** The update that creates `depth` maps, each inside the one before, under `statements/deep`; and the outer map's id. */
function nestedMaps(depth: number): { update: Uint8Array; outer: Y.ID } {
  const doc = new Y.Doc();
  const outer = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap(ROOT.statements).set('deep', outer);
    let map = outer;
    for (let i = 0; i < depth; i++) {
      const inner = new Y.Map<unknown>();
      map.set('k', inner);
      map = inner;
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  const id = outer._item!.id;
  doc.destroy();
  return { update, outer: id };
}

/**
 * The suite, on the SQLite file or on PostgreSQL (`hostile.test.ts`, `hostilePg.test.ts`, run side
 * by side). Attacks that never reach storage (refused upgrades, half-sent heads) run on SQLite only.
 */
export function hostileSuite(engine: Engine): void {
  const storageFree = it.skipIf(engine.name === 'PostgreSQL');

  describe(`a hostile client harms only its own connection (${engine.name})`, () => {
    let server: TestServer;
    let board: CreatedBoardLinks;
    let chair: StockClient;
    let watcher: StockClient;

    beforeAll(async () => {
      server = await new TestServer(undefined, {
        limits: { maxSendBufferBytes: 256 * 1024, upgradeTimeoutMs: 300 } as never,
        ...(await engine.overrides()),
      }).start();
      board = await server.createBoard('Hostile family');
      chair = await (await server.connect(board, 'facilitator')).synced();
      watcher = await (await server.connect(board, 'viewer')).synced();
      addStatement(chair.doc, { section: 'worries', text: 'Accepted before the attacks', author });
      await waitFor(() => texts(watcher.doc).includes('Accepted before the attacks'));
    });
    afterAll(async () => {
      chair?.destroy();
      watcher?.destroy();
      await server?.cleanup();
      await engine.dispose();
    });

    const url = async (role: 'facilitator' | 'participant' | 'viewer' = 'participant') =>
      `ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${encodeURIComponent(await server.ticket(board, role))}`;

    /** Everyone else still edits and sees edits. */
    async function boardStillWorks(text: string): Promise<void> {
      addStatement(chair.doc, { section: 'worries', text, author });
      await waitFor(() => texts(watcher.doc).includes(text), 5000, `"${text}" reaching the viewer`);
      expect(chair.closes).toEqual([]);
    }

    /** Drops the board from memory (storing what it holds, as an unload does) and loads it again through a fresh client. */
    async function reloadedBoard(): Promise<Y.Doc> {
      await server.server.rooms.evict(board.id, CloseCode.serverRestarting, 'test reload');
      const fresh = await (await server.connect(board, 'viewer')).synced();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(fresh.doc));
      expect(fresh.closes).toEqual([]);
      fresh.destroy();
      chair.destroy();
      watcher.destroy();
      chair = await (await server.connect(board, 'facilitator')).synced();
      watcher = await (await server.connect(board, 'viewer')).synced();
      return doc;
    }

    it('[A7] a presence entry nested thousands of levels deep closes that viewer with 4400 and the server stays up', async () => {
      const bad = await rawSocket(await url('viewer'));
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      bad.ws.send(presenceMessage([{ clientId: 777_001, clock: 1, json: `{"user":{"name":"x"},"junk":${deep}}` }]));
      expect((await bad.closed).code).toBe(CloseCode.malformed);
      await boardStillWorks('After the deep presence');
    });

    it('[L3] thousands of nested maps are refused whole, so deleting them later cannot break the board', async () => {
      const { update, outer } = nestedMaps(4000);
      const bad = await rawSocket(await url());
      bad.ws.send(syncMessage(2, update));
      const second = await rawSocket(await url());
      second.ws.send(syncMessage(2, deletion(outer.client, outer.clock)));
      expect((await bad.closed).code).toBe(CloseCode.malformed);
      second.ws.terminate();
      await boardStillWorks('After the nested maps');
      const doc = await reloadedBoard();
      expect(texts(doc)).toContain('After the nested maps');
      expect(doc.getMap(ROOT.statements).has('deep')).toBe(false);
      expect(server.logLines.some((l) => l.includes('storage failure'))).toBe(false);
    });

    it('[L3] an update Yjs cannot apply whole leaves nothing behind: the board reloads from storage as it was', async () => {
      // A board an older server stored with nesting it would refuse now; deleting it overflows Yjs's recursion.
      const { update, outer } = nestedMaps(4000);
      await server.server.rooms.evict(board.id, CloseCode.serverRestarting, 'test');
      await server.server.store.appendUpdates(board.id, [update]);
      chair.destroy();
      watcher.destroy();
      chair = await (await server.connect(board, 'facilitator')).synced();
      watcher = await (await server.connect(board, 'viewer')).synced();
      const bad = await rawSocket(await url());
      bad.ws.send(syncMessage(2, deletion(outer.client, outer.clock)));
      expect((await bad.closed).code).toBe(CloseCode.malformed);
      // Everyone else is told to reconnect at once, to the board reloaded from storage.
      await waitFor(() => chair.closes.length > 0, 5000, 'the chair told to reconnect');
      expect(chair.closes.map((c) => c.code)).toEqual([CloseCode.boardReloaded]);
      chair.closes.length = 0;
      await waitFor(() => chair.provider.synced && chair.provider.wsconnected, 5000, 'chair back');
      await boardStillWorks('After the half-applied deletion');
      const doc = await reloadedBoard();
      expect(texts(doc)).toEqual(expect.arrayContaining(['Accepted before the attacks', 'After the half-applied deletion']));
      expect(doc.getMap(ROOT.statements).get('deep')).toBeInstanceOf(Y.Map);
      expect(server.logLines.some((l) => l.includes('storage failure'))).toBe(false);
    });

    it('[L3] values nested deeper than any board needs, and subdocuments, are refused', async () => {
      let deep: unknown = 1;
      for (let i = 0; i < 200; i++) deep = [deep];
      for (const change of [
        (d: Y.Doc) => d.getMap(ROOT.network).set('deep', deep),
        (d: Y.Doc) => d.getMap(ROOT.network).set('sub', new Y.Doc()),
      ]) {
        const doc = new Y.Doc();
        change(doc);
        const bad = await rawSocket(await url());
        bad.ws.send(syncMessage(2, Y.encodeStateAsUpdate(doc)));
        expect((await bad.closed).code).toBe(CloseCode.malformed);
      }
      await boardStillWorks('After the deep values');
      expect(chair.doc.getMap(ROOT.network).has('deep')).toBe(false);
      expect(chair.doc.getMap(ROOT.network).has('sub')).toBe(false);
    });

    it('[R5] a participant who types into their offline statement as the socket opens keeps both', async () => {
      // Sam's device has the board, then goes offline and adds a statement.
      const device = new Y.Doc();
      Y.applyUpdate(device, Y.encodeStateAsUpdate(chair.doc));
      const before = Y.encodeStateVector(device);
      const id = addStatement(device, { section: 'worries', text: 'Written offline', author });
      const statement = Y.encodeStateAsUpdate(device, before);
      const afterStatement = Y.encodeStateVector(device);
      editStatement(device, id, 'Written offline, typed on reconnect');
      const typing = Y.encodeStateAsUpdate(device, afterStatement);
      // Back online: the typing goes out first, before the sync exchange sends the statement.
      const sam = await rawSocket(await url('participant'));
      sam.ws.send(syncMessage(2, typing));
      sam.ws.send(syncMessage(1, statement));
      await waitFor(
        () => texts(watcher.doc).includes('Written offline, typed on reconnect'),
        5000,
        'the offline statement with its typing',
      );
      sam.ws.close();
      const closed = await sam.closed;
      expect(closed.code).not.toBe(CloseCode.facilitatorOnly);
    });

    it('[L4] a viewer that stops reading and keeps asking for the board is closed with 1013, not buffered for', async () => {
      await (await server.server.rooms.room(board.id)).changeDocument((d) => d.getMap(ROOT.network).set('bulk', 'x'.repeat(200_000)));
      await waitFor(() => watcher.doc.getMap(ROOT.network).has('bulk'));
      const reader = await rawSocket(await url('viewer'));
      await waitFor(() => reader.messages.length > 0);
      (reader.ws as unknown as { _socket: net.Socket })._socket.pause();
      const step1 = syncMessage(0, Y.encodeStateVector(new Y.Doc()));
      for (let i = 0; i < 300; i++) reader.ws.send(step1);
      await waitFor(() => server.logLines.some((l) => l.includes('reason=not_reading')), 10_000, 'the server giving up on the reader');
      (reader.ws as unknown as { _socket: net.Socket })._socket.resume();
      expect((await reader.closed).code).toBe(CloseCode.notReading);
      await boardStillWorks('After the slow reader');
    });

    it('[R4] only the server sets meta.schemaVersion, title, template and createdAt; a participant is closed with 4405', async () => {
      for (const [role, key] of [
        ['participant', META.schemaVersion],
        ['participant', META.title],
        ['facilitator', META.schemaVersion],
        ['facilitator', META.createdAt],
      ] as const) {
        const client = await (await server.connect(board, role)).synced();
        client.doc.getMap(ROOT.meta).set(key, 99);
        await waitFor(() => client.closes.length > 0, 5000, `${role} closed for writing meta/${key}`);
        expect(client.closes[0]?.code).toBe(CloseCode.facilitatorOnly);
        client.destroy();
      }
      expect(watcher.doc.getMap(ROOT.meta).get(META.schemaVersion)).not.toBe(99);
      expect(watcher.doc.getMap(ROOT.meta).get(META.createdAt)).not.toBe(99);
      await boardStillWorks('After the schema version attempts');
    });

    it('[A8] while a person is away nobody can take their presence entry; they get it back when they return', async () => {
      // Sam's device keeps the credential its first ticket gave; the server knows Sam by it.
      const samTicket = await server.ticketFor(board.id, board.links.participant, { name: 'Sam' });
      const sam = await server.connectWith(board.id, samTicket).synced();
      const samId = sam.doc.clientID;
      sam.provider.awareness.setLocalStateField('user', { name: 'Sam' });
      const userOf = (id: number) =>
        (watcher.provider.awareness.getStates().get(id) as { user?: { name?: string; id?: string } } | undefined)?.user;
      await waitFor(() => userOf(samId)?.name === 'Sam');
      sam.provider.disconnect();
      await waitFor(() => !watcher.provider.awareness.getStates().has(samId), 5000, 'Sam gone');
      // Someone else writes Sam's client id with a much higher clock while Sam is away.
      const forgedDoc = new Y.Doc();
      forgedDoc.clientID = samId;
      const forged = new awarenessProtocol.Awareness(forgedDoc);
      for (let i = 0; i < 100; i++) forged.setLocalState({ user: { name: 'Mallory' }, n: i });
      const mallory = await rawSocket(await url('participant'));
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MessageType.awareness);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(forged, [samId]));
      mallory.ws.send(encoding.toUint8Array(e));
      // Sam comes back on the same device.
      sam.provider.params = { ticket: await server.ticket(board, 'participant', { credential: samTicket.credential ?? '' }) };
      sam.provider.connect();
      await sam.synced();
      sam.provider.awareness.setLocalStateField('cursor', 42);
      await waitFor(
        () => (watcher.provider.awareness.getStates().get(samId) as { cursor?: number } | undefined)?.cursor === 42,
        5000,
        "Sam's own entry back",
      );
      expect(userOf(samId)).toMatchObject({ name: 'Sam', id: samTicket.person });
      mallory.ws.terminate();
      forged.destroy();
      sam.destroy();
    });

    it('[A7] one connection cannot show thousands of made-up people', async () => {
      const bad = await rawSocket(await url());
      const entries = Array.from({ length: 5000 }, (_, i) => ({ clientId: 900_000 + i, clock: 1, json: `{"user":{"name":"Fake ${i}"}}` }));
      bad.ws.send(presenceMessage(entries));
      expect((await bad.closed).code).toBe(CloseCode.malformed);
      await boardStillWorks('After the fake people');
      expect([...watcher.provider.awareness.getStates().keys()].filter((id) => id >= 900_000 && id < 905_000)).toEqual([]);
    });

    it('[L2] a ticket opens one socket', async () => {
      const ticket = await server.ticket(board, 'participant');
      const first = await rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${encodeURIComponent(ticket)}`);
      await expect(rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${encodeURIComponent(ticket)}`)).rejects.toThrow(/401/);
      first.ws.terminate();
    });

    storageFree("[H6] a socket upgrade from another site's page is refused with 403; the page's own origin is let in", async () => {
      const refused = await rawRequest(server.port, {
        path: `/sync/${board.id}?ticket=${encodeURIComponent(await server.ticket(board, 'viewer'))}`,
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          origin: 'https://evil.example',
        },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
      // A page on a rebinding DNS name: its own origin, but not a host this server answers as.
      const rebound = await rawRequest(server.port, {
        path: `/sync/${board.id}?ticket=${encodeURIComponent(await server.ticket(board, 'viewer'))}`,
        headers: {
          host: 'evil.example',
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          origin: 'http://evil.example',
        },
      });
      expect(rebound.status).toBe(403);
      const own = await rawSocket(await url('viewer'));
      own.ws.terminate();
    });

    storageFree('[H4] a refused socket upgrade carries the security headers', async () => {
      const refused = await rawRequest(server.port, {
        path: `/sync/${board.id}?ticket=forged.ticket`,
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      expect(refused.status).toBe(401);
      expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(refused.headers['referrer-policy']).toBe('no-referrer');
    });

    storageFree('[L5] a half-sent upgrade request, and a socket that never sends one, are cut instead of held open', async () => {
      for (const head of [`GET /sync/${board.id}?ticket=x HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n`, '']) {
        const socket = net.connect(server.port, '127.0.0.1');
        let closed = false;
        socket.on('close', () => (closed = true));
        socket.on('error', () => {});
        socket.resume(); // read what the server sends, so its close is seen
        await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
        if (head) socket.write(head);
        await waitFor(() => closed, 5000, head ? 'the half-sent upgrade to be cut' : 'the silent socket to be cut');
      }
    });
  });
}
