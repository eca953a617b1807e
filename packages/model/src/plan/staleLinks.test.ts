import { describe, expect, it } from 'vitest';
import { addStatementToDomain, fileStatement } from '../mapping/fileStatement';
import { domainStatements, readMapping } from '../mapping/readMapping';
import { deleteStatement } from '../statements';
import { GRAN, newBoard } from '../test/board';
import { planCoverage } from './planCoverage';
import { readPlan } from './readPlan';
import { linkRuleToStatement, unlinkRuleFromStatement } from './ruleFields';
import { addRule } from './rules';

function board() {
  const doc = newBoard();
  const dangerId = addStatementToDomain(doc, { domain: 'danger-statements', text: 'We are worried Mia will be hurt.', author: GRAN });
  const ruleId = addRule(doc, { text: 'Gran stays on Fridays.', statements: [dangerId] });
  const coverage = () =>
    planCoverage(
      readPlan(doc),
      domainStatements(readMapping(doc), 'danger-statements').map((s) => s.id),
    );
  return { doc, dangerId, ruleId, coverage };
}

describe('a rule linked to a statement that stops being a danger statement', () => {
  it('no longer answers it, shows the link as stale, and counts it again once it is filed back', () => {
    const { doc, dangerId, ruleId, coverage } = board();
    expect(coverage().complete).toBe(true);
    fileStatement(doc, dangerId, 'complicating-factors');
    const rule = readPlan(doc).rules[0]!;
    expect(rule.statements).toEqual([]);
    expect(rule.staleStatements).toEqual([dangerId]);
    expect(rule.removed.statements).toBe(0);
    expect(coverage().rulesAnsweringNothing).toEqual([ruleId]);
    fileStatement(doc, dangerId, 'danger-statements');
    expect(readPlan(doc).rules[0]).toMatchObject({ statements: [dangerId], staleStatements: [] });
    expect(coverage()).toMatchObject({ gaps: [], complete: true });
  });

  it('can be unlinked while stale', () => {
    const { doc, dangerId, ruleId } = board();
    fileStatement(doc, dangerId, 'harm');
    unlinkRuleFromStatement(doc, ruleId, dangerId);
    fileStatement(doc, dangerId, 'danger-statements');
    expect(readPlan(doc).rules[0]).toMatchObject({ statements: [], staleStatements: [] });
  });

  it('is dropped and counted as removed once the statement is deleted', () => {
    const { doc, dangerId, ruleId } = board();
    const other = addStatementToDomain(doc, { domain: 'existing-strengths', text: 'Gran is there every week.', author: GRAN });
    linkRuleToStatement(doc, ruleId, other);
    deleteStatement(doc, dangerId);
    const plan = readPlan(doc);
    expect(plan.rules[0]).toMatchObject({ statements: [], staleStatements: [other] });
    expect(plan.removed.statements).toBe(1);
  });
});
