/** 5. Cold load: a board with many stored updates, loaded with the room not in memory and then warm (issue 8). */
import * as Y from 'yjs';
import { SECTIONS, addStatement, editStatement, statementText } from '@kinboard/model';
import type { ScenarioResult } from '../types';
import { percentile, round, sleep } from '../stats';
import { RawClient } from './rawClient';
import { author, closeAll, ms, waitUntil } from './scenarioKit';
import type { Target, Room } from './target';

/** Fills a room with `statements` statements and then edits them until `updates` updates were sent. */
async function fillBoard(t: Target, room: Room, statements: number, updates: number): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const writer = await t.connect(room, { doc });
  let observed = 0;
  let wake: (() => void) | null = null;
  const observer = await t.connect(room, {
    onUpdateFrame: () => {
      observed++;
      wake?.();
    },
  });
  const window = 256;
  const ids: string[] = [];
  for (let u = 0; u < updates; u++) {
    while (u - observed >= window) await new Promise<void>((r) => (wake = r));
    if (u < statements) {
      ids.push(addStatement(doc, { section: SECTIONS[u % SECTIONS.length]!.id, text: `Statement ${u}: what we see`, author }));
    } else {
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      const current = statementText(doc, id).toString();
      const next = current.length > 120 ? current.slice(0, 40) : `${current} and more ${u % 10}`;
      editStatement(doc, id, next);
    }
  }
  await waitUntil(() => observed >= updates, 30_000);
  await writer.flush();
  await closeAll([writer, observer]);
  return doc;
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

export async function coldLoad(
  t: Target,
  p: { boards: number; statements: number; updates: number; warmSamples: number; unloadTimeoutMs: number },
): Promise<ScenarioResult> {
  const rooms: Room[] = [];
  const sources: Y.Doc[] = [];
  const fillStart = performance.now();
  for (let b = 0; b < p.boards; b++) {
    const room = await t.newRoom();
    rooms.push(room);
    sources.push(await fillBoard(t, room, p.statements, p.updates));
  }
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const cold: number[] = [];
  const warm: number[] = [];
  // The server's share: from opening the socket to the first byte of the board (its sync step 2),
  // before this client spends its own time applying it (the same for either server).
  const coldServer: number[] = [];
  /** Time each client spent applying the board it was sent, cold and warm alike. */
  const applyMs: number[] = [];
  const warmServer: number[] = [];
  let complete = true;
  let unloaded: boolean | null = null;
  const keep: RawClient[] = [];
  const timeSync = async (room: Room, source: Y.Doc): Promise<{ ms: number; serverMs: number; client: RawClient }> => {
    const url = await t.url(room);
    const doc = new Y.Doc();
    const start = performance.now();
    const client = new RawClient(url, t.clientOptions(room, { doc }));
    await client.synced;
    const elapsed = performance.now() - start;
    if (!sameState(doc, source)) complete = false;
    applyMs.push(client.firstStep2ApplyMs ?? Number.NaN);
    return { ms: elapsed, serverMs: (client.firstStep2At ?? Number.NaN) - start, client };
  };
  // Kinboard and Hocuspocus store boards and unload them once everyone has left; the stock server keeps
  // them in memory for ever and stores nothing, so it has no cold load.
  const coldLoads = t.kind !== 'ywebsocket';
  if (coldLoads) {
    const deadline = performance.now() + p.unloadTimeoutMs;
    while ((await t.stats(false)).loadedRooms > 0 && performance.now() < deadline) await sleep(100);
    unloaded = (await t.stats(false)).loadedRooms === 0;
    for (let b = 0; b < p.boards; b++) {
      const { ms: elapsed, serverMs, client } = await timeSync(rooms[b]!, sources[b]!);
      cold.push(elapsed);
      coldServer.push(serverMs);
      keep.push(client);
    }
  }
  for (let b = 0; b < p.boards; b++) {
    if (!coldLoads) keep.push((await timeSync(rooms[b]!, sources[b]!)).client);
    for (let s = 0; s < p.warmSamples; s++) {
      const { ms: elapsed, serverMs, client } = await timeSync(rooms[b]!, sources[b]!);
      warm.push(elapsed);
      warmServer.push(serverMs);
      await client.close();
    }
  }
  await closeAll(keep);
  const noCold = 'n/a: the stock server persists nothing, so a document that is not in memory is gone';
  return {
    figures: {
      coldP50Ms: coldLoads ? ms(percentile(cold, 50)) : ms(null, noCold),
      coldMaxMs: coldLoads ? ms(Math.max(...cold)) : ms(null, noCold),
      coldServerP50Ms: coldLoads ? ms(percentile(coldServer, 50)) : ms(null, noCold),
      coldServerMaxMs: coldLoads ? ms(Math.max(...coldServer)) : ms(null, noCold),
      warmServerP50Ms: ms(percentile(warmServer, 50)),
      warmP50Ms: ms(percentile(warm, 50)),
      warmMaxMs: ms(Math.max(...warm)),
    },
    details: {
      boards: p.boards,
      statements: p.statements,
      updatesPerBoard: p.updates,
      coldSamples: cold.map((v) => round(v)),
      clientApplyMs: applyMs.map((v) => round(v)),
      warmSamples: warm.length,
      unloadedBeforeColdLoad: unloaded,
      everyLoadComplete: complete,
      documentBytes: Y.encodeStateAsUpdate(sources[0]!).byteLength,
      fillSeconds: round(fillSeconds),
    },
  };
}
