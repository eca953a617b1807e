import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteStatement } from '../statements';
import { GRAN, expectRefused, newBoard } from '../test/board';
import { addStatementToDomain, fileStatement } from './fileStatement';
import { addGoalFor, pairStatements, unpair } from './pairing';
import { readMapping, readPairs } from './readMapping';

function danger(doc: Y.Doc, text: string): string {
  return addStatementToDomain(doc, { domain: 'danger-statements', text, author: GRAN });
}

function goal(doc: Y.Doc, text: string): string {
  return addStatementToDomain(doc, { domain: 'goals', text, author: GRAN });
}

function summary(doc: Y.Doc) {
  const pairs = readPairs(doc);
  return {
    pairs: pairs.pairs.map((p) => [p.danger.text, p.goal.text]),
    unpairedDangerStatements: pairs.unpairedDangerStatements.map((d) => d.text),
    unpairedGoals: pairs.unpairedGoals.map((g) => [g.text, g.pairing]),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('pairing danger statements with goals', () => {
  it('writes a goal for a danger statement, filed under goals and paired in one change', () => {
    const doc = newBoard();
    const d = danger(doc, 'D1');
    let updates = 0;
    doc.on('update', () => updates++);
    const g = addGoalFor(doc, d, 'G1', GRAN);
    expect(updates).toBe(1);
    expect(summary(doc)).toEqual({ pairs: [['D1', 'G1']], unpairedDangerStatements: [], unpairedGoals: [] });
    const mapping = readMapping(doc);
    expect(mapping.columns[2]!.domains[0]!.statements[0]).toMatchObject({ id: g, domain: 'goals', pairedWith: d, pairing: null });
    expect(mapping.columns[0]!.domains[1]!.statements[0]).toMatchObject({ id: d, pairedWith: g, pairing: null });
  });

  it('flags a danger statement with no goal and a goal with no danger statement', () => {
    const doc = newBoard();
    danger(doc, 'D1');
    goal(doc, 'G1');
    expect(summary(doc)).toEqual({ pairs: [], unpairedDangerStatements: ['D1'], unpairedGoals: [['G1', 'not-linked']] });
    expect(readMapping(doc).columns[0]!.domains[1]!.statements[0]!.pairing).toBe('no-goal');
  });

  it('[M6] refuses a second goal, and pairs only a danger statement with a goal', () => {
    const doc = newBoard();
    const d = danger(doc, 'D1');
    const g = addGoalFor(doc, d, 'G1', GRAN);
    const other = addStatementToDomain(doc, { domain: 'harm', text: 'H', author: GRAN });
    expectRefused(doc, 'already_paired', () => addGoalFor(doc, d, 'G2', GRAN));
    expectRefused(doc, 'not_a_danger_statement', () => addGoalFor(doc, other, 'G2', GRAN));
    expectRefused(doc, 'not_a_goal', () => pairStatements(doc, d, other));
    expectRefused(doc, 'not_a_danger_statement', () => pairStatements(doc, g, g));
    expectRefused(doc, 'statement_not_found', () => pairStatements(doc, 'nope', g));
  });

  it('re-pairs: the danger statement’s old goal and the goal’s old danger statement become unpaired', () => {
    const doc = newBoard();
    const d1 = danger(doc, 'D1');
    const d2 = danger(doc, 'D2');
    const g1 = addGoalFor(doc, d1, 'G1', GRAN);
    const g2 = addGoalFor(doc, d2, 'G2', GRAN);
    pairStatements(doc, d1, g2);
    expect(summary(doc)).toEqual({ pairs: [['D1', 'G2']], unpairedDangerStatements: ['D2'], unpairedGoals: [['G1', 'not-linked']] });
    unpair(doc, d1);
    expect(summary(doc).pairs).toEqual([]);
    pairStatements(doc, d2, g1);
    unpair(doc, g1);
    expect(summary(doc).unpairedGoals).toEqual([
      ['G1', 'not-linked'],
      ['G2', 'not-linked'],
    ]);
  });

  it('[M32] reads a goal whose danger statement was deleted or re-filed as unpaired, and pairs it again if it is filed back', () => {
    const doc = newBoard();
    const d1 = danger(doc, 'D1');
    const d2 = danger(doc, 'D2');
    addGoalFor(doc, d1, 'G1', GRAN);
    addGoalFor(doc, d2, 'G2', GRAN);
    deleteStatement(doc, d1);
    fileStatement(doc, d2, 'harm');
    expect(summary(doc).unpairedGoals).toEqual([
      ['G1', 'danger-statement-gone'],
      ['G2', 'danger-statement-gone'],
    ]);
    fileStatement(doc, d2, 'danger-statements');
    expect(summary(doc).pairs).toEqual([['D2', 'G2']]);
  });

  it('[M32] settles two goals linked to one danger statement at once: the earliest link wins, then the lower id', () => {
    const a = newBoard(1);
    const d = danger(a, 'D');
    const b = new Y.Doc();
    b.clientID = 2;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(2000);
    addGoalFor(a, d, 'Later', GRAN, { id: 's_a' });
    now.mockReturnValue(1000);
    addGoalFor(b, d, 'Earlier', GRAN, { id: 's_b' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      expect(summary(doc)).toEqual({ pairs: [['D', 'Earlier']], unpairedDangerStatements: [], unpairedGoals: [['Later', 'taken']] });
    }
  });
});
