/**
 * Convergence of the board model over an unreliable network: the rules [M1]–[M5] in
 * packages/model/README.md. Every test is seeded; a failure message names the seed to replay.
 */
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../createBoard';
import { ModelError, ModelErrorCode } from '../errors';
import { readBoard, sectionStatements, type BoardView } from '../readBoard';
import { SECTIONS, type SectionId } from '../sections';
import { addStatement, deleteStatement, editStatement, moveStatement } from '../statements';
import { mulberry32, pick, randomInt, type Random } from './random';
import { TestNetwork } from './testNetwork';

const SECTION_IDS = SECTIONS.map((s) => s.id);
const WORDS = ['Mia', 'Gran', 'school', 'shouts', 'safe', 'Friday', 'é', '😀', '👍🏽', ' ', ' ', 'and'];

/** Order keys use Math.random for their tie-breaking suffix; seed it so a run replays exactly. */
function seedMathRandom(seed: number): void {
  vi.spyOn(Math, 'random').mockImplementation(mulberry32(seed ^ 0x5eed));
}

/** A network whose peers all hold the same freshly created board. */
function meeting(peers: number, seed: number, options: { duplicateRate?: number; maxDelay?: number } = {}): TestNetwork {
  const net = new TestNetwork({ peers, seed, ...options });
  createBoard(net.docs[0]!, { title: 'Child protection conference', template: 'three-column', createdAt: 1 });
  net.flush();
  return net;
}

function author(peer: number) {
  return { id: `p_${peer}`, name: `Person ${peer}` };
}

/** Checks every peer reads the same board, with no statement twice, and returns that board. */
function expectConverged(net: TestNetwork, label = ''): BoardView {
  const boards = net.docs.map((doc) => readBoard(doc));
  const first = boards[0]!;
  boards.forEach((board, i) => expect(board, `${label} peer ${i} differs from peer 0`).toEqual(first));
  const ids = first.sections.flatMap((s) => s.statements.map((st) => st.id));
  expect(new Set(ids).size, `${label} a statement appears twice`).toBe(ids.length);
  expect(first.unreadable, label).toBe(0);
  const vectors = net.docs.map((doc) => Y.decodeStateVector(Y.encodeStateVector(doc)));
  vectors.forEach((v) => expect(v, label).toEqual(vectors[0]));
  return first;
}

function only(doc: Y.Doc, section: SectionId): string[] {
  return sectionStatements(doc, section).map((s) => s.text);
}

/** A random edit of `text` by whole code points, as a person typing or cutting would make. */
function randomEdit(random: Random, text: string): string {
  const chars = Array.from(text);
  const at = randomInt(random, chars.length + 1);
  const remove = random() < 0.5 ? 0 : randomInt(random, Math.min(4, chars.length - at) + 1);
  const insert = random() < 0.2 ? '' : pick(random, WORDS);
  chars.splice(at, remove, insert);
  return chars.join('');
}

interface FuzzResult {
  applied: number;
  refused: number;
}

/** Runs `operations` random operations on random peers while the network delivers in the background. */
function runRandomMeeting(seed: number, operations: number): FuzzResult {
  seedMathRandom(seed);
  const random = mulberry32(seed);
  const peers = 3 + randomInt(random, 3);
  const net = meeting(peers, seed);
  const everId: string[] = [];
  const result: FuzzResult = { applied: 0, refused: 0 };

  for (let n = 0; n < operations; n++) {
    const peer = randomInt(random, peers);
    const doc = net.docs[peer]!;
    const visible = SECTION_IDS.flatMap((section) => sectionStatements(doc, section));
    const roll = random();
    try {
      if (roll < 0.3 || visible.length === 0) {
        const section = pick(random, SECTION_IDS);
        const id = `s_${seed}_${n}`;
        everId.push(id);
        const index = randomInt(random, sectionStatements(doc, section).length + 2);
        addStatement(doc, { id, section, index, text: pick(random, WORDS) + pick(random, WORDS), author: author(peer), createdAt: n });
      } else if (roll < 0.55) {
        const target = pick(random, visible);
        editStatement(doc, target.id, randomEdit(random, target.text));
      } else if (roll < 0.7) {
        const target = pick(random, visible);
        const to = pick(
          random,
          SECTION_IDS.filter((s) => s !== target.section),
        );
        moveStatement(doc, target.id, to, randomInt(random, 4));
      } else if (roll < 0.82) {
        const target = pick(random, visible);
        moveStatement(doc, target.id, target.section, randomInt(random, sectionStatements(doc, target.section).length));
      } else if (roll < 0.9) {
        deleteStatement(doc, pick(random, visible).id);
      } else {
        // A stale operation: someone acts on a statement that may already be gone here.
        const id = pick(random, everId);
        const kind = randomInt(random, 3);
        if (kind === 0) editStatement(doc, id, 'late edit');
        else if (kind === 1) moveStatement(doc, id, pick(random, SECTION_IDS));
        else deleteStatement(doc, id);
      }
      result.applied++;
    } catch (error) {
      if (!(error instanceof ModelError) || error.code !== ModelErrorCode.statementNotFound) throw error;
      result.refused++;
    }

    // Connections come and go; time passes between operations.
    if (random() < 0.04) {
      const p = randomInt(random, peers);
      if (net.isOnline(p)) net.disconnect(p);
      else net.reconnect(p);
    }
    const ticks = randomInt(random, 3);
    for (let t = 0; t < ticks; t++) net.tick();
  }

  net.flush();
  expectConverged(net, `seed ${seed}:`);
  net.destroy();
  return result;
}

describe('convergence under random interleavings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[M1][M2][M3] 200 seeded meetings of 3–5 people and 40 operations each end on the same board', () => {
    let applied = 0;
    let refused = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const result = runRandomMeeting(seed, 40);
      applied += result.applied;
      refused += result.refused;
    }
    // The driver must actually exercise both paths.
    expect(applied).toBeGreaterThan(6000);
    expect(refused).toBeGreaterThan(0);
  });

  it('[M1] a few long meetings of 200 operations end on the same board', () => {
    for (const seed of [1001, 1002, 1003]) runRandomMeeting(seed, 200);
  });

  it('[M1] replays exactly from a seed', () => {
    const boardsFor = (seed: number) => {
      seedMathRandom(seed);
      const net = meeting(3, seed);
      const random = mulberry32(seed);
      for (let n = 0; n < 20; n++) {
        const peer = randomInt(random, 3);
        addStatement(net.docs[peer]!, {
          id: `s_${n}`,
          section: pick(random, SECTION_IDS),
          text: `${n}`,
          author: author(peer),
          createdAt: n,
          index: randomInt(random, 3),
        });
        net.tick();
      }
      net.flush();
      const board = expectConverged(net);
      net.destroy();
      vi.restoreAllMocks();
      return board;
    };
    expect(boardsFor(7)).toEqual(boardsFor(7));
  });
});

describe('concurrent changes by two people', () => {
  let net: TestNetwork;
  let a: Y.Doc;
  let b: Y.Doc;

  beforeEach(() => {
    seedMathRandom(1);
    net = meeting(2, 1);
    [a, b] = net.docs as [Y.Doc, Y.Doc];
  });

  afterEach(() => {
    net.destroy();
    vi.restoreAllMocks();
  });

  function add(doc: Y.Doc, id: string, text: string, section: SectionId = 'worries'): string {
    return addStatement(doc, { id, section, text, author: author(0), createdAt: 0 });
  }

  it('[M2] two people inserting at the same position both keep their statement, in the same order everywhere', () => {
    add(a, 's_first', 'first');
    add(a, 's_last', 'last');
    net.flush();
    addStatement(a, { id: 's_from_a', section: 'worries', text: 'from A', author: author(0), index: 1 });
    addStatement(b, { id: 's_from_b', section: 'worries', text: 'from B', author: author(1), index: 1 });
    net.flush();
    const board = expectConverged(net);
    const worries = board.sections[0]!.statements.map((s) => s.text);
    expect(worries).toHaveLength(4);
    expect(worries[0]).toBe('first');
    expect(worries[3]).toBe('last');
    expect(worries.slice(1, 3).sort()).toEqual(['from A', 'from B']);
  });

  it('[M2] identical order keys made at the same time are ordered by id', () => {
    add(a, 's_first', 'first');
    net.flush();
    // Both people get the same "random" suffix, so both keys are equal.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    addStatement(b, { id: 's_zz', section: 'worries', text: 'zz', author: author(1), index: 0 });
    addStatement(a, { id: 's_aa', section: 'worries', text: 'aa', author: author(0), index: 0 });
    net.flush();
    const [first, second] = expectConverged(net).sections[0]!.statements;
    expect(first!.order).toBe(second!.order);
    expect([first!.id, second!.id]).toEqual(['s_aa', 's_zz']);
    // A later insert between the tied pair still works.
    addStatement(a, { section: 'worries', text: 'after the tie', author: author(0), index: 1 });
    net.flush();
    expect(expectConverged(net).sections[0]!.statements).toHaveLength(4);
  });

  it('[M3] a statement moved to two different sections at once ends in exactly one, the same everywhere', () => {
    const id = add(a, 's_moved', 'Dad drinks at weekends');
    net.flush();
    moveStatement(a, id, 'working-well');
    moveStatement(b, id, 'next-steps');
    net.flush();
    const board = expectConverged(net);
    const holding = board.sections.filter((s) => s.statements.some((st) => st.id === id));
    expect(holding).toHaveLength(1);
    expect(['working-well', 'next-steps']).toContain(holding[0]!.id);
  });

  it('[M4] a text edit survives a concurrent move', () => {
    const id = add(a, 's_edit_move', 'Gran helps');
    net.flush();
    editStatement(a, id, 'Gran helps every Friday');
    moveStatement(b, id, 'working-well', 0);
    net.flush();
    expectConverged(net);
    expect(only(b, 'working-well')).toEqual(['Gran helps every Friday']);
    expect(only(b, 'worries')).toEqual([]);
  });

  it('[M5] a statement deleted while someone edits it is deleted everywhere, without errors', () => {
    const id = add(a, 's_gone', 'Mum is tired');
    add(a, 's_stays', 'Mum cooks');
    net.flush();
    deleteStatement(a, id);
    editStatement(b, id, 'Mum is tired in the mornings');
    moveStatement(b, id, 'next-steps');
    net.flush();
    const board = expectConverged(net);
    expect(board.sections.flatMap((s) => s.statements.map((st) => st.text))).toEqual(['Mum cooks']);
    expect(() => editStatement(b, id, 'too late')).toThrowError(ModelError);
  });

  it('[M4] two people typing in the same statement both keep their characters', () => {
    const id = add(a, 's_typed', 'Gran helps');
    net.flush();
    editStatement(a, id, 'Gran often helps');
    editStatement(b, id, 'Gran helps on Fridays');
    net.flush();
    expectConverged(net);
    expect(only(a, 'worries')).toEqual(['Gran often helps on Fridays']);
  });

  it('[M4] two people typing at the same spot keep every character, in the same order everywhere', () => {
    const id = add(a, 's_same_spot', 'Mia is ');
    net.flush();
    editStatement(a, id, 'Mia is happy 😀');
    editStatement(b, id, 'Mia is safe');
    net.flush();
    expectConverged(net);
    const [text] = only(a, 'worries');
    expect([`Mia is happy 😀safe`, `Mia is safehappy 😀`]).toContain(text);
  });

  it('[M1] a person who was offline catches up on reconnect, both ways', () => {
    const id = add(a, 's_offline', 'School is worried');
    net.flush();
    net.disconnect(1);
    add(a, 's_while_away', 'Health visitor is worried');
    editStatement(b, id, 'School is worried about lateness');
    add(b, 's_offline_note', 'Dad to call school', 'next-steps');
    for (let t = 0; t < 20; t++) net.tick();
    expect(only(a, 'next-steps')).toEqual([]);
    net.reconnect(1);
    const board = expectConverged(net);
    expect(board.sections[0]!.statements.map((s) => s.text)).toEqual(['School is worried about lateness', 'Health visitor is worried']);
    expect(only(a, 'next-steps')).toEqual(['Dad to call school']);
  });
});

describe('the test network itself', () => {
  it('delivers duplicated and reordered messages without changing the outcome', () => {
    seedMathRandom(3);
    const net = meeting(3, 3, { duplicateRate: 1, maxDelay: 20 });
    for (let n = 0; n < 30; n++) {
      addStatement(net.docs[n % 3]!, { id: `s_${n}`, section: 'worries', text: `${n}`, author: author(n % 3), createdAt: n });
      net.tick();
    }
    expect(net.inFlight).toBeGreaterThan(0);
    net.flush();
    expect(net.inFlight).toBe(0);
    expect(net.stats.duplicated).toBe(net.stats.sent);
    expect(expectConverged(net).sections[0]!.statements).toHaveLength(30);
    net.destroy();
    vi.restoreAllMocks();
  });

  it('does not send back what it delivered', () => {
    const net = new TestNetwork({ peers: 2, seed: 1, duplicateRate: 0, resyncRate: 0 });
    net.docs[0]!.getText('t').insert(0, 'x');
    net.flush();
    expect(net.stats.sent).toBe(1);
    expect(net.stats.delivered).toBe(1);
    net.destroy();
  });
});
