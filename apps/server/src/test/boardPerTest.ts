import { afterEach, beforeEach } from 'vitest';
import * as Y from 'yjs';
import { TestServer, type CreatedBoardLinks, type StockClient } from './harness';

/**
 * A fresh server and board for each test of the calling `describe` block, and stock y-websocket
 * clients joined to it by role, all closed and removed after each test.
 */
export function boardPerTest(title?: string) {
  let server: TestServer | null = null;
  let board: CreatedBoardLinks | null = null;
  const clients: StockClient[] = [];

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard(title);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.cleanup();
  });

  const session = {
    get server(): TestServer {
      if (!server) throw new Error('boardPerTest: the server starts before each test');
      return server;
    },
    get board(): CreatedBoardLinks {
      if (!board) throw new Error('boardPerTest: the board is made before each test');
      return board;
    },
    /** Joins the board with its `role` link as `name`, synced. */
    async join(role: 'facilitator' | 'participant', name: string): Promise<StockClient> {
      const client = await (await session.server.connect(session.board, role, new Y.Doc(), { name })).synced();
      clients.push(client);
      return client;
    },
    /** The server's own copy of the board. */
    boardDoc: (): Y.Doc => session.server.server.rooms.loaded(session.board.id)!.doc,
  };
  return session;
}
