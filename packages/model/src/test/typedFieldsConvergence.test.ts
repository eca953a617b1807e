/**
 * The free-text fields that are shared as people type (a statement's harm details, agency and
 * words of dispute; plan lines; trajectory labels; a network member's name and relationship; a
 * scale's question and its 0 and 10 meanings) over an unreliable network: 3–5 people type
 * letter by letter into the same fields at once, some go offline and come back. Every peer ends
 * with the same words, and every letter anyone typed is there ([M41] in packages/model/README.md).
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../createBoard';
import { addStatementToDomain } from '../mapping/fileStatement';
import { readMapping } from '../mapping/readMapping';
import { setStatementSource, setStatementStance } from '../mapping/sources';
import { STATEMENT_TEXT_FIELDS, editStatementField, readStatementField, type StatementTextField } from '../mapping/statementTexts';
import { addPlanLine, editPlanLine } from '../plan/planLines';
import { readPlan } from '../plan/readPlan';
import { addTrajectoryItem, updateTrajectoryItem } from '../plan/trajectory';
import { statementsMap } from '../schema';
import { addNetworkMember, readNetwork } from '../network/networkMembers';
import { MEMBER_WORD_FIELDS, editMemberWords, type MemberWordField } from '../network/memberWords';
import { addScale } from '../scales/scales';
import { SCALE_WORD_FIELDS, editScaleWords, type ScaleWordField } from '../scales/scaleWords';
import { readScales } from '../scales/readScales';
import { mulberry32, pick, randomInt } from './random';
import { TestNetwork } from './testNetwork';

type Target =
  | { kind: 'statement'; field: StatementTextField }
  | { kind: 'member'; field: MemberWordField }
  | { kind: 'scale'; field: ScaleWordField }
  | { kind: 'line' }
  | { kind: 'trajectory' };

const TARGETS: readonly Target[] = [
  ...STATEMENT_TEXT_FIELDS.map((field) => ({ kind: 'statement', field }) as const),
  ...MEMBER_WORD_FIELDS.map((field) => ({ kind: 'member', field }) as const),
  ...SCALE_WORD_FIELDS.map((field) => ({ kind: 'scale', field }) as const),
  { kind: 'line' },
  { kind: 'trajectory' },
];

function read(doc: Y.Doc, target: Target): string {
  if (target.kind === 'statement') return readStatementField(statementsMap(doc).get('s_typed')!, target.field);
  if (target.kind === 'member') return readNetwork(doc).find((m) => m.id === 'm_typed')?.[target.field] ?? '';
  if (target.kind === 'scale') return readScales(doc).find((s) => s.id === 'sc_typed')?.[target.field] ?? '';
  const plan = readPlan(doc);
  if (target.kind === 'line') return plan.stressPoints[0]?.text ?? '';
  return plan.trajectory[0]?.label ?? '';
}

function write(doc: Y.Doc, target: Target, next: string): void {
  if (target.kind === 'statement') editStatementField(doc, 's_typed', target.field, next);
  else if (target.kind === 'member') editMemberWords(doc, 'm_typed', target.field, next);
  else if (target.kind === 'scale') editScaleWords(doc, 'sc_typed', target.field, next);
  else if (target.kind === 'line') editPlanLine(doc, 'l_typed', next);
  else updateTrajectoryItem(doc, 't_typed', { label: next });
}

function runTyping(seed: number, keyPresses: number): void {
  const random = mulberry32(seed);
  const peers = 3 + randomInt(random, 3);
  const net = new TestNetwork({ peers, seed });
  vi.spyOn(Math, 'random').mockImplementation(mulberry32(seed ^ 0x7e11));
  const first = net.docs[0]!;
  createBoard(first, { title: 'Typing', template: 'seven-domain', createdAt: 1 });
  addStatementToDomain(first, { id: 's_typed', domain: 'harm', text: 'Dad hit Amy', author: { id: 'p_0', name: 'Worker' } });
  setStatementSource(first, 's_typed', { kind: 'agency' });
  setStatementStance(first, 's_typed', 'disputed');
  addPlanLine(first, 'stress-points', { id: 'l_typed', text: 'Fridays' });
  addTrajectoryItem(first, { id: 't_typed', date: '2026-01-05', kind: 'review', label: 'Review' });
  addNetworkMember(first, { id: 'm_typed', name: 'Gran', relationship: 'Grandmother' });
  addScale(first, { id: 'sc_typed', question: 'How safe?', zeroMeans: 'Not safe', tenMeans: 'Safe' });
  net.flush();

  // Each peer types its own letters (peer 2 types "2"), each letter once per field, at the start or
  // end of what it sees, so every letter can be counted afterwards.
  const typed = new Map<Target, Map<string, number>>(TARGETS.map((t) => [t, new Map()]));
  for (let n = 0; n < keyPresses; n++) {
    const peer = randomInt(random, peers);
    const doc = net.docs[peer]!;
    const target = pick(random, TARGETS);
    const letter = String(peer);
    const now = read(doc, target);
    const raw = target.kind === 'statement' ? readStatementField(statementsMap(doc).get('s_typed')!, target.field) : now;
    if (raw.length >= 70) continue;
    write(doc, target, random() < 0.5 ? `${letter}${raw}` : `${raw}${letter}`);
    const counts = typed.get(target)!;
    counts.set(letter, (counts.get(letter) ?? 0) + 1);
    if (random() < 0.04) {
      const p = randomInt(random, peers);
      if (net.isOnline(p)) net.disconnect(p);
      else net.reconnect(p);
    }
    for (let t = randomInt(random, 3); t > 0; t--) net.tick();
  }
  for (let p = 0; p < peers; p++) if (!net.isOnline(p)) net.reconnect(p);
  net.flush();

  const label = `seed ${seed}:`;
  const mappings = net.docs.map((doc) => readMapping(doc));
  mappings.forEach((m, i) => expect(m, `${label} peer ${i} map differs`).toEqual(mappings[0]));
  const plans = net.docs.map((doc) => readPlan(doc));
  plans.forEach((p, i) => expect(p, `${label} peer ${i} plan differs`).toEqual(plans[0]));
  const networks = net.docs.map((doc) => readNetwork(doc));
  networks.forEach((n, i) => expect(n, `${label} peer ${i} network differs`).toEqual(networks[0]));
  const scales = net.docs.map((doc) => readScales(doc));
  scales.forEach((s, i) => expect(s, `${label} peer ${i} scales differ`).toEqual(scales[0]));
  for (const target of TARGETS) {
    const words = read(first, target);
    for (const [letter, count] of typed.get(target)!) {
      expect(words.split(letter).length - 1, `${label} ${JSON.stringify(target)} lost a letter "${letter}"`).toBe(count);
    }
  }
  net.destroy();
  vi.restoreAllMocks();
}

describe('typed fields under concurrent typing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('[M41] 60 seeded meetings of 3–5 people typing in the same fields: same words everywhere, no letter lost', () => {
    for (let seed = 1; seed <= 60; seed++) runTyping(seed, 120);
  });

  it('[M41] the agency typed shows as the source, and the family’s words as the dispute, on every peer', () => {
    const net = new TestNetwork({ peers: 2, seed: 7 });
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    createBoard(a, { title: 'Typing', template: 'seven-domain', createdAt: 1 });
    addStatementToDomain(a, { id: 's_typed', domain: 'harm', text: 'Dad hit Amy', author: { id: 'p_0', name: 'Worker' } });
    net.flush();
    setStatementSource(b, 's_typed', { kind: 'agency' });
    setStatementStance(b, 's_typed', 'disputed');
    for (const prefix of ['O', 'Oa', 'Oak', 'Oak ', 'Oak S', 'Oak School']) editStatementField(b, 's_typed', 'sourceAgency', prefix);
    for (const prefix of ['He', 'He did', 'He did not']) editStatementField(a, 's_typed', 'disputeWords', prefix);
    net.flush();
    for (const doc of [a, b]) {
      const statement = readMapping(doc).columns.flatMap((c) => c.statements)[0]!;
      expect(statement.source).toMatchObject({ kind: 'agency', label: 'Oak School', key: 'agency:oak school' });
      expect(statement.disputeWords).toBe('He did not');
    }
    net.destroy();
  });
});
