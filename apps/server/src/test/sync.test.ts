import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, editStatement, readBoard, CloseCode } from '@kinboard/model';
import { TestServer, waitFor, type CreatedBoardLinks } from './harness';

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

describe('sync with the stock y-websocket client', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard('Smith family network meeting');
  });
  afterEach(async () => {
    await server.cleanup();
  });

  it('[S1] a new client receives the board as created, title included', async () => {
    const a = await (await server.connect(board, 'participant')).synced();
    expect(readBoard(a.doc).title).toBe('Smith family network meeting');
    a.destroy();
  });

  it("[S2] participants see each other's statements and typing live", async () => {
    const a = await (await server.connect(board, 'participant')).synced();
    const b = await (await server.connect(board, 'facilitator')).synced();
    const id = addStatement(a.doc, { section: 'worries', text: 'Dad shouts', author });
    await waitFor(() => texts(b.doc).includes('Dad shouts'));
    editStatement(b.doc, id, 'Dad shouts at night');
    await waitFor(() => texts(a.doc).includes('Dad shouts at night'));
    a.destroy();
    b.destroy();
  });

  it('[P4] a board survives a server restart with every statement', async () => {
    const a = await (await server.connect(board, 'participant')).synced();
    for (let i = 0; i < 20; i++) addStatement(a.doc, { section: 'working-well', text: `strength ${i}`, author });
    const b = await (await server.connect(board, 'participant')).synced();
    await waitFor(() => texts(b.doc).length === 20);
    a.destroy();
    b.destroy();
    const port = server.port;
    await server.stop();
    await server.start(port);
    const c = await (await server.connect(board, 'viewer')).synced();
    expect(texts(c.doc)).toHaveLength(20);
    c.destroy();
  });

  it('[R1] a viewer sees changes live but its own changes never reach the board', async () => {
    const viewer = await (await server.connect(board, 'viewer')).synced();
    const writer = await (await server.connect(board, 'participant')).synced();
    addStatement(writer.doc, { section: 'worries', text: 'from the participant', author });
    await waitFor(() => texts(viewer.doc).includes('from the participant'));

    addStatement(viewer.doc, { section: 'worries', text: 'viewer tried to write', author });
    await waitFor(() => viewer.closes.length > 0, 5000, 'viewer closed');
    expect(viewer.closes[0]!.code).toBe(CloseCode.readOnly);
    viewer.destroy();

    addStatement(writer.doc, { section: 'worries', text: 'after the viewer left', author });
    const check = await (await server.connect(board, 'participant')).synced();
    await waitFor(() => texts(check.doc).includes('after the viewer left'));
    expect(texts(check.doc)).not.toContain('viewer tried to write');
    expect(texts(writer.doc)).not.toContain('viewer tried to write');
    writer.destroy();
    check.destroy();
  });

  it('[R2] a viewer with nothing new stays connected after its sync reply', async () => {
    const writer = await (await server.connect(board, 'participant')).synced();
    addStatement(writer.doc, { section: 'worries', text: 'one', author });
    const viewer = await (await server.connect(board, 'viewer')).synced();
    await waitFor(() => texts(viewer.doc).includes('one'));
    addStatement(writer.doc, { section: 'worries', text: 'two', author });
    await waitFor(() => texts(viewer.doc).includes('two'));
    expect(viewer.closes).toEqual([]);
    writer.destroy();
    viewer.destroy();
  });

  it('[P5][P6] a board unloads from memory after its last client leaves, as one snapshot', async () => {
    await server.stop();
    server = await new TestServer(server.dataDir, { unloadAfterMs: 50 }).start();
    const a = await (await server.connect(board, 'participant')).synced();
    expect(server.server.rooms.isLoaded(board.id)).toBe(true);
    addStatement(a.doc, { section: 'worries', text: 'kept through the unload', author });
    await waitFor(async () => (await server.server.store.loadDocument(board.id)).updates.length > 0, 3000, 'update stored');
    a.destroy();
    await waitFor(() => !server.server.rooms.isLoaded(board.id), 3000, 'unload');
    // [P6] The unload leaves a single snapshot that holds everything.
    const stored = await server.server.store.loadDocument(board.id);
    expect(stored.updates).toHaveLength(0);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.snapshot!);
    expect(texts(reloaded)).toEqual(['kept through the unload']);
  });
});
