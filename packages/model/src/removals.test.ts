import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addGoalFor } from './mapping/pairing';
import { readMapping, readPairs } from './mapping/readMapping';
import { setHarmDetails } from './mapping/harm';
import { setStatementSource, setStatementStance } from './mapping/sources';
import { removeNetworkMember } from './network/networkMembers';
import { planCoverage } from './plan/planCoverage';
import { readPlan } from './plan/readPlan';
import { addRule, ruleText } from './plan/rules';
import { readRemovals, removeAndKeep, restoreRemoval } from './removals';
import { expectRefused } from './test/board';
import { ROOT } from './schema';
import { createUndoableDeletion } from './undoableDeletion';
import { planBoard } from './test/planBoard';

const JO = { id: 'p_jo', name: 'Jo' };

function statement(doc: Y.Doc, id: string) {
  return readMapping(doc)
    .columns.flatMap((c) => c.statements)
    .find((s) => s.id === id);
}

describe('recently removed', () => {
  it('brings back a statement someone else removed, whole: words, harm details, whose view, its pair and the rules that answer it', () => {
    const { doc, gran, shouting } = planBoard();
    const goal = addGoalFor(doc, shouting, 'Mia is safe in the evenings', { id: 'p_worker', name: 'Worker' });
    setHarmDetails(doc, shouting, { when: 'Friday nights' });
    setStatementSource(doc, shouting, { kind: 'member', memberId: gran });
    setStatementStance(doc, shouting, 'disputed', 'Dad says he never throws things');
    const rule = addRule(doc, { text: 'Gran stays on Fridays', doers: [gran], statements: [shouting] });
    const before = statement(doc, shouting);

    removeAndKeep(doc, 'statement', shouting, JO);
    expect(statement(doc, shouting)).toBeUndefined();
    const [removal] = readRemovals(doc);
    expect(removal).toMatchObject({ kind: 'statement', itemId: shouting, removedBy: JO, author: { name: expect.any(String) } });
    expect(removal!.summary).toBe(before!.text);

    // Someone else, on another copy of the board, brings it back.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(restoreRemoval(other, removal!.id)).toBe(true);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(statement(doc, shouting)).toEqual(before);
    expect(readPairs(doc).pairs.map((p) => [p.danger.id, p.goal.id])).toContainEqual([shouting, goal]);
    expect(planCoverage(readPlan(doc), [shouting]).statements).toEqual([{ statementId: shouting, ruleIds: [rule] }]);
    expect(readRemovals(doc)).toEqual([]);
    // Brought back twice (two people at once): the second finds it gone from the list.
    expectRefused(doc, 'removal_not_found', () => restoreRemoval(doc, removal!.id));
  });

  it('brings back a rule with its texts, people and links, and a network member with what pointed at them', () => {
    const { doc, gran, shouting } = planBoard();
    const rule = addRule(doc, { text: 'Gran collects Mia', doers: [gran], statements: [shouting], when: 'after school' });
    const before = readPlan(doc).rules.find((r) => r.id === rule);
    removeAndKeep(doc, 'rule', rule, JO);
    removeAndKeep(doc, 'member', gran, JO);
    expect(readRemovals(doc).map((r) => [r.kind, r.summary])).toEqual(
      expect.arrayContaining([
        ['rule', 'Gran collects Mia'],
        ['member', 'Rosa'],
      ]),
    );
    for (const removal of readRemovals(doc)) restoreRemoval(doc, removal.id);
    expect(readPlan(doc).rules.find((r) => r.id === rule)).toEqual(before);
    expect(ruleText(doc, rule)).toBeInstanceOf(Y.Text);
    expect(readPlan(doc).rules.find((r) => r.id === rule)?.doers).toEqual([gran]);
  });

  it('does not list what is back on the board, and refuses an unknown removal or a missing item', () => {
    const { doc, gran, shouting } = planBoard();
    removeAndKeep(doc, 'statement', shouting, JO);
    expect(readRemovals(doc)).toHaveLength(1);
    removeNetworkMember(doc, gran);
    expect(readRemovals(doc)).toHaveLength(1);
    expectRefused(doc, 'removal_not_found', () => restoreRemoval(doc, 'x_nothing'));
    // Removed, the deletion undone, and removed again: listed once.
    restoreRemoval(doc, readRemovals(doc)[0]!.id);
    const undoable = createUndoableDeletion(doc, ROOT.statements, (d, id, origin) => removeAndKeep(d, 'statement', id, JO, origin));
    undoable.delete(shouting);
    expect(undoable.undoDelete()).toBe(true);
    expect(readRemovals(doc).filter((r) => r.itemId === shouting)).toHaveLength(0);
    undoable.delete(shouting);
    expect(readRemovals(doc).filter((r) => r.itemId === shouting)).toHaveLength(1);
    undoable.destroy();
    expectRefused(doc, 'statement_not_found', () => removeAndKeep(doc, 'statement', shouting, JO));
  });
});
