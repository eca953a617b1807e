/**
 * The map over an unreliable network: view switching, filing and the one-to-one pairing of
 * danger statements and goals, under concurrent edits ([M30]–[M32] in packages/model/README.md).
 * Every run is seeded; a failure names the seed to replay.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../createBoard';
import { ModelError } from '../errors';
import { setBoardView } from '../mapping/boardSettings';
import { DOMAINS, type DomainId } from '../mapping/domains';
import { addStatementToDomain, fileStatement } from '../mapping/fileStatement';
import { addGoalFor, pairStatements, unpair } from '../mapping/pairing';
import { domainStatements, readMapping, readPairs, type MappingView, type PairsView } from '../mapping/readMapping';
import { addStatement, deleteStatement, editStatement } from '../statements';
import { mulberry32, pick, randomInt } from './random';
import { TestNetwork } from './testNetwork';

const DOMAIN_IDS = DOMAINS.map((d) => d.id);
const author = (peer: number) => ({ id: `p_${peer}`, name: `Person ${peer}` });

/** Order keys and pairing times come from Math.random and Date.now; both are seeded so a run replays. */
function seedClocks(seed: number, net: { tickCount: () => number }): void {
  vi.spyOn(Math, 'random').mockImplementation(mulberry32(seed ^ 0x5eed));
  // Coarse time: many pairings share a timestamp, so the id tie-break is exercised too.
  vi.spyOn(Date, 'now').mockImplementation(() => Math.floor(net.tickCount() / 3));
}

function expectOneToOne(pairs: PairsView, mapping: MappingView, label: string): void {
  const dangers = pairs.pairs.map((p) => p.danger.id);
  const goals = pairs.pairs.map((p) => p.goal.id);
  expect(new Set(dangers).size, `${label} a danger statement has two goals`).toBe(dangers.length);
  expect(new Set(goals).size, `${label} a goal has two danger statements`).toBe(goals.length);
  for (const { danger, goal } of pairs.pairs) {
    expect(danger.domain, label).toBe('danger-statements');
    expect(goal.domain, label).toBe('goals');
    expect(danger.pairedWith, label).toBe(goal.id);
    expect(goal.pairedWith, label).toBe(danger.id);
  }
  const allDangers = domainStatements(mapping, 'danger-statements')
    .map((s) => s.id)
    .sort();
  expect([...dangers, ...pairs.unpairedDangerStatements.map((d) => d.id)].sort(), label).toEqual(allDangers);
  const allGoals = domainStatements(mapping, 'goals')
    .map((s) => s.id)
    .sort();
  expect([...goals, ...pairs.unpairedGoals.map((g) => g.id)].sort(), label).toEqual(allGoals);
}

function expectConvergedMap(net: TestNetwork, label: string): MappingView {
  const mappings = net.docs.map((doc) => readMapping(doc));
  const pairs = net.docs.map((doc) => readPairs(doc));
  mappings.forEach((m, i) => expect(m, `${label} peer ${i} map differs`).toEqual(mappings[0]));
  pairs.forEach((p, i) => expect(p, `${label} peer ${i} pairs differ`).toEqual(pairs[0]));
  const mapping = mappings[0]!;
  // Both views show the same statements: each in one column and one domain of that column.
  const inColumns = mapping.columns.flatMap((c) => c.statements.map((s) => s.id)).sort();
  const inDomains = mapping.columns.flatMap((c) => c.domains.flatMap((d) => d.statements.map((s) => s.id))).sort();
  expect(inDomains, label).toEqual(inColumns);
  expect(new Set(inColumns).size, label).toBe(inColumns.length);
  expectOneToOne(pairs[0]!, mapping, label);
  return mapping;
}

function runMappingMeeting(seed: number, operations: number): { applied: number; paired: number } {
  const random = mulberry32(seed);
  const peers = 3 + randomInt(random, 3);
  const net = new TestNetwork({ peers, seed });
  let ticks = 0;
  seedClocks(seed, { tickCount: () => ticks });
  createBoard(net.docs[0]!, { title: 'Mapping', template: 'seven-domain', createdAt: 1 });
  net.flush();
  const everId: string[] = [];
  let applied = 0;

  for (let n = 0; n < operations; n++) {
    const peer = randomInt(random, peers);
    const doc = net.docs[peer]!;
    const mapping = readMapping(doc);
    const dangers = domainStatements(mapping, 'danger-statements');
    const goals = domainStatements(mapping, 'goals');
    const everything = mapping.columns.flatMap((c) => c.statements);
    const id = `s_${seed}_${n}`;
    const roll = random();
    try {
      if (roll < 0.15 || dangers.length === 0) {
        everId.push(
          addStatementToDomain(doc, { id, domain: 'danger-statements', text: `danger ${n}`, author: author(peer), createdAt: n }),
        );
      } else if (roll < 0.25) {
        everId.push(addStatementToDomain(doc, { id, domain: 'goals', text: `goal ${n}`, author: author(peer), createdAt: n }));
      } else if (roll < 0.35) {
        everId.push(addGoalFor(doc, pick(random, dangers).id, `goal for ${n}`, author(peer), { id, createdAt: n }));
      } else if (roll < 0.5 && goals.length > 0) {
        pairStatements(doc, pick(random, dangers).id, pick(random, goals).id);
      } else if (roll < 0.57) {
        unpair(doc, pick(random, everything).id);
      } else if (roll < 0.65) {
        deleteStatement(doc, pick(random, everything).id);
      } else if (roll < 0.75) {
        fileStatement(doc, pick(random, everything).id, pick(random, DOMAIN_IDS) as DomainId, randomInt(random, 4));
      } else if (roll < 0.82) {
        setBoardView(doc, random() < 0.5 ? 'three-column' : 'seven-domain');
      } else if (roll < 0.9) {
        const target = pick(random, everything);
        editStatement(doc, target.id, `${target.text}!`);
      } else if (roll < 0.95) {
        everId.push(
          addStatement(doc, {
            id,
            section: pick(random, ['worries', 'working-well', 'next-steps'] as const),
            text: `three ${n}`,
            author: author(peer),
            createdAt: n,
          }),
        );
      } else if (everId.length > 0) {
        // A stale operation on a statement that may be gone here.
        const stale = pick(random, everId);
        if (random() < 0.5) pairStatements(doc, stale, pick(random, everId));
        else fileStatement(doc, stale, 'danger-statements');
      }
      applied++;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
    }
    if (random() < 0.05) {
      const p = randomInt(random, peers);
      if (net.isOnline(p)) net.disconnect(p);
      else net.reconnect(p);
    }
    const steps = randomInt(random, 3);
    for (let t = 0; t < steps; t++) {
      net.tick();
      ticks++;
    }
  }
  net.flush();
  const mapping = expectConvergedMap(net, `seed ${seed}:`);
  const paired = readPairs(net.docs[0]!, mapping).pairs.length;
  net.destroy();
  vi.restoreAllMocks();
  return { applied, paired };
}

describe('the map under concurrent edits', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[M30][M31][M32] 150 seeded meetings of 3–5 people: same map everywhere, pairs one-to-one, nothing lost between views', () => {
    let applied = 0;
    let paired = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const result = runMappingMeeting(seed, 40);
      applied += result.applied;
      paired += result.paired;
    }
    expect(applied).toBeGreaterThan(4000);
    expect(paired).toBeGreaterThan(100);
  });

  it('[M32] two people pair one danger statement with different goals at once, while a third deletes one goal', () => {
    const net = new TestNetwork({ peers: 3, seed: 9 });
    let ticks = 0;
    seedClocks(9, { tickCount: () => ticks });
    const [a, b, c] = net.docs as [Y.Doc, Y.Doc, Y.Doc];
    createBoard(a, { title: 'Conference', template: 'seven-domain', createdAt: 1 });
    const d = addStatementToDomain(a, { id: 's_d', domain: 'danger-statements', text: 'D', author: author(0) });
    const g1 = addStatementToDomain(a, { id: 's_g1', domain: 'goals', text: 'G1', author: author(0) });
    const g2 = addStatementToDomain(a, { id: 's_g2', domain: 'goals', text: 'G2', author: author(0) });
    net.flush();
    pairStatements(a, d, g1);
    pairStatements(b, d, g2);
    deleteStatement(c, g1);
    net.flush();
    const mapping = expectConvergedMap(net, 'three-way:');
    expect(readPairs(a, mapping).pairs.map((p) => [p.danger.text, p.goal.text])).toEqual([['D', 'G2']]);
    // Re-pairing after everyone has seen everything is deliberate and wins.
    const g3 = addStatementToDomain(b, { id: 's_g3', domain: 'goals', text: 'G3', author: author(1) });
    net.flush();
    ticks = 0;
    pairStatements(c, d, g3);
    net.flush();
    expect(readPairs(a).pairs.map((p) => p.goal.text)).toEqual(['G3']);
    expect(readPairs(b).unpairedGoals.map((g) => [g.text, g.pairing])).toEqual([['G2', 'not-linked']]);
    expectConvergedMap(net, 're-pair:');
    net.destroy();
  });

  it('[M30] switching the view while others add and file statements loses nothing', () => {
    const net = new TestNetwork({ peers: 3, seed: 4 });
    let ticks = 0;
    seedClocks(4, { tickCount: () => ticks });
    const [a, b, c] = net.docs as [Y.Doc, Y.Doc, Y.Doc];
    createBoard(a, { title: 'Conference', template: 'three-column', createdAt: 1 });
    net.flush();
    const first = addStatement(b, { id: 's_1', section: 'worries', text: 'Dad drinks', author: author(1) });
    setBoardView(a, 'seven-domain');
    addStatementToDomain(c, { id: 's_2', domain: 'existing-safety', text: 'Gran stepped in', author: author(2) });
    net.flush();
    fileStatement(a, first, 'danger-statements');
    setBoardView(b, 'three-column');
    editStatement(c, first, 'Dad drinks and shouts');
    net.flush();
    const mapping = expectConvergedMap(net, 'views:');
    expect(mapping.view).toBe('three-column');
    expect(mapping.columns.map((col) => col.statements.map((s) => [s.text, s.domain]))).toEqual([
      [['Dad drinks and shouts', 'danger-statements']],
      [['Gran stepped in', 'existing-safety']],
      [],
    ]);
    net.destroy();
  });
});
