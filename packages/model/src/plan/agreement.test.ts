import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from '../errors';
import { removeNetworkMember } from '../network/networkMembers';
import { expectRefused } from '../test/board';
import { planBoard } from '../test/planBoard';
import { agreePlan, returnPlanToDraft } from './agreement';
import { editContingency } from './contingency';
import { addPlanLine } from './planLines';
import { readPlan } from './readPlan';
import { editRuleText, setRuleDoers } from './ruleFields';
import { addRule, deleteRule, moveRule } from './rules';
import { addTrajectoryItem } from './trajectory';

const AGREED_AT = Date.UTC(2025, 2, 14, 18, 30);

describe('agreeing the plan', () => {
  it('starts as a draft and records who agreed and when', () => {
    const { doc, mum, gran } = planBoard();
    addRule(doc, { text: 'Gran stays over on Fridays', doers: [gran] });
    expect(readPlan(doc)).toMatchObject({ status: 'draft', agreement: null, changesSinceAgreed: null });
    agreePlan(doc, { by: [{ memberId: mum, name: 'Leanne' }, { name: ' Sam (social worker) ' }], at: AGREED_AT });
    const plan = readPlan(doc);
    expect(plan.status).toBe('agreed');
    expect(plan.agreement).toEqual({
      at: AGREED_AT,
      by: [
        { memberId: mum, name: 'Leanne' },
        { memberId: null, name: 'Sam (social worker)' },
      ],
    });
    expect(plan.changesSinceAgreed).toEqual({ rulesAdded: [], rulesRemoved: [], rulesChanged: [], fieldsChanged: [], any: false });
  });

  it('[M24] shows every change made after agreement until it is agreed again', () => {
    const { doc, gran, uncle } = planBoard();
    const stays = addRule(doc, { text: 'Gran stays over on Fridays', doers: [gran] });
    const school = addRule(doc, { text: 'Uncle Dev takes Mia to school', doers: [uncle] });
    const gone = addRule(doc, { text: 'Mum texts Gran every night' });
    agreePlan(doc, { by: [{ name: 'Leanne' }], at: AGREED_AT });

    editRuleText(doc, stays, 'Gran stays over on Fridays and Saturdays');
    setRuleDoers(doc, stays, [gran, uncle]);
    removeNetworkMember(doc, uncle); // takes Dev out of both rules
    deleteRule(doc, gone);
    const added = addRule(doc, { text: 'Mia has a phone with Gran’s number' });
    moveRule(doc, school, 0);
    addPlanLine(doc, 'stress-points', { text: 'Anniversary of Nan’s death in May' });
    editContingency(doc, 'Mia stays with Gran.');
    addTrajectoryItem(doc, { date: '2025-04-14', kind: 'review' });

    expect(readPlan(doc).changesSinceAgreed).toEqual({
      rulesAdded: [added],
      rulesRemoved: [{ id: gone, text: 'Mum texts Gran every night' }],
      rulesChanged: [
        { id: school, fields: ['doers'] },
        { id: stays, fields: ['text'] },
      ],
      fieldsChanged: ['ruleOrder', 'stressPoints', 'contingency', 'trajectory'],
      any: true,
    });

    agreePlan(doc, { by: [{ name: 'Leanne' }, { name: 'Rosa' }], at: AGREED_AT + 1000 });
    const plan = readPlan(doc);
    expect(plan.changesSinceAgreed?.any).toBe(false);
    expect(plan.agreement?.by.map((p) => p.name)).toEqual(['Leanne', 'Rosa']);
  });

  it('goes back to draft on request', () => {
    const { doc } = planBoard();
    agreePlan(doc, { by: [{ name: 'Leanne' }] });
    returnPlanToDraft(doc);
    expect(readPlan(doc)).toMatchObject({ status: 'draft', agreement: null, changesSinceAgreed: null });
    returnPlanToDraft(doc);
  });

  it('[M6] refuses an agreement with nobody, a blank name or an unknown member', () => {
    const { doc } = planBoard();
    expectRefused(doc, ModelErrorCode.invalidAgreement, () => agreePlan(doc, { by: [] }));
    expectRefused(doc, ModelErrorCode.invalidAgreement, () => agreePlan(doc, { by: [{ name: '  ' }] }));
    expectRefused(doc, ModelErrorCode.memberNotFound, () => agreePlan(doc, { by: [{ memberId: 'm_nobody', name: 'Who' }] }));
    expectRefused(doc, ModelErrorCode.invalidAgreement, () => agreePlan(doc, { by: [{ name: 'Leanne' }], at: Number.NaN }));
  });

  it('[M7] reads an agreement it cannot understand as a draft, and counts it', () => {
    const { doc } = planBoard();
    doc.getMap('plan').set('agreement', { at: 1, by: [{ name: 'x', memberId: null }], content: { rules: 'nope' } });
    expect(readPlan(doc)).toMatchObject({ status: 'draft', agreement: null, unreadable: 1 });
  });
});
