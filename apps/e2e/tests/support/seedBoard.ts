/**
 * Changes a board through a stock y-websocket client, as another device would, so a test can set
 * up a full case (network, statements, plan, scale rounds) without clicking through every part.
 * The server's own copies of y-websocket and ws are used, with the one yjs module the model
 * package loads; the link's role decides what the change may touch, as for any device.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { addStatementToDomain } from '@kinboard/model';
import { expect } from '@playwright/test';
import { SERVER_DIR } from './paths';

type Doc = Parameters<typeof addStatementToDomain>[0];

interface SeedProvider {
  on(event: 'sync', listener: (synced: boolean) => void): void;
  destroy(): void;
}

/** Connects to the board of `link`, waits for its first sync, runs `change` on the board and disconnects. */
export async function changeBoard(origin: string, link: string, change: (doc: Doc) => void): Promise<void> {
  const url = new URL(link);
  const boardId = url.pathname.split('/').pop()!;
  const secret = decodeURIComponent(url.hash.slice(1));
  const response = await fetch(`${origin}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ board: boardId, secret }),
  });
  expect(response.ok, 'a ticket for the seeding client').toBe(true);
  const { ticket } = (await response.json()) as { ticket: string };
  const fromServer = createRequire(path.join(SERVER_DIR, 'package.json'));
  const esm = (name: string, entry: string) =>
    import(pathToFileURL(path.join(path.dirname(fromServer.resolve(`${name}/package.json`)), entry)).href);
  const Y = (await esm('yjs', 'dist/yjs.mjs')) as { Doc: new () => Doc };
  const { WebsocketProvider } = (await esm('y-websocket', 'src/y-websocket.js')) as {
    WebsocketProvider: new (...args: unknown[]) => SeedProvider;
  };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    params: { ticket },
    WebSocketPolyfill: fromServer('ws') as unknown,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The seeding client did not sync')), 10_000);
      provider.on('sync', (synced: boolean) => {
        if (synced) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    change(doc);
    // Give the update time to leave this socket; the browsers' own assertions confirm it arrived.
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    provider.destroy();
  }
}
