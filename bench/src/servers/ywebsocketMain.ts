/**
 * The first peer: the stock y-websocket server, @y/websocket-server 0.1.1, wired exactly as
 * its bin (`src/server.js`) wires it: an http server, a `ws` WebSocketServer in noServer mode
 * (the `ws` the package itself depends on), and `setupWSConnection` from its utils for every
 * upgrade. No YPERSISTENCE is set, so it persists nothing. Added only for the bench: a loopback
 * port chosen by the OS and the stats hook.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { docs, getPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { announce, startHook, watchSends } from './hook';

// Resolve `ws` from the peer package's own folder, as its bin does.
const peerUtils = fileURLToPath(import.meta.resolve('@y/websocket-server/utils'));
const requireFromPeer = createRequire(peerUtils);
const WebSocket = requireFromPeer('ws');
const wsVersion: string = requireFromPeer('ws/package.json').version;

watchSends(WebSocket);
const wss = new WebSocket.Server({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws: unknown) => {
    wss.emit('connection', ws, request);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const port = (server.address() as AddressInfo).port;
const hookPort = await startHook(() => docs.size);
announce(port, hookPort, { wsVersion, persistence: getPersistence() !== null });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
