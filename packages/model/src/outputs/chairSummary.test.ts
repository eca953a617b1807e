import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { setDecision, setMeetingKind, NO_DECISION } from '../meeting/meetingKind';
import { addStatement } from '../statements';
import { WORKER } from '../test/board';
import { DANGER_WORDS, GOAL_WORDS, outputsBoard } from '../test/outputsBoard';
import { chairSummary, summaryToJson } from './chairSummary';
import { readOutputSource } from './outputSource';
import { summaryToMarkdown } from './summaryMarkdown';
import { CHAIR_SUMMARY_JSON_SCHEMA } from './summarySchema';

function conferenceBoard() {
  const board = outputsBoard();
  setMeetingKind(board.doc, 'initial-conference');
  setDecision(board.doc, {
    ...NO_DECISION,
    planNeeded: true,
    category: 'emotional-abuse',
    nextReview: '2027-03-04',
    disagreements: [{ name: 'Leanne', why: 'She says Dad has stopped drinking' }],
  });
  return board;
}

describe('chairSummary', () => {
  it('lists the seven domains in the order of the practice, each with what was written there', () => {
    const summary = chairSummary(readOutputSource(conferenceBoard().doc), { meetingDate: '3 December 2026' });
    expect(summary.domains.map((d) => d.id)).toEqual([
      'harm',
      'danger-statements',
      'complicating-factors',
      'existing-strengths',
      'existing-safety',
      'goals',
      'next-steps',
    ]);
    expect(summary.domains[0]?.statements[0]).toMatchObject({
      text: 'Mia had a bruise on her arm after a row at home.',
      source: 'Rosa',
      evidence: 'seen-or-heard',
      harm: { when: 'Last March', howSevere: 'A doctor saw the bruise', impactOnChild: 'Mia would not go home', howOften: '' },
    });
    const danger = summary.domains[1]?.statements.find((s) => s.text === DANGER_WORDS);
    expect(danger).toMatchObject({ goal: GOAL_WORDS, source: "Children's services" });
    expect(summary.domains[1]?.statements.find((s) => s.text !== DANGER_WORDS)?.goal).toBeNull();
    expect(summary.domains[2]?.statements.map((s) => [s.text, s.evidence])).toContainEqual(['Mum seems tired all the time.', 'opinion']);
    expect(summary.domains[5]?.statements.map((s) => s.text)).toEqual([GOAL_WORDS]);
    expect(summary.planSteps).toContainEqual({ what: 'Leanne walks Mia to school.', who: ['Leanne'], when: 'every school morning' });
  });

  it('gives every person’s number and reasons, the meeting’s kind and the decision in the words of a conference', () => {
    const summary = chairSummary(readOutputSource(conferenceBoard().doc), { meetingDate: '3 December 2026' });
    expect(summary.scales[0]?.answers.map((a) => [a.name, a.value, a.whyNotLower])).toEqual([
      ['Leanne', 5, 'Leanne sees Gran there every evening'],
      ['Rosa', 7, 'Rosa sees Gran there every evening'],
    ]);
    expect(summary.meetingKindName).toBe('Initial child protection conference');
    expect(summary.decisionLines).toEqual([
      'A child protection plan is needed: yes',
      'Category: Emotional abuse',
      'Next review: 4 March 2027',
      'Leanne disagreed: She says Dad has stopped drinking',
    ]);
  });

  it('writes Markdown with the domains in order, the goal under its danger statement, fact or opinion and the scales', () => {
    const md = summaryToMarkdown(chairSummary(readOutputSource(conferenceBoard().doc), { meetingDate: '3 December 2026' }));
    const at = (words: string) => md.indexOf(words);
    const headings = [
      '## Harm',
      '## Danger statements',
      '## Complicating factors',
      '## Existing strengths',
      '## Existing safety',
      '## Safety goals',
      '## Next steps',
      '## Scales',
    ];
    for (const h of headings) expect(md).toContain(h);
    expect(headings.map(at)).toEqual([...headings.map(at)].sort((a, b) => a - b));
    expect(md).toContain('Initial child protection conference, 3 December 2026');
    expect(md).toContain('(from Rosa; seen or heard first-hand)');
    expect(md).toContain('Mum seems tired all the time. (opinion)');
    expect(md).toContain('  - When it happened: Last March');
    expect(at('Safety goal: Mia will be looked after')).toBeGreaterThan(at('Children’s services are worried'));
    expect(md).toContain('- **Rosa: 7**');
    expect(md).toContain('Category: Emotional abuse');
  });

  it('writes JSON that the published JSON Schema accepts, and the schema refuses a summary missing a domain', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(CHAIR_SUMMARY_JSON_SCHEMA);
    const json = JSON.parse(summaryToJson(chairSummary(readOutputSource(conferenceBoard().doc), { meetingDate: '3 December 2026' })));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const blank = JSON.parse(summaryToJson(chairSummary(readOutputSource(outputsBoard().doc), { meetingDate: 'today' })));
    expect(validate(blank), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json, domains: json.domains.slice(1) })).toBe(false);
    expect(validate({ ...json, meetingKind: 'tea party' })).toBe(false);
  });
});

describe('chairSummary of a three-column board', () => {
  it('lists statements nobody filed under their column as not sorted, never under the domain nobody chose', () => {
    const board = outputsBoard();
    addStatement(board.doc, { section: 'worries', text: 'Dad drinks on Friday nights', author: WORKER });
    const summary = chairSummary(readOutputSource(board.doc), { meetingDate: 'today' });
    expect(summary.domains[2]?.statements.map((s) => s.text)).not.toContain('Dad drinks on Friday nights');
    expect(summary.unsorted.map((g) => [g.column, g.statements.map((s) => s.text)])).toEqual([
      ['What are we worried about?', ['Dad drinks on Friday nights']],
    ]);
    expect(summaryToMarkdown(summary)).toContain(
      '## Not sorted into a domain yet: What are we worried about?\n\n- Dad drinks on Friday nights',
    );
  });
});
