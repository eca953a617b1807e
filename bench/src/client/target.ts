/**
 * The server under test, seen from a load generator: how to make a room and a socket URL on it.
 * Kinboard: POST /api/boards, then POST /api/tickets with the participant link's secret, then
 * /sync/{id}?ticket=…. Stock y-websocket server: any path names a document. Hocuspocus: one
 * socket URL, the document named inside every message. Peer rooms are seeded with the same board
 * meta Kinboard writes on creation (createBoard from @kinboard/model), so all hold the same document.
 */
import * as Y from 'yjs';
import { createBoard } from '@kinboard/model';
import type { ServerInfo } from '../types';
import { cpuSeconds, rssBytes } from '../proc';
import type { HookPauses, HookStats } from '../servers/hook';
import { RawClient, type RawClientOptions } from './rawClient';

export interface Room {
  readonly id: string;
  readonly secret: string | null;
  /** Kinboard with several processes: the port of the process its sockets go to (it takes the board's lease). */
  readonly port?: number;
  /** True until someone has pushed the initial board meta (peer rooms only). */
  needsSeed: boolean;
}

let roomCounter = 0;

/**
 * POSTs JSON on a connection of its own, closed after the answer: a hundred joins would otherwise
 * leave their ticket requests' idle keep-alive sockets in the load generator, to expire a few
 * seconds later in the middle of a timed window (a stall of up to 18 ms in the load generator
 * itself, while the server's event loop was never held up that long). Only Kinboard's rooms and
 * tickets are made this way; the peers need no HTTP request to join.
 */
async function postJson(url: string, body: unknown): Promise<Response> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify(body) };
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

export class Target {
  readonly origin: string;
  private tickets = 0;
  constructor(readonly info: ServerInfo) {
    this.origin = `http://127.0.0.1:${info.port}`;
  }

  get kind() {
    return this.info.kind;
  }

  async newRoom(title = 'Bench family'): Promise<Room> {
    if (this.info.kind !== 'ours') return { id: `bench-${process.pid}-${++roomCounter}`, secret: null, needsSeed: true };
    // Several processes: boards take turns over them, as a load balancer hashing by board id spreads them.
    const ports = this.info.ports ?? [this.info.port];
    const port = ports[++roomCounter % ports.length] ?? this.info.port;
    const res = await postJson(`http://127.0.0.1:${port}/api/boards`, { title, template: 'three-column' });
    if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { id: string; links: { facilitator: string; participant: string } };
    // Bench clients take the quick path: shared links open the board without the lobby.
    const admission = await fetch(`http://127.0.0.1:${port}/api/boards/${body.id}/admission`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${new URL(body.links.facilitator).hash.slice(1)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ required: false }),
    });
    if (admission.status !== 200) throw new Error(`admission: ${admission.status} ${await admission.text()}`);
    return { id: body.id, secret: new URL(body.links.participant).hash.slice(1), needsSeed: false, port };
  }

  async url(room: Room): Promise<string> {
    if (this.info.kind === 'ywebsocket') return `ws://127.0.0.1:${this.info.port}/${room.id}`;
    if (this.info.kind === 'hocuspocus') return `ws://127.0.0.1:${this.info.port}/`;
    // With several processes the ticket comes from whichever process is next (any may issue it),
    // and the socket goes to the board's own process.
    const ports = this.info.ports ?? [this.info.port];
    const asked = ports[++this.tickets % ports.length] ?? this.info.port;
    const res = await postJson(`http://127.0.0.1:${asked}/api/tickets`, { board: room.id, secret: room.secret });
    if (res.status !== 200) throw new Error(`ticket: ${res.status} ${await res.text()}`);
    const { ticket } = (await res.json()) as { ticket: string };
    return `ws://127.0.0.1:${room.port ?? this.info.port}/sync/${room.id}?ticket=${encodeURIComponent(ticket)}`;
  }

  /**
   * Connects a client and waits until it is synced. A document client on an unseeded peer room
   * writes the board meta first, as Kinboard's POST /api/boards does.
   */
  async connect(room: Room, options: RawClientOptions = {}): Promise<RawClient> {
    const url = await this.url(room);
    if (options.doc && room.needsSeed) {
      createBoard(options.doc, { title: 'Bench family', template: 'three-column' });
      room.needsSeed = false;
    }
    const client = new RawClient(url, this.clientOptions(room, options));
    await client.opened;
    await client.synced;
    return client;
  }

  /** The options a RawClient on `room` needs on this server (Hocuspocus: the document's address). */
  clientOptions(room: Room, options: RawClientOptions = {}): RawClientOptions {
    return this.info.kind === 'hocuspocus' ? { ...options, address: room.id } : options;
  }

  async stats(gc = true): Promise<HookStats> {
    const res = await fetch(`http://127.0.0.1:${this.info.hookPort}/stats${gc ? '' : '?nogc'}`);
    return (await res.json()) as HookStats;
  }

  /** The server's event-loop delay and GC pauses since the last call (which starts a new window). */
  async pauses(): Promise<HookPauses> {
    const res = await fetch(`http://127.0.0.1:${this.info.hookPort}/pauses?reset`);
    return (await res.json()) as HookPauses;
  }

  /** CPU time of the server, summed over its processes when it has several. */
  cpuSeconds(): number {
    return (this.info.pids ?? [this.info.pid]).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  }

  rss(): number {
    return (this.info.pids ?? [this.info.pid]).reduce((sum, pid) => sum + rssBytes(pid), 0);
  }
}

export function newDoc(): Y.Doc {
  return new Y.Doc();
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return results;
}
