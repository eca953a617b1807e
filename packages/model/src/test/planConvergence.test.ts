/**
 * The safety plan over an unreliable network: the rules [M20]–[M24] in packages/model/README.md.
 * Every run is seeded; a failure names the seed to replay.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../createBoard';
import { ModelError } from '../errors';
import { addNetworkMember, readNetwork, removeNetworkMember } from '../network/networkMembers';
import { agreePlan } from '../plan/agreement';
import { planCoverage } from '../plan/planCoverage';
import { RULE, planRulesMap } from '../plan/planSchema';
import { readPlan, type PlanView } from '../plan/readPlan';
import { editRuleText, linkRuleToStatement, setRuleDoers, setRuleWhatIf, unlinkRuleFromStatement } from '../plan/ruleFields';
import { addRule, deleteRule, moveRule } from '../plan/rules';
import { addStatementToDomain, fileStatement } from '../mapping/fileStatement';
import { domainStatements, readMapping } from '../mapping/readMapping';
import { statementsMap } from '../schema';
import { deleteStatement } from '../statements';
import { mulberry32, pick, randomInt, type Random } from './random';
import { TestNetwork } from './testNetwork';

/** Order keys use Math.random and records take Date.now; fix both so a seed replays exactly. */
function seedClocks(seed: number): void {
  vi.spyOn(Math, 'random').mockImplementation(mulberry32(seed ^ 0x5eed));
  let now = 1_700_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => now++);
}

const WORKER = { id: 'p_worker', name: 'Sam' };

/** A network whose peers share a board with `people` network members and `dangers` danger statements. */
function meeting(peers: number, seed: number, people = 3, dangers = 3): TestNetwork {
  const net = new TestNetwork({ peers, seed });
  const doc = net.docs[0]!;
  createBoard(doc, { title: 'Family network meeting', template: 'three-column', createdAt: 1 });
  for (let i = 0; i < people; i++) addNetworkMember(doc, { id: `m_${i}`, name: `Person ${i}` });
  for (let i = 0; i < dangers; i++)
    addStatementToDomain(doc, { id: `s_${i}`, domain: 'danger-statements', text: `Danger ${i}`, author: WORKER, createdAt: i });
  net.flush();
  return net;
}

/** The case map's danger statements on this replica. */
function dangerIds(doc: Y.Doc): string[] {
  return domainStatements(readMapping(doc), 'danger-statements').map((s) => s.id);
}

/** Ids a rule's set holds in the document, whether or not they still name anything. */
function rawIds(doc: Y.Doc, ruleId: string, key: string): string[] {
  const set = planRulesMap(doc).get(ruleId)?.get(key);
  return set instanceof Y.Map ? [...set.keys()] : [];
}

/** [M1] every replica reads the same plan; [M20] no rule points at nothing, and what was dropped is counted. */
function expectConverged(net: TestNetwork, label: string): PlanView {
  const plans = net.docs.map((doc) => readPlan(doc));
  const first = plans[0]!;
  plans.forEach((plan, i) => expect(plan, `${label} peer ${i} differs from peer 0`).toEqual(first));
  const coverages = net.docs.map((doc) => planCoverage(readPlan(doc), dangerIds(doc)));
  coverages.forEach((c) => expect(c, label).toEqual(coverages[0]));

  const doc = net.docs[0]!;
  const people = new Set(readNetwork(doc).map((m) => m.id));
  const statements = new Set([...statementsMap(doc).keys()]);
  const danger = new Set(dangerIds(doc));
  const removed = { doers: 0, backups: 0, warningActors: 0, statements: 0 };
  for (const rule of first.rules) {
    for (const id of [...rule.doers, ...rule.backups, ...rule.warningActors])
      expect(people.has(id), `${label} ${rule.id} names ${id}`).toBe(true);
    for (const id of rule.statements) expect(danger.has(id), `${label} ${rule.id} answers ${id}`).toBe(true);
    for (const id of rule.staleStatements) expect(statements.has(id) && !danger.has(id), `${label} ${rule.id} stale ${id}`).toBe(true);
    const linked = rawIds(doc, rule.id, RULE.statements).filter((id) => statements.has(id));
    expect([...rule.statements, ...rule.staleStatements].sort(), `${label} ${rule.id} links`).toEqual(linked.sort());
    removed.doers += rawIds(doc, rule.id, RULE.doers).filter((id) => !people.has(id)).length;
    removed.backups += rawIds(doc, rule.id, RULE.backups).filter((id) => !people.has(id)).length;
    removed.warningActors += rawIds(doc, rule.id, RULE.warningActors).filter((id) => !people.has(id)).length;
    removed.statements += rawIds(doc, rule.id, RULE.statements).filter((id) => !statements.has(id)).length;
  }
  expect(first.removed, label).toEqual(removed);
  expect(first.unreadable, label).toBe(0);
  const coverage = coverages[0]!;
  for (const { statementId, ruleIds } of coverage.statements) {
    const answering = first.rules.filter((r) => r.statements.includes(statementId)).map((r) => r.id);
    expect(ruleIds, label).toEqual(answering);
    expect(coverage.gaps.includes(statementId), label).toBe(answering.length === 0);
  }
  return first;
}

function somePeople(random: Random, doc: Y.Doc): string[] {
  return readNetwork(doc)
    .filter(() => random() < 0.4)
    .map((m) => m.id);
}

/** Runs random plan operations on random peers while the network delivers in the background. */
function runRandomPlanMeeting(seed: number, operations: number): { applied: number; refused: number; plan: PlanView } {
  seedClocks(seed);
  const random = mulberry32(seed);
  const peers = 3 + randomInt(random, 3);
  const net = meeting(peers, seed);
  let applied = 0;
  let refused = 0;
  for (let n = 0; n < operations; n++) {
    const doc = net.docs[randomInt(random, peers)]!;
    const rules = readPlan(doc).rules;
    const worries = dangerIds(doc);
    const everRule = rules.length > 0 && random() < 0.9 ? pick(random, rules).id : `r_${seed}_${randomInt(random, n + 1)}`;
    const roll = random();
    try {
      if (roll < 0.15 || rules.length === 0) {
        addRule(doc, {
          id: `r_${seed}_${n}`,
          text: `Rule ${n}`,
          doers: somePeople(random, doc),
          index: randomInt(random, rules.length + 1),
        });
      } else if (roll < 0.35) {
        linkRuleToStatement(doc, everRule, worries.length > 0 ? pick(random, worries) : 's_gone');
      } else if (roll < 0.42) {
        unlinkRuleFromStatement(doc, everRule, `s_${randomInt(random, 6)}`);
      } else if (roll < 0.55) {
        setRuleDoers(doc, everRule, somePeople(random, doc));
      } else if (roll < 0.62) {
        setRuleWhatIf(doc, everRule, { backups: somePeople(random, doc), warningActors: somePeople(random, doc) });
      } else if (roll < 0.68) {
        editRuleText(doc, everRule, `Rule edited at ${n}`);
      } else if (roll < 0.73) {
        moveRule(doc, everRule, randomInt(random, rules.length + 1));
      } else if (roll < 0.77) {
        deleteRule(doc, everRule);
      } else if (roll < 0.83) {
        const people = readNetwork(doc);
        if (people.length > 1) removeNetworkMember(doc, pick(random, people).id);
        else addNetworkMember(doc, { id: `m_${seed}_${n}`, name: `Late ${n}` });
      } else if (roll < 0.86) {
        addNetworkMember(doc, { id: `m_${seed}_${n}`, name: `Person ${n}` });
      } else if (roll < 0.91) {
        if (worries.length > 1) deleteStatement(doc, pick(random, worries));
      } else if (roll < 0.93) {
        addStatementToDomain(doc, { id: `s_${seed}_${n}`, domain: 'danger-statements', text: `Danger ${n}`, author: WORKER, createdAt: n });
      } else if (roll < 0.95) {
        // Re-filing a statement away from danger statements, or back: its links stay, counted only while it is one.
        const all = [...statementsMap(doc).keys()];
        if (all.length > 0) fileStatement(doc, pick(random, all), random() < 0.5 ? 'complicating-factors' : 'danger-statements');
      } else {
        agreePlan(doc, { by: [{ name: `Person ${n}` }], at: n });
      }
      applied++;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      refused++;
    }
    if (random() < 0.05) {
      const p = randomInt(random, peers);
      if (net.isOnline(p)) net.disconnect(p);
      else net.reconnect(p);
    }
    const ticks = randomInt(random, 3);
    for (let t = 0; t < ticks; t++) net.tick();
  }
  net.flush();
  const plan = expectConverged(net, `seed ${seed}:`);
  net.destroy();
  return { applied, refused, plan };
}

describe('the plan under random interleavings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[M1][M20][M21][M22][M23] 150 seeded meetings of 3–5 people and 40 plan operations each end on the same plan and coverage', () => {
    let applied = 0;
    let refused = 0;
    const dropped = { people: 0, statements: 0 };
    for (let seed = 1; seed <= 150; seed++) {
      const result = runRandomPlanMeeting(seed, 40);
      applied += result.applied;
      refused += result.refused;
      const { removed } = result.plan;
      if (removed.doers + removed.backups + removed.warningActors > 0) dropped.people++;
      if (removed.statements > 0) dropped.statements++;
      vi.restoreAllMocks();
    }
    // The driver must exercise both paths, and leave dangling references to drop in many runs.
    expect(applied).toBeGreaterThan(4000);
    expect(refused).toBeGreaterThan(0);
    expect(dropped.people).toBeGreaterThan(20);
    expect(dropped.statements).toBeGreaterThan(20);
  });
});

describe('concurrent plan changes by two people', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Runs `first` on peer 0 and `second` on peer 1 while they cannot hear each other, then lets them meet. */
  function concurrently(seed: number, setup: (doc: Y.Doc) => void, first: (doc: Y.Doc) => void, second: (doc: Y.Doc) => void): TestNetwork {
    seedClocks(seed);
    const net = meeting(2 + (seed % 3), seed);
    setup(net.docs[0]!);
    net.flush();
    net.disconnect(1);
    first(net.docs[0]!);
    second(net.docs[1]!);
    for (let t = 0; t < seed % 4; t++) net.tick();
    net.flush();
    return net;
  }

  const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

  it('[M20] linking a rule to a statement while someone deletes the statement leaves no gap-hiding link', () => {
    for (const seed of SEEDS) {
      const net = concurrently(
        seed,
        (doc) => addRule(doc, { id: 'r_x', text: 'Gran stays over', doers: ['m_0'] }),
        (doc) => linkRuleToStatement(doc, 'r_x', 's_1'),
        (doc) => deleteStatement(doc, 's_1'),
      );
      const plan = expectConverged(net, `seed ${seed}:`);
      expect(plan.rules[0]!.statements).toEqual([]);
      expect(plan.removed.statements).toBe(1);
      expect(planCoverage(plan, dangerIds(net.docs[0]!)).gaps).toEqual(['s_0', 's_2']);
      net.destroy();
      vi.restoreAllMocks();
    }
  });

  it('[M20] setting who does a rule while someone removes one of them drops that person and counts them', () => {
    for (const seed of SEEDS) {
      const net = concurrently(
        seed,
        (doc) => addRule(doc, { id: 'r_x', text: 'Walk Mia to school', doers: ['m_0'] }),
        (doc) => setRuleDoers(doc, 'r_x', ['m_1', 'm_2']),
        (doc) => removeNetworkMember(doc, 'm_1'),
      );
      const plan = expectConverged(net, `seed ${seed}:`);
      expect(plan.rules[0]).toMatchObject({ doers: ['m_2'], removed: { doers: 1, backups: 0, warningActors: 0, statements: 0 } });
      expect(plan.removed.doers).toBe(1);
      net.destroy();
      vi.restoreAllMocks();
    }
  });

  it('[M21] two people linking different statements and adding different doers at once keep both', () => {
    for (const seed of SEEDS) {
      const net = concurrently(
        seed,
        (doc) => addRule(doc, { id: 'r_x', text: 'x' }),
        (doc) => {
          linkRuleToStatement(doc, 'r_x', 's_0');
          setRuleDoers(doc, 'r_x', ['m_0']);
        },
        (doc) => {
          linkRuleToStatement(doc, 'r_x', 's_2');
          setRuleDoers(doc, 'r_x', ['m_1']);
        },
      );
      const plan = expectConverged(net, `seed ${seed}:`);
      expect(plan.rules[0]).toMatchObject({ statements: ['s_0', 's_2'], doers: ['m_0', 'm_1'] });
      expect(planCoverage(plan, ['s_0', 's_1', 's_2']).gaps).toEqual(['s_1']);
      net.destroy();
      vi.restoreAllMocks();
    }
  });

  it('[M21] unlinking while someone else links the same statement again keeps the link', () => {
    for (const seed of SEEDS) {
      const net = concurrently(
        seed,
        (doc) => addRule(doc, { id: 'r_x', text: 'x', statements: ['s_0'] }),
        (doc) => unlinkRuleFromStatement(doc, 'r_x', 's_0'),
        (doc) => {
          unlinkRuleFromStatement(doc, 'r_x', 's_0');
          linkRuleToStatement(doc, 'r_x', 's_0');
        },
      );
      expect(expectConverged(net, `seed ${seed}:`).rules[0]!.statements).toEqual(['s_0']);
      net.destroy();
      vi.restoreAllMocks();
    }
  });

  it('[M24] two agreements at once end as one agreement everywhere, and a concurrent edit shows as a change', () => {
    for (const seed of SEEDS) {
      const net = concurrently(
        seed,
        (doc) => addRule(doc, { id: 'r_x', text: 'Gran stays over' }),
        (doc) => agreePlan(doc, { by: [{ name: 'Leanne' }], at: 1 }),
        (doc) => {
          agreePlan(doc, { by: [{ name: 'Rosa' }], at: 2 });
          editRuleText(doc, 'r_x', 'Gran stays over on Fridays');
        },
      );
      const plan = expectConverged(net, `seed ${seed}:`);
      expect(plan.status).toBe('agreed');
      // Rosa agreed before her edit, so the edit always shows; Leanne agreed before it too.
      expect(plan.changesSinceAgreed?.rulesChanged).toEqual([{ id: 'r_x', fields: ['text'] }]);
      net.destroy();
      vi.restoreAllMocks();
    }
  });
});
