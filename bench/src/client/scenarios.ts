/**
 * The seven scenarios of issue 8, as run inside a load-generator process (never on the server's
 * thread). Each takes the server under test and its size parameters and returns figures.
 * Latencies are measured with performance.now() inside this one process: the sender records the
 * send time, the receivers record the arrival, so no cross-process clocks are involved.
 */
import * as Y from 'yjs';
import { SECTIONS, addStatement } from '@kinboard/model';
import type { ScenarioResult } from '../types';
import { mean, percentile, round, sleep } from '../stats';
import { RawClient, decodePresence } from './rawClient';
import { author, closeAll, ms, num, paced, ping, pingReceiver, range, waitUntil } from './scenarioKit';
import { Target, inBatches, type Room } from './target';

export { fanout } from './fanout';

// 2. Presence ---------------------------------------------------------------------------------

interface PresenceParams {
  clients: number;
  /** How many people move their cursor (the last ones); the rest are still. Default: everyone. */
  movers?: number;
  hz: number;
  warmupSeconds: number;
  seconds: number;
  /** How many people (the first ones) time the cursors they see. */
  observers: number;
}

/** A calm room: a dozen people, one of them moving a cursor. */
export function presenceCalm(t: Target, p: PresenceParams): Promise<ScenarioResult> {
  return presence(t, p);
}

/** People moving cursors at `hz` while the first `observers` time every cursor they receive. */
export async function presence(t: Target, p: PresenceParams): Promise<ScenarioResult> {
  const movers = p.movers ?? p.clients;
  const room = await t.newRoom();
  const latencies: number[] = [];
  let measuring = false;
  let entriesSeen = 0;
  const clientIds = range(p.clients).map((i) => 100_000 + i);
  const clients = await inBatches(range(p.clients), 25, (i) =>
    t.connect(room, {
      onAwareness:
        i < p.observers
          ? (update) => {
              const now = performance.now();
              for (const entry of decodePresence(update)) {
                if (entry.clientId === clientIds[i] || entry.state === 'null') continue;
                entriesSeen++;
                const state = JSON.parse(entry.state) as { t?: number };
                if (measuring && typeof state.t === 'number') latencies.push(now - state.t);
              }
            }
          : undefined,
    }),
  );
  const clocks = clientIds.map(() => 0);
  const timers: NodeJS.Timeout[] = [];
  const move = (i: number) => {
    const angle = performance.now() / 500 + i;
    clients[i]!.sendPresence(clientIds[i]!, ++clocks[i]!, {
      user: { name: `Person ${i}`, color: '#3366cc', role: 'participant' },
      cursor: { x: Math.round(500 + 300 * Math.cos(angle)), y: Math.round(400 + 200 * Math.sin(angle)) },
      t: performance.now(),
    });
  };
  // Everyone who is still shows who they are once, as the web app does on joining.
  for (const i of range(p.clients - movers)) {
    clients[i]!.sendPresence(clientIds[i]!, ++clocks[i]!, { user: { name: `Person ${i}`, color: '#3366cc', role: 'participant' } });
  }
  const period = 1000 / p.hz;
  for (const i of range(p.clients).slice(p.clients - movers)) {
    timers.push(
      setTimeout(() => {
        move(i);
        timers.push(setInterval(() => move(i), period));
      }, Math.random() * period),
    );
  }
  await sleep(p.warmupSeconds * 1000);
  measuring = true;
  const cpu0 = t.cpuSeconds();
  const wall0 = performance.now();
  await sleep(p.seconds * 1000);
  const cpu1 = t.cpuSeconds();
  const wall1 = performance.now();
  measuring = false;
  for (const timer of timers) clearTimeout(timer);
  const cpuPercent = ((cpu1 - cpu0) / ((wall1 - wall0) / 1000)) * 100;
  await closeAll(clients);
  return {
    figures: {
      cpuPercent: num(cpuPercent, '% of a core'),
      p50Ms: ms(percentile(latencies, 50)),
      p99Ms: ms(percentile(latencies, 99)),
    },
    details: {
      clients: p.clients,
      movers,
      hz: p.hz,
      seconds: round((wall1 - wall0) / 1000),
      observers: p.observers,
      samples: latencies.length,
      entriesSeen,
      serverCpuSeconds: round(cpu1 - cpu0, 3),
    },
  };
}

// 3. Saturation -------------------------------------------------------------------------------

/**
 * Deliveries are counted in Yjs clock units of the writer (one per update the writer made), read
 * from each frame's update metadata, so a server that merges several updates into one frame is
 * credited for every update it delivered.
 */
export async function saturation(
  t: Target,
  p: { rooms: number; clientsPerRoom: number; window: number; warmupSeconds: number; seconds: number },
): Promise<ScenarioResult> {
  let running = true;
  const all: RawClient[] = [];
  const receivers: { last: number }[] = [];
  const rooms: { sent: number; seen: number; pump: () => void }[] = [];
  for (let r = 0; r < p.rooms; r++) {
    const room = await t.newRoom();
    const doc = new Y.Doc();
    const writer = await t.connect(room, { doc });
    const writerId = doc.clientID;
    const map = doc.getMap<number>('bench');
    const state = {
      sent: Y.getState(doc.store, writerId),
      seen: 0,
      pump: () => {
        while (running && state.sent - state.seen < p.window) {
          map.set('n', state.sent);
          state.sent = Y.getState(doc.store, writerId);
        }
      },
    };
    rooms.push(state);
    const receiver = (observer: boolean) => {
      const counter = { last: 0 };
      receivers.push(counter);
      return t.connect(room, {
        onUpdateFrame: (update) => {
          if (!update) return;
          const to = Y.parseUpdateMeta(update).to.get(writerId) ?? 0;
          if (to > counter.last) counter.last = to;
          if (observer) {
            state.seen = counter.last;
            state.pump();
          }
        },
      });
    };
    const observer = await receiver(true);
    const others = await inBatches(range(p.clientsPerRoom - 2), 25, () => receiver(false));
    all.push(writer, observer, ...others);
  }
  const delivered = () => receivers.reduce((sum, c) => sum + c.last, 0);
  const seen = () => rooms.reduce((sum, r) => sum + r.seen, 0);
  for (const room of rooms) room.pump();
  await sleep(p.warmupSeconds * 1000);
  const d0 = delivered();
  const u0 = seen();
  const cpu0 = t.cpuSeconds();
  const wall0 = performance.now();
  await sleep(p.seconds * 1000);
  const d1 = delivered();
  const u1 = seen();
  const cpu1 = t.cpuSeconds();
  const wall1 = performance.now();
  running = false;
  const seconds = (wall1 - wall0) / 1000;
  await sleep(300);
  await closeAll(all);
  return {
    figures: {
      deliveriesPerSecond: num((d1 - d0) / seconds, 'deliveries/s'),
      updatesPerSecond: num((u1 - u0) / seconds, 'updates/s'),
      serverCpuPercent: num(((cpu1 - cpu0) / seconds) * 100, '% of a core'),
    },
    details: {
      rooms: p.rooms,
      clientsPerRoom: p.clientsPerRoom,
      receiversPerUpdate: p.clientsPerRoom - 2,
      window: p.window,
      seconds: round(seconds),
    },
  };
}

// 4. Capacity ---------------------------------------------------------------------------------

export async function capacity(
  t: Target,
  p: { rooms: number; perRoom: number; editEveryMs: number; seconds: number; settleMs: number },
): Promise<ScenarioResult> {
  const rss0 = t.rss();
  const heap0 = (await t.stats()).heapUsed;
  const connectStart = performance.now();
  const rooms = await inBatches(range(p.rooms), 20, () => t.newRoom());
  const sendTimes: number[] = [];
  const latencies: number[] = [];
  let measuring = false;
  const clientsByRoom = await inBatches(rooms, 10, async (room: Room) => {
    const clients: RawClient[] = [];
    for (let c = 0; c < p.perRoom; c++)
      clients.push(await t.connect(room, { doc: pingReceiver(sendTimes, latencies, { accept: () => measuring }) }));
    return clients;
  });
  const connectSeconds = (performance.now() - connectStart) / 1000;
  await sleep(p.settleMs);
  measuring = true;
  let seq = 0;
  const timers: NodeJS.Timeout[] = [];
  clientsByRoom.forEach((clients) => {
    const edit = () => ping(clients[Math.floor(Math.random() * clients.length)]!.doc!, seq++, sendTimes);
    timers.push(
      setTimeout(() => {
        edit();
        timers.push(setInterval(edit, p.editEveryMs));
      }, Math.random() * p.editEveryMs),
    );
  });
  await sleep(p.seconds * 1000);
  for (const timer of timers) clearTimeout(timer);
  await sleep(p.settleMs);
  measuring = false;
  const rss1 = t.rss();
  const heap1 = (await t.stats()).heapUsed;
  const all = clientsByRoom.flat();
  await closeAll(all);
  return {
    figures: {
      p50Ms: ms(percentile(latencies, 50)),
      p99Ms: ms(percentile(latencies, 99)),
      rssMB: num(rss1 / 2 ** 20, 'MB'),
      rssGrowthMB: num((rss1 - rss0) / 2 ** 20, 'MB'),
      heapGrowthMB: num((heap1 - heap0) / 2 ** 20, 'MB'),
    },
    details: {
      rooms: p.rooms,
      clientsPerRoom: p.perRoom,
      connections: all.length,
      edits: seq,
      deliveries: latencies.length,
      expectedDeliveries: seq * (p.perRoom - 1),
      connectSeconds: round(connectSeconds),
      editEveryMs: p.editEveryMs,
    },
  };
}

export { coldLoad } from './coldLoad';

// 6. Memory -----------------------------------------------------------------------------------

export async function memory(
  t: Target,
  p: { rooms: number; statementsPerRoom: number; settleMs: number; unloadTimeoutMs: number },
): Promise<ScenarioResult> {
  const base = await t.stats();
  const rss0 = t.rss();
  const rooms = await inBatches(range(p.rooms), 20, () => t.newRoom());
  const clients = await inBatches(rooms, 20, async (room) => {
    const doc = new Y.Doc();
    const client = await t.connect(room, { doc });
    for (let s = 0; s < p.statementsPerRoom; s++) {
      addStatement(doc, { section: SECTIONS[s % SECTIONS.length]!.id, text: `Statement ${s} in this room`, author });
    }
    await client.flush();
    return client;
  });
  const connected = await t.stats();
  await closeAll(clients);
  const leftAt = performance.now();
  await sleep(p.settleMs);
  const idle = await t.stats();
  const rssIdle = t.rss();
  let unloadedAfterMs: number | null = null;
  const deadline = leftAt + p.unloadTimeoutMs;
  while (performance.now() < deadline) {
    if ((await t.stats(false)).loadedRooms === 0) {
      unloadedAfterMs = performance.now() - leftAt;
      break;
    }
    await sleep(100);
  }
  const after = await t.stats();
  const rssAfter = t.rss();
  const perRoom = (idle.heapUsed - base.heapUsed) / p.rooms;
  const waited = `not unloaded within ${round(p.unloadTimeoutMs / 1000, 1)} s of the last client leaving`;
  return {
    figures: {
      idleRoomHeapKB: num(perRoom / 1024, 'KB/room'),
      connectedRoomHeapKB: num((connected.heapUsed - base.heapUsed) / p.rooms / 1024, 'KB/room'),
      unloadedAfterS: num(unloadedAfterMs === null ? null : unloadedAfterMs / 1000, 's', unloadedAfterMs === null ? waited : undefined),
      heapReturnedMB: num((idle.heapUsed - after.heapUsed) / 2 ** 20, 'MB'),
      rssReturnedMB: num((rssIdle - rssAfter) / 2 ** 20, 'MB'),
    },
    details: {
      rooms: p.rooms,
      statementsPerRoom: p.statementsPerRoom,
      gcBeforeEachHeapReading: base.gc,
      loadedWhenIdle: idle.loadedRooms,
      loadedAtEnd: after.loadedRooms,
      heapBaseMB: round(base.heapUsed / 2 ** 20),
      heapIdleMB: round(idle.heapUsed / 2 ** 20),
      heapAfterMB: round(after.heapUsed / 2 ** 20),
      rssBaseMB: round(rss0 / 2 ** 20),
      rssIdleMB: round(rssIdle / 2 ** 20),
      rssAfterMB: round(rssAfter / 2 ** 20),
    },
  };
}

// 7. Durability -------------------------------------------------------------------------------

export async function durability(t: Target, p: { clients: number; rate: number; seconds: number }): Promise<ScenarioResult> {
  const room = await t.newRoom();
  const sendTimes: number[] = [];
  const deliveries: number[] = [];
  const acks: number[] = [];
  const pending: { clock: number; sent: number }[] = [];
  const writerDoc = new Y.Doc();
  const writer = await t.connect(room, {
    doc: writerDoc,
    saved: true,
    onSaved: (sv) => {
      const now = performance.now();
      const saved = sv.get(writerDoc.clientID) ?? 0;
      while (pending.length > 0 && pending[0]!.clock <= saved) acks.push(now - pending.shift()!.sent);
    },
  });
  const receivers = await inBatches(range(p.clients - 1), 25, () =>
    t.connect(room, { doc: pingReceiver(sendTimes, deliveries, { oneWriter: true }) }),
  );
  await sleep(200);
  const total = Math.max(1, Math.round(p.rate * p.seconds));
  await paced(total, p.rate, (i) => {
    ping(writerDoc, i, sendTimes);
    pending.push({ clock: Y.getState(writerDoc.store, writerDoc.clientID), sent: sendTimes[i]! });
  });
  await waitUntil(() => deliveries.length >= total * (p.clients - 1) && (t.kind !== 'ours' || pending.length === 0), 5000);
  await closeAll([writer, ...receivers]);
  const none =
    t.kind === 'hocuspocus'
      ? 'n/a: Hocuspocus has no saved acknowledgement (its SyncStatus message says an update was applied; it stores the document after a 2 s debounce)'
      : 'n/a: the y-websocket protocol has no saved acknowledgement (and the stock server persists nothing)';
  return {
    figures: {
      savedAckP50Ms: t.kind === 'ours' ? ms(percentile(acks, 50)) : ms(null, none),
      savedAckP99Ms: t.kind === 'ours' ? ms(percentile(acks, 99)) : ms(null, none),
      deliveryP50Ms: ms(percentile(deliveries, 50)),
      deliveryP99Ms: ms(percentile(deliveries, 99)),
    },
    details: {
      clients: p.clients,
      rate: p.rate,
      updates: total,
      acks: acks.length,
      unacknowledged: pending.length,
      meanAckMs: round(mean(acks)),
    },
  };
}
