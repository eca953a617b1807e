import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from '../errors';
import { removeNetworkMember } from '../network/networkMembers';
import { deleteStatement } from '../statements';
import { expectRefused } from '../test/board';
import { planBoard } from '../test/planBoard';
import { editRuleText, linkRuleToStatement, setRuleDoers, setRuleWhatIf, setRuleWhen, unlinkRuleFromStatement } from './ruleFields';
import { addRule, deleteRule, moveRule, ruleText } from './rules';
import { readPlan } from './readPlan';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('rules of the plan', () => {
  it('adds a rule with who, when and what it answers, and reads it back', () => {
    const { doc, gran, mum, shouting } = planBoard();
    const id = addRule(doc, {
      text: 'Gran stays over on Friday nights',
      doers: [gran, mum, gran],
      when: 'every Friday',
      times: ['21:00', '18:30', '21:00'],
      statements: [shouting],
    });
    const [rule] = readPlan(doc).rules;
    expect(rule).toMatchObject({
      id,
      text: 'Gran stays over on Friday nights',
      doers: [mum, gran], // network order
      when: 'every Friday',
      times: ['18:30', '21:00'],
      statements: [shouting],
      ifAway: '',
      backups: [],
      removed: { doers: 0, backups: 0, warningActors: 0, statements: 0 },
    });
  });

  it('edits each field, keeping the rest', () => {
    const { doc, gran, uncle, mum, shouting, unwell } = planBoard();
    const id = addRule(doc, { text: 'Gran walks Mia to school' });
    editRuleText(doc, id, 'Gran walks Mia to school and waits at the gate');
    setRuleDoers(doc, id, [gran]);
    setRuleWhen(doc, id, { text: 'school mornings', times: ['08:15'] });
    setRuleWhen(doc, id, { text: 'every school morning' });
    setRuleWhatIf(doc, id, {
      ifAway: 'Uncle Dev walks her instead',
      backups: [uncle],
      warningSigns: 'Mia is late or hungry',
      warningActors: [mum, gran],
    });
    setRuleWhatIf(doc, id, { ifHappening: 'Rosa phones the school and brings Mia to hers' });
    linkRuleToStatement(doc, id, unwell);
    linkRuleToStatement(doc, id, shouting);
    linkRuleToStatement(doc, id, shouting);
    unlinkRuleFromStatement(doc, id, shouting);
    expect(readPlan(doc).rules[0]).toMatchObject({
      text: 'Gran walks Mia to school and waits at the gate',
      doers: [gran],
      when: 'every school morning',
      times: ['08:15'],
      statements: [unwell],
      ifAway: 'Uncle Dev walks her instead',
      backups: [uncle],
      warningSigns: 'Mia is late or hungry',
      warningActors: [mum, gran],
      ifHappening: 'Rosa phones the school and brings Mia to hers',
    });
    editRuleText(doc, id, 'Mia gets to school safe', 'warningSigns');
    expect(ruleText(doc, id, 'warningSigns').toString()).toBe('Mia gets to school safe');
  });

  it('[M22] orders rules by order key, and moves and deletes them', () => {
    const { doc } = planBoard();
    const a = addRule(doc, { text: 'A' });
    const b = addRule(doc, { text: 'B' });
    const c = addRule(doc, { text: 'C', index: 0 });
    expect(readPlan(doc).rules.map((r) => r.text)).toEqual(['C', 'A', 'B']);
    moveRule(doc, c, 99);
    moveRule(doc, b, 0);
    expect(readPlan(doc).rules.map((r) => r.text)).toEqual(['B', 'A', 'C']);
    deleteRule(doc, a);
    expect(readPlan(doc).rules.map((r) => r.id)).toEqual([b, c]);
  });

  it('[M6] refuses bad input with a coded error and changes nothing', () => {
    const { doc, gran, shouting } = planBoard();
    const id = addRule(doc, { text: 'Gran stays over', id: 'r_1' });
    const long = 'x'.repeat(2001);
    const cases: [ModelErrorCode, () => unknown][] = [
      [ModelErrorCode.invalidText, () => addRule(doc, { text: long })],
      [ModelErrorCode.memberNotFound, () => addRule(doc, { text: 'x', doers: ['m_nobody'] })],
      [ModelErrorCode.statementNotFound, () => addRule(doc, { text: 'x', statements: ['s_nothing'] })],
      [ModelErrorCode.invalidTime, () => addRule(doc, { text: 'x', times: ['25:00'] })],
      [ModelErrorCode.invalidTime, () => setRuleWhen(doc, id, { text: 'evenings', times: ['7pm'] })],
      [ModelErrorCode.duplicateId, () => addRule(doc, { text: 'x', id: 'r_1' })],
      [ModelErrorCode.ruleNotFound, () => editRuleText(doc, 'r_nothing', 'x')],
      [ModelErrorCode.invalidText, () => editRuleText(doc, id, long, 'ifAway')],
      [ModelErrorCode.invalidText, () => ruleText(doc, id, 'colour' as never)],
      [ModelErrorCode.memberNotFound, () => setRuleDoers(doc, id, [gran, 'm_nobody'])],
      [ModelErrorCode.memberNotFound, () => setRuleWhatIf(doc, id, { ifAway: 'ok', backups: ['m_nobody'] })],
      [ModelErrorCode.statementNotFound, () => linkRuleToStatement(doc, id, 's_nothing')],
      [ModelErrorCode.ruleNotFound, () => linkRuleToStatement(doc, 'r_nothing', shouting)],
      [ModelErrorCode.ruleNotFound, () => moveRule(doc, 'r_nothing', 0)],
      [ModelErrorCode.ruleNotFound, () => deleteRule(doc, 'r_nothing')],
    ];
    for (const [code, run] of cases) expectRefused(doc, code, run);
  });

  it('[M20] drops people who left the network and deleted statements, and counts them', () => {
    const { doc, gran, uncle, mum, shouting, unwell } = planBoard();
    const id = addRule(doc, { text: 'x', doers: [gran, uncle], statements: [shouting, unwell] });
    setRuleWhatIf(doc, id, { backups: [uncle], warningActors: [uncle, mum] });
    removeNetworkMember(doc, uncle);
    deleteStatement(doc, shouting);
    const plan = readPlan(doc);
    expect(plan.rules[0]).toMatchObject({ doers: [gran], backups: [], warningActors: [mum], statements: [unwell] });
    expect(plan.rules[0]!.removed).toEqual({ doers: 1, backups: 1, warningActors: 1, statements: 1 });
    expect(plan.removed).toEqual({ doers: 1, backups: 1, warningActors: 1, statements: 1 });
    // Unlinking a deleted statement still works, and clears the count.
    unlinkRuleFromStatement(doc, id, shouting);
    expect(readPlan(doc).removed.statements).toBe(0);
  });

  it('[M21] keeps both when two people link different statements to one rule at once', () => {
    const one = planBoard(1);
    const b = new Y.Doc();
    b.clientID = 2;
    const id = addRule(one.doc, { text: 'x' });
    sync(one.doc, b);
    linkRuleToStatement(one.doc, id, one.shouting);
    linkRuleToStatement(b, id, one.unwell);
    setRuleDoers(one.doc, id, [one.gran]);
    setRuleDoers(b, id, [one.mum]);
    sync(one.doc, b);
    expect(readPlan(one.doc)).toEqual(readPlan(b));
    expect(readPlan(b).rules[0]).toMatchObject({ statements: [one.shouting, one.unwell], doers: [one.mum, one.gran] });
  });

  it('keeps typing in a rule when someone else edits another part of it', () => {
    const one = planBoard(1);
    const b = new Y.Doc();
    b.clientID = 2;
    const id = addRule(one.doc, { text: 'Gran walks Mia to school' });
    sync(one.doc, b);
    editRuleText(one.doc, id, 'Gran walks Mia to school every day');
    editRuleText(b, id, 'Rosa (Gran) walks Mia to school');
    setRuleWhen(b, id, { text: 'mornings' });
    sync(one.doc, b);
    expect(readPlan(one.doc).rules[0]).toMatchObject({ text: 'Rosa (Gran) walks Mia to school every day', when: 'mornings' });
  });

  it('[M7] reads a malformed rule as unreadable instead of throwing', () => {
    const { doc } = planBoard();
    addRule(doc, { text: 'fine' });
    doc.getMap('planRules').set('r_broken', new Y.Map());
    doc.getMap('planRules').set('r_worse', 'not a map' as never);
    const plan = readPlan(doc);
    expect(plan.rules.map((r) => r.text)).toEqual(['fine']);
    expect(plan.unreadable).toBe(2);
  });
});
