/**
 * The socket adapter: takes HTTP upgrades on /sync/{boardId}?ticket=…, checks the ticket before
 * anything is created, and hands each `ws` socket to the sync core as a SyncSocket.
 * A refused upgrade gets a plain HTTP status with the security headers of every response [H4]:
 * 403 from another site's page or for a host that is not this server's [H6], 401 for a bad,
 * expired or already used ticket [L2], 404 for an unknown board.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from '@kinboard/model';
import type { Role } from '../auth/roles';
import type { TicketClaims } from '../auth/tickets';
import type { BoardService } from '../core/BoardService';
import type { BoardRoom } from '../sync/BoardRoom';
import type { RoomRegistry } from '../sync/RoomRegistry';
import type { SyncSocket } from '../sync/SyncSocket';
import { CONTENT_SECURITY_POLICY } from '../http/securityHeaders';
import type { OriginPolicy } from '../http/originPolicy';
import { sendBinary } from './sharedFrame';
import { SpentTickets } from './SpentTickets';

const SYNC_PATH = /^\/sync\/([A-Za-z0-9_-]{1,64})$/;
const PING_EVERY_MS = 30_000;
/** Messages a connection may send before its board has been read from storage (a client sends a few). */
const MAX_EARLY_MESSAGES = 64;
/** How long a closing socket may take to finish its closing handshake when the server stops. */
const CLOSE_GRACE_MS = 1_000;

export interface SyncUpgradeOptions {
  readonly maxMessageBytes: number;
  /** Which pages may open sockets, and which hosts this server answers as [H6]. */
  readonly origins: OriginPolicy;
  readonly log: (line: string) => void;
  /** Marks a ticket spent for every process on the same database; false when it already was (MP5). */
  readonly spendShared?: ((ticket: string, expiresAt: number) => Promise<boolean>) | null;
  /** Called once a connection has joined its board. */
  readonly onJoin?: (boardId: string, role: Role, name: string | null, person: string) => void;
}

const REFUSAL_HEADERS = [
  'Connection: close',
  'Content-Type: text/plain; charset=utf-8',
  'Cache-Control: no-store',
  `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
  'Referrer-Policy: no-referrer',
  'X-Content-Type-Options: nosniff',
  'X-Frame-Options: DENY',
].join('\r\n');

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${REFUSAL_HEADERS}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}

function asSyncSocket(ws: WebSocket): SyncSocket {
  return {
    send: (data) => sendBinary(ws, data),
    close: (code, reason) => ws.close(code, reason),
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    get isOpen() {
      return ws.readyState === ws.OPEN;
    },
  };
}

export function createSyncUpgrade(boards: BoardService, rooms: RoomRegistry, options: SyncUpgradeOptions) {
  // The transport cap sits above the core's limit so that an oversized message reaches the core
  // and gets the documented 4413 close; only frames past twice the limit are cut by `ws` (1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes * 2, perMessageDeflate: false });
  let connectionCount = 0;
  const spent = new SpentTickets();
  /** The open sockets of each board and what their tickets claimed, to check again when the board changes elsewhere (MP4). */
  const open = new Map<string, Map<WebSocket, TicketClaims>>();

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      const alive = (ws as WebSocket & { alive?: boolean }).alive;
      if (alive === false) {
        ws.terminate();
        continue;
      }
      (ws as WebSocket & { alive?: boolean }).alive = false;
      ws.ping();
    }
  }, PING_EVERY_MS);
  pinger.unref();

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    upgrade(request, socket, head).catch((error: unknown) => {
      // Storage could not answer whether the board or ticket is good: refuse, and keep the server up [S1].
      const message = error instanceof Error ? error.message : String(error);
      options.log(`refused upgrade reason=storage_failure: ${JSON.stringify(message.slice(0, 200))}`);
      if (!socket.destroyed) refuse(socket, 503, 'Service Unavailable');
    });
  }

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    const boardId = match[1]!;
    const origin = request.headers.origin;
    if (
      !options.origins.isAllowedHost(request.headers.host) ||
      (origin !== undefined && !options.origins.isAllowedOrigin(origin, request.headers.host))
    ) {
      options.log(`refused upgrade board=${boardId} reason=cross_origin`);
      return refuse(socket, 403, 'Forbidden');
    }
    const ticket = url.searchParams.get('ticket');
    if (!(await boards.exists(boardId))) return refuse(socket, 404, 'Not Found');
    const claims = ticket ? await boards.checkTicket(boardId, ticket) : null;
    if (!claims || !ticket) {
      options.log(`refused upgrade board=${boardId} reason=${ticket ? 'bad_ticket' : 'no_ticket'}`);
      return refuse(socket, 401, 'Unauthorized');
    }
    if (!spent.spend(ticket, claims.expiresAt) || (options.spendShared && !(await options.spendShared(ticket, claims.expiresAt)))) {
      options.log(`refused upgrade board=${boardId} reason=ticket_used`);
      return refuse(socket, 401, 'Unauthorized');
    }
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const label = `${claims.role}#${++connectionCount}`;
      const syncSocket = asSyncSocket(ws);
      (ws as WebSocket & { alive?: boolean }).alive = true;
      ws.on('pong', () => ((ws as WebSocket & { alive?: boolean }).alive = true));
      ws.on('error', (error) => options.log(`socket error board=${boardId} who=${label}: ${error.message}`));
      // Messages that arrive while the board is being loaded wait, in order, for its room.
      let room: BoardRoom | null = null;
      let early: Uint8Array[] | null = [];
      let gone = false;
      const deliver = (data: Uint8Array) => {
        if (room) room.receive(syncSocket, data);
        else if (early && early.length < MAX_EARLY_MESSAGES) early.push(data);
        else ws.close(CloseCode.tooManyMessages, 'too many messages');
      };
      ws.on('message', (data, isBinary) => {
        if (!isBinary) {
          deliver(new Uint8Array(0));
          return;
        }
        // `ws` hands over a Buffer (nodebuffer is its default binaryType): view it, don't copy it.
        const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
        deliver(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
      });
      const onBoard = open.get(boardId) ?? new Map<WebSocket, TicketClaims>();
      open.set(boardId, onBoard.set(ws, claims));
      ws.on('close', () => {
        gone = true;
        room?.leave(syncSocket);
        onBoard.delete(ws);
        if (onBoard.size === 0 && open.get(boardId) === onBoard) open.delete(boardId);
      });
      void rooms.connect(boardId, syncSocket, { role: claims.role, label, name: claims.name, person: claims.person }).then((joined) => {
        if (!joined) return;
        if (gone) {
          joined.leave(syncSocket);
          return;
        }
        room = joined;
        const waiting = early ?? [];
        early = null;
        for (const data of waiting) joined.receive(syncSocket, data);
        options.onJoin?.(boardId, claims.role, claims.name, claims.person);
      });
    });
  }

  /**
   * Checks the tickets of a board's open sockets again (another process changed the board, MP4):
   * a removed person's sockets close with 4408, a replaced or expired link's with 4401.
   */
  async function recheck(boardId: string): Promise<void> {
    for (const [ws, claims] of [...(open.get(boardId) ?? [])]) {
      const verdict = await boards.claimsHold(boardId, claims);
      if (verdict === 'removed') ws.close(CloseCode.removed, 'removed');
      else if (verdict === 'revoked') ws.close(CloseCode.unauthorised, 'link replaced');
      else if (verdict === 'gone') ws.close(CloseCode.boardGone, 'board deleted');
    }
  }

  /**
   * Stops the transport. Sockets the rooms have just closed get up to `graceMs` to finish the
   * closing handshake, so their close frame (and its code) reaches the client before the
   * process goes [D2]; whatever is still open then is cut.
   */
  async function close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    clearInterval(pinger);
    const closing = [...wss.clients].filter((ws) => ws.readyState !== ws.CLOSED);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(closing.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())))),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  }

  return { handleUpgrade, close, recheck };
}
