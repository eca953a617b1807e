/**
 * Convergence of people on the board over an unreliable network: concurrent merges (including two
 * devices merging the same pair opposite ways, and chains), links to person ids, edits of merged
 * entries and removals all settle into the same list of people on every peer, each person once,
 * with no entry lost that nobody removed. Every run is seeded; a failure names its seed.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../createBoard';
import { ModelError } from '../errors';
import { addNetworkMember, readNetwork, removeNetworkMember, updateNetworkMember } from '../network/networkMembers';
import { linkMemberToPerson, mergeNetworkMembers } from '../people/mergeMembers';
import { resolveMembers } from '../people/resolveMembers';
import { networkMap } from '../schema';
import { mulberry32, pick, randomInt } from './random';
import { TestNetwork } from './testNetwork';

const NAMES = ['Sarah', 'Tom', 'Gran', 'Dev', 'Nan', 'Ms Ali'];

afterEach(() => {
  vi.restoreAllMocks();
});

function run(seed: number): void {
  vi.spyOn(Math, 'random').mockImplementation(mulberry32(seed ^ 0x9e0));
  const net = new TestNetwork({ peers: 3, seed });
  const docs = net.docs;
  createBoard(docs[0]!, { title: 'Network meeting', template: 'three-column', createdAt: 1 });
  for (const name of NAMES.slice(0, 4)) addNetworkMember(docs[0]!, { name, attendance: 'in-room' });
  net.flush();
  const random = net.random;
  const removedBy = new Set<string>();
  for (let step = 0; step < 60; step++) {
    const peer = randomInt(random, docs.length);
    const doc = docs[peer]!;
    const ids = [...networkMap(doc).keys()];
    const roll = random();
    try {
      if (roll < 0.35 && ids.length >= 2) {
        mergeNetworkMembers(doc, pick(random, ids), pick(random, ids));
      } else if (roll < 0.55 && ids.length > 0) {
        updateNetworkMember(doc, pick(random, ids), { relationship: pick(random, ['Mum', 'Dad', 'Nan', '']) });
      } else if (roll < 0.7 && ids.length > 0) {
        linkMemberToPerson(doc, pick(random, ids), `p_${randomInt(random, 5)}`);
      } else if (roll < 0.78 && ids.length > 3) {
        const id = pick(random, ids);
        removeNetworkMember(doc, id);
        removedBy.add(id);
      } else if (roll < 0.88) {
        addNetworkMember(doc, { name: pick(random, NAMES), attendance: 'in-room' });
      } else if (roll < 0.94) {
        net.disconnect(peer);
      } else {
        net.reconnect(peer);
      }
    } catch (error) {
      // Merging a person into themselves, or an entry another device just removed, is refused.
      if (!(error instanceof ModelError)) throw error;
    }
    for (let t = randomInt(random, 3); t > 0; t--) net.tick();
  }
  net.flush();

  const label = `seed ${seed}`;
  const networks = docs.map((doc) => readNetwork(doc));
  networks.forEach((n, i) => expect(n, `${label}: peer ${i} lists other people`).toEqual(networks[0]));
  const resolutions = docs.map((doc) => [...resolveMembers(doc).entries()].sort());
  resolutions.forEach((r, i) => expect(r, `${label}: peer ${i} resolves merges differently`).toEqual(resolutions[0]));
  const listed = networks[0]!;
  // Each person once: no entry is both listed and merged into another, and no id appears twice.
  const everyId = listed.flatMap((m) => [m.id, ...m.mergedIds]);
  expect(new Set(everyId).size, `${label}: an entry is in two people`).toBe(everyId.length);
  // Nothing lost: every entry still in the document is a listed person or merged into one.
  const stored = [...networkMap(docs[0]!).keys()];
  expect(new Set(everyId), `${label}: an entry went missing`).toEqual(new Set(stored));
  for (const id of stored) expect(removedBy.has(id), `${label}: removed ${id} is back`).toBe(false);
  const vectors = docs.map((doc) => Y.encodeStateVector(doc));
  vectors.forEach((v) => expect(v).toEqual(vectors[0]));
  net.destroy();
}

describe('[M40] people converge under concurrent merges, links, edits and removals', () => {
  it('200 seeded runs, 0 divergent', () => {
    for (let seed = 1; seed <= 200; seed++) run(seed);
  });

  it('two devices merging the same pair opposite ways end with one person on both', () => {
    const net = new TestNetwork({ peers: 2, seed: 7 });
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    const sarah = addNetworkMember(a, { name: 'Sarah' });
    const mum = addNetworkMember(a, { name: 'Sarah (Mum)', relationship: 'Mum' });
    net.flush();
    net.disconnect(1);
    mergeNetworkMembers(a, sarah, mum);
    mergeNetworkMembers(b, mum, sarah);
    updateNetworkMember(b, sarah, { relationship: 'Mother' });
    net.flush();
    expect(readNetwork(a)).toEqual(readNetwork(b));
    expect(readNetwork(a)).toHaveLength(1);
    expect(readNetwork(a)[0]!.relationship).not.toBe('');
    net.destroy();
  });
});
