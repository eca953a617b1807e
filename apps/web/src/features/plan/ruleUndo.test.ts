import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNetworkMember, addRule, editRuleText, readPlan } from '@kinboard/model';
import { createRuleUndo } from './ruleUndo';

describe('createRuleUndo', () => {
  it('brings back a deleted rule with its people and place, and leaves typing alone', () => {
    const doc = new Y.Doc();
    const asha = addNetworkMember(doc, { name: 'Asha' });
    const first = addRule(doc, { text: 'Asha walks Sam to school', doers: [asha] });
    const second = addRule(doc, { text: 'Grandad calls every evening' });
    const undo = createRuleUndo(doc, { id: 'p_test', name: 'Tester' });
    undo.delete(first);
    editRuleText(doc, second, 'Grandad calls every evening at six');
    expect(readPlan(doc).rules.map((r) => r.id)).toEqual([second]);
    expect(undo.undoDelete()).toBe(true);
    const rules = readPlan(doc).rules;
    expect(rules.map((r) => r.id)).toEqual([first, second]);
    expect(rules[0]!.doers).toEqual([asha]);
    expect(rules[1]!.text).toBe('Grandad calls every evening at six');
    expect(undo.undoDelete()).toBe(false);
    undo.destroy();
  });
});
