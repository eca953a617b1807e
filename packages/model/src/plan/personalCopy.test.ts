import { describe, expect, it } from 'vitest';
import { planView, ruleView } from '../test/planViews';
import { personalCopyOrder, type RuleRole } from './personalCopy';

const plan = planView({
  rules: [
    ruleView({ id: 'r1', doers: ['gran'] }),
    ruleView({ id: 'r2', doers: ['mum'], backups: ['gran'] }),
    ruleView({ id: 'r3', doers: ['mum', 'gran'], warningActors: ['gran'] }),
    ruleView({ id: 'r4', doers: ['uncle'], warningActors: ['gran'] }),
    ruleView({ id: 'r5', doers: ['uncle'] }),
  ],
});

const cases: { member: string; expected: [string, boolean, RuleRole[]][] }[] = [
  {
    member: 'gran',
    expected: [
      ['r1', true, ['doer']],
      ['r3', true, ['doer', 'warningActor']],
      ['r2', true, ['backup']],
      ['r4', true, ['warningActor']],
      ['r5', false, []],
    ],
  },
  {
    member: 'mum',
    expected: [
      ['r2', true, ['doer']],
      ['r3', true, ['doer']],
      ['r1', false, []],
      ['r4', false, []],
      ['r5', false, []],
    ],
  },
  {
    member: 'someone-not-in-any-rule',
    expected: [
      ['r1', false, []],
      ['r2', false, []],
      ['r3', false, []],
      ['r4', false, []],
      ['r5', false, []],
    ],
  },
];

describe('personalCopyOrder', () => {
  it.each(cases)('puts $member’s own rules first, in plan order', ({ member, expected }) => {
    expect(personalCopyOrder(plan, member).map((r) => [r.rule.id, r.isTheirs, r.roles])).toEqual(expected);
  });

  it('does not reorder the plan it was given', () => {
    personalCopyOrder(plan, 'uncle');
    expect(plan.rules.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });
});
