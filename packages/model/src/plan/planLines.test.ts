import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from '../errors';
import { expectRefused } from '../test/board';
import { planBoard } from '../test/planBoard';
import { editContingency } from './contingency';
import { addPlanLine, editPlanLine, movePlanLine, removePlanLine } from './planLines';
import { MAX_PLAN_LINE_LENGTH } from './planChecks';
import { ADVISED_MAX_BOTTOM_LINES, readPlan } from './readPlan';
import { addRule } from './rules';
import { addTrajectoryItem, removeTrajectoryItem, updateTrajectoryItem } from './trajectory';

describe('stress points and bottom lines', () => {
  it('keeps the two lists apart, each in its own order', () => {
    const { doc } = planBoard();
    const evenings = addPlanLine(doc, 'stress-points', { text: ' Friday evenings after payday ' });
    addPlanLine(doc, 'stress-points', { text: 'Contact visits with Dad', index: 0 });
    const alcohol = addPlanLine(doc, 'bottom-lines', { text: 'Dad does not look after Mia when he has been drinking' });
    addPlanLine(doc, 'bottom-lines', { text: 'Mia is never left alone overnight' });
    let plan = readPlan(doc);
    expect(plan.stressPoints.map((l) => l.text)).toEqual(['Contact visits with Dad', 'Friday evenings after payday']);
    expect(plan.bottomLines.map((l) => l.text)).toEqual([
      'Dad does not look after Mia when he has been drinking',
      'Mia is never left alone overnight',
    ]);
    movePlanLine(doc, evenings, 0);
    editPlanLine(doc, alcohol, 'Dad never looks after Mia when he has been drinking');
    removePlanLine(doc, alcohol);
    plan = readPlan(doc);
    expect(plan.stressPoints.map((l) => l.text)).toEqual(['Friday evenings after payday', 'Contact visits with Dad']);
    expect(plan.bottomLines.map((l) => l.text)).toEqual(['Mia is never left alone overnight']);
  });

  it(`warns when there are more than ${ADVISED_MAX_BOTTOM_LINES} bottom lines, and when a rule has nobody doing it`, () => {
    const { doc, gran } = planBoard();
    for (let i = 1; i <= ADVISED_MAX_BOTTOM_LINES; i++) addPlanLine(doc, 'bottom-lines', { text: `Bottom line ${i}` });
    const id = addRule(doc, { text: 'Gran visits', doers: [gran] });
    expect(readPlan(doc).warnings).toEqual([]);
    addPlanLine(doc, 'bottom-lines', { text: 'One too many' });
    const empty = addRule(doc, { text: 'Someone checks the fridge' });
    expect(readPlan(doc).warnings).toEqual([
      { code: 'too_many_bottom_lines', count: ADVISED_MAX_BOTTOM_LINES + 1, advisedMost: ADVISED_MAX_BOTTOM_LINES },
      { code: 'rule_without_doer', ruleId: empty },
    ]);
    expect(id).toBeTruthy();
  });

  it('[M6] refuses empty or long lines, unknown lists and unknown ids', () => {
    const { doc } = planBoard();
    const id = addPlanLine(doc, 'bottom-lines', { text: 'ok' });
    expectRefused(doc, ModelErrorCode.invalidText, () => addPlanLine(doc, 'stress-points', { text: '   ' }));
    expectRefused(doc, ModelErrorCode.invalidText, () => addPlanLine(doc, 'stress-points', { text: 'x'.repeat(501) }));
    expectRefused(doc, ModelErrorCode.planItemNotFound, () => addPlanLine(doc, 'wishes' as never, { text: 'x' }));
    expectRefused(doc, ModelErrorCode.invalidText, () => editPlanLine(doc, id, 'x'.repeat(MAX_PLAN_LINE_LENGTH + 1)));
    expectRefused(doc, ModelErrorCode.planItemNotFound, () => editPlanLine(doc, 'l_nothing', 'x'));
    expectRefused(doc, ModelErrorCode.planItemNotFound, () => removePlanLine(doc, 'l_nothing'));
  });
});

describe('trajectory and review dates', () => {
  it('reads items by date, and the review dates from the review items', () => {
    const { doc } = planBoard();
    addTrajectoryItem(doc, { date: '2025-09-01', kind: 'closure', label: 'Case can close if the plan has held' });
    const review = addTrajectoryItem(doc, { date: '2025-04-14', kind: 'review', label: 'Network meeting' });
    addTrajectoryItem(doc, { date: '2025-06-02', kind: 'milestone', label: 'Dad finishes the course' });
    addTrajectoryItem(doc, { date: '2025-06-02', kind: 'review' });
    let plan = readPlan(doc);
    expect(plan.trajectory.map((t) => [t.date, t.kind])).toEqual([
      ['2025-04-14', 'review'],
      ['2025-06-02', 'review'],
      ['2025-06-02', 'milestone'],
      ['2025-09-01', 'closure'],
    ]);
    expect(plan.reviewDates).toEqual(['2025-04-14', '2025-06-02']);
    updateTrajectoryItem(doc, review, { date: '2025-07-01' });
    plan = readPlan(doc);
    expect(plan.reviewDates).toEqual(['2025-06-02', '2025-07-01']);
    removeTrajectoryItem(doc, review);
    expect(readPlan(doc).trajectory).toHaveLength(3);
  });

  it('[M6] refuses dates that are not real and kinds it does not know', () => {
    const { doc } = planBoard();
    const id = addTrajectoryItem(doc, { date: '2025-02-28', kind: 'review' });
    expectRefused(doc, ModelErrorCode.invalidDate, () => addTrajectoryItem(doc, { date: '2025-02-29', kind: 'review' }));
    expectRefused(doc, ModelErrorCode.invalidDate, () => addTrajectoryItem(doc, { date: '14/04/2025', kind: 'review' }));
    expectRefused(doc, ModelErrorCode.invalidText, () => addTrajectoryItem(doc, { date: '2025-04-14', kind: 'party' as never }));
    expectRefused(doc, ModelErrorCode.invalidDate, () => updateTrajectoryItem(doc, id, { date: '2025-13-01' }));
    expectRefused(doc, ModelErrorCode.planItemNotFound, () => updateTrajectoryItem(doc, 't_nothing', { label: 'x' }));
    expect(addTrajectoryItem(doc, { date: '2024-02-29', kind: 'milestone' })).toBeTruthy();
  });
});

describe('contingency', () => {
  it('is one shared text for the plan, edited in place', () => {
    const { doc } = planBoard();
    editContingency(doc, 'If the plan cannot be kept, Mia stays with Gran.');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(doc));
    editContingency(doc, 'If the plan cannot be kept, Mia stays with Gran and Gran rings the social worker.');
    editContingency(b, 'If the plan cannot be kept, Leanne rings Gran and Mia stays with Gran.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(b));
    expect(readPlan(doc).contingency).toBe(readPlan(b).contingency);
    expect(readPlan(doc).contingency).toContain('Leanne rings Gran');
    expect(readPlan(doc).contingency).toContain('rings the social worker');
    expectRefused(doc, ModelErrorCode.invalidText, () => editContingency(doc, 'x'.repeat(5001)));
  });
});
