import { describe, expect, it } from 'vitest';
import { planView, ruleView } from '../test/planViews';
import { planCoverage, type PlanCoverage } from './planCoverage';

const plan = planView({
  rules: [
    ruleView({ id: 'r1', text: 'Gran collects Amy', statements: ['d1'] }),
    ruleView({ id: 'r2', text: 'Mum calls Gran at six', statements: ['d1', 'd2'] }),
    ruleView({ id: 'r3', text: 'Amy keeps swimming', statements: ['s_strength'] }),
    ruleView({ id: 'r4', text: 'Dad goes to the group' }),
  ],
});

const cases: { name: string; danger: string[]; expected: PlanCoverage }[] = [
  {
    name: 'no danger statements: nothing to answer',
    danger: [],
    expected: { statements: [], gaps: [], complete: true, rulesAnsweringNothing: ['r1', 'r2', 'r3', 'r4'] },
  },
  {
    name: 'every danger statement answered',
    danger: ['d2', 'd1'],
    expected: {
      statements: [
        { statementId: 'd2', ruleIds: ['r2'] },
        { statementId: 'd1', ruleIds: ['r1', 'r2'] },
      ],
      gaps: [],
      complete: true,
      rulesAnsweringNothing: ['r3', 'r4'],
    },
  },
  {
    name: 'a danger statement no rule answers is a gap',
    danger: ['d1', 'd3', 'd2', 'd3'],
    expected: {
      statements: [
        { statementId: 'd1', ruleIds: ['r1', 'r2'] },
        { statementId: 'd3', ruleIds: [] },
        { statementId: 'd2', ruleIds: ['r2'] },
      ],
      gaps: ['d3'],
      complete: false,
      rulesAnsweringNothing: ['r3', 'r4'],
    },
  },
];

describe('planCoverage', () => {
  it.each(cases)('[M23] $name', ({ danger, expected }) => {
    expect(planCoverage(plan, danger)).toEqual(expected);
  });

  it('[M23] a rule with no words answers nothing, even when it is linked', () => {
    const withEmpty = planView({
      rules: [
        ruleView({ id: 'r1', text: '   ', statements: ['d1'] }),
        ruleView({ id: 'r2', text: 'Gran collects Amy', statements: ['d2'] }),
      ],
    });
    expect(planCoverage(withEmpty, ['d1', 'd2'])).toEqual({
      statements: [
        { statementId: 'd1', ruleIds: [] },
        { statementId: 'd2', ruleIds: ['r2'] },
      ],
      gaps: ['d1'],
      complete: false,
      rulesAnsweringNothing: ['r1'],
    });
  });

  it('an empty plan leaves every danger statement a gap', () => {
    expect(planCoverage(planView(), ['d1', 'd2'])).toMatchObject({ gaps: ['d1', 'd2'], complete: false });
  });
});
