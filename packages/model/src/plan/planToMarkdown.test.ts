import { describe, expect, it } from 'vitest';
import { domainStatements, readMapping } from '../mapping/readMapping';
import { addStatementToDomain } from '../mapping/fileStatement';
import { addNetworkMember, readNetwork } from '../network/networkMembers';
import { readBoard } from '../readBoard';
import { statementsMap } from '../schema';
import { GRAN, newBoard } from '../test/board';
import { planView, ruleView } from '../test/planViews';
import { addPlanLine } from './planLines';
import { planLinesMap, planRulesMap, planTrajectoryMap } from './planSchema';
import { readPlan } from './readPlan';
import { setRuleWhatIf } from './ruleFields';
import { addRule } from './rules';
import { addTrajectoryItem } from './trajectory';
import { planToMarkdown, spellDate, type PlanCopyOptions } from './planToMarkdown';
import type { PlanView } from './readPlan';

const network = [
  { id: 'm_mum', name: 'Leanne' },
  { id: 'm_gran', name: 'Rosa' },
  { id: 'm_uncle', name: 'Dev' },
];
const dangerStatements = [
  { id: 's_shouting', text: 'We are worried that when Dad drinks he shouts and throws things, and Mia could be hurt.' },
  { id: 's_unwell', text: 'We are worried that when Mum is too unwell to get up, Mia misses school and meals.' },
  { id: 's_alone', text: 'We are worried Mia is left on her own at night.' },
];
const options: PlanCopyOptions = {
  boardTitle: 'Family network meeting for Mia',
  printedAt: '14 March 2025, 18:30',
  planName: 'Safety plan',
  network,
  dangerStatements,
};

const plan: PlanView = planView({
  status: 'agreed',
  agreement: {
    at: Date.UTC(2025, 2, 14, 18, 0),
    by: [
      { memberId: 'm_mum', name: 'Leanne' },
      { memberId: null, name: 'Sam' },
    ],
  },
  changesSinceAgreed: { rulesAdded: [], rulesRemoved: [], rulesChanged: [], fieldsChanged: [], any: false },
  rules: [
    ruleView({
      id: 'r_fridays',
      text: 'Gran stays over on Friday nights.\nShe sleeps in the front room.',
      doers: ['m_gran'],
      when: 'every Friday',
      times: ['18:30'],
      statements: ['s_shouting'],
      ifAway: 'Dev stays instead.',
      backups: ['m_uncle'],
      warningSigns: 'Dad comes home after 9.',
      warningActors: ['m_mum', 'm_gran'],
      ifHappening: 'Gran takes Mia to hers and rings the police on 999.',
    }),
    ruleView({ id: 'r_school', text: 'Mum or Dev walks Mia to school.', doers: ['m_mum', 'm_uncle'], statements: ['s_unwell'] }),
    ruleView({ id: 'r_empty', text: '' }),
  ],
  stressPoints: [{ id: 'l_1', text: 'Payday weekends', order: 'V' }],
  bottomLines: [{ id: 'l_2', text: 'Dad does not look after Mia when he has been drinking.', order: 'V' }],
  contingency: 'If the plan cannot be kept, Mia stays with Gran.',
  trajectory: [
    { id: 't_1', date: '2025-04-14', kind: 'review', label: 'Network meeting' },
    { id: 't_2', date: '2025-06-02', kind: 'milestone', label: '' },
    { id: 't_3', date: '2025-09-01', kind: 'closure', label: 'If the plan has held all summer' },
  ],
  reviewDates: ['2025-04-14'],
});

const FULL = `# Safety plan

Board: Family network meeting for Mia  
Printed: 14 March 2025, 18:30

Agreed on 14 March 2025 by Leanne and Sam.

## Bottom lines

These must always happen. They are set by the agency and are not part of what the family decides.

- Dad does not look after Mia when he has been drinking.

## Rules

### Rule 1

Gran stays over on Friday nights.  
She sleeps in the front room.

- **Who:** Rosa
- **When:** every Friday (18:30)
- **Answers the danger statement:** “We are worried that when Dad drinks he shouts and throws things, and Mia could be hurt.”
- **If Rosa is ill or away:** Dev stays instead. Steps in: Dev.
- **Early warning signs:** Dad comes home after 9. Who acts: Leanne and Rosa.
- **If it is already happening:** Gran takes Mia to hers and rings the police on 999.

### Rule 2

Mum or Dev walks Mia to school.

- **Who:** Leanne and Dev
- **Answers the danger statement:** “We are worried that when Mum is too unwell to get up, Mia misses school and meals.”

### Rule 3

_No words yet._

- **Who:** not decided yet

## Trigger times and stress points

- Payday weekends

## If the plan cannot be kept

If the plan cannot be kept, Mia stays with Gran.

## Review dates

- 14 April 2025

## From now to closing the case

- 14 April 2025: Review meeting: Network meeting
- 2 June 2025: Milestone
- 1 September 2025: The case can close: If the plan has held all summer

## Danger statements the plan does not answer yet

- “We are worried Mia is left on her own at night.”
`;

describe('planToMarkdown', () => {
  it('writes the whole plan in the family’s words', () => {
    expect(planToMarkdown(plan, options)).toBe(FULL);
  });

  it('names the kind of meeting under the board when one was chosen', () => {
    const md = planToMarkdown(plan, { ...options, meetingKind: 'Family network meeting' });
    expect(md).toContain('Board: Family network meeting for Mia  \nMeeting: Family network meeting  \nPrinted: 14 March 2025, 18:30');
  });

  it('[M25] names the board and when it was printed, and none of the ids the board holds', () => {
    const doc = newBoard();
    const gran = addNetworkMember(doc, { name: 'Rosa', relationship: 'gran' });
    const dev = addNetworkMember(doc, { name: 'Dev' });
    const danger = addStatementToDomain(doc, {
      domain: 'danger-statements',
      text: 'We are worried Mia will be hurt when Dad drinks.',
      author: GRAN,
    });
    addStatementToDomain(doc, { domain: 'danger-statements', text: 'We are worried Mia is left alone at night.', author: GRAN });
    addRule(doc, { text: 'Rosa stays on Fridays.', doers: [gran], statements: [danger] });
    const ruleId = addRule(doc, { text: 'Dev walks Mia to school.', doers: [dev] });
    setRuleWhatIf(doc, ruleId, { ifAway: 'Rosa walks her.', backups: [gran], warningActors: [dev] });
    addPlanLine(doc, 'bottom-lines', { text: 'Dad does not look after Mia after drinking.' });
    addPlanLine(doc, 'stress-points', { text: 'Payday weekends' });
    addTrajectoryItem(doc, { date: '2025-04-14', kind: 'review', label: 'Network meeting' });
    const mapping = readMapping(doc);
    const text = planToMarkdown(readPlan(doc), {
      boardTitle: readBoard(doc).title,
      printedAt: '14 March 2025 at 18:30',
      planName: 'Safety plan',
      network: readNetwork(doc),
      dangerStatements: domainStatements(mapping, 'danger-statements'),
    });
    expect(text).toContain('Board: Family network meeting  \n');
    expect(text).toContain('Printed: 14 March 2025 at 18:30\n');
    expect(text).toContain('Rosa stays on Fridays.');
    expect(text).toContain('Steps in: Rosa.');
    const ids = [
      ...statementsMap(doc).keys(),
      ...planRulesMap(doc).keys(),
      ...planLinesMap(doc).keys(),
      ...planTrajectoryMap(doc).keys(),
      ...readNetwork(doc).map((m) => m.id),
      GRAN.id,
    ];
    expect(ids.length).toBe(10);
    for (const id of ids) expect(text, `the copy shows the id ${id}`).not.toContain(id);
    for (const link of ['http', '://', '/b/', 'ticket', 'token']) expect(text).not.toContain(link);
  });

  it.each([
    ['a draft', planView(), 'This plan is a draft: it has not been agreed yet.'],
    [
      'a plan changed since agreement',
      planView({
        status: 'agreed',
        agreement: { at: 0, by: [{ memberId: null, name: 'Rosa' }] },
        changesSinceAgreed: { rulesAdded: ['r'], rulesRemoved: [], rulesChanged: [], fieldsChanged: [], any: true },
      }),
      'Agreed on 1 January 1970 by Rosa. It has been changed since then and needs agreeing again.',
    ],
    ['no rules', planView(), 'No rules yet.'],
  ])('says so for %s', (_, view, line) => {
    expect(planToMarkdown(view, options).split('\n')).toContain(line);
  });

  it.each([
    ['*Never* leave Mia alone', '\\*Never\\* leave Mia alone'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a numbered list', '1\\. not a numbered list'],
    ['<script>', '\\<script\\>'],
    ['Gran_s [link](x)', 'Gran\\_s \\[link\\](x)'],
    ['plain words, with 10 commas & ampersands', 'plain words, with 10 commas & ampersands'],
  ])('escapes formatting in %j', (typed, printed) => {
    const view = planView({ rules: [ruleView({ id: 'r', text: typed })] });
    expect(planToMarkdown(view, options)).toContain(`### Rule 1\n\n${printed}\n`);
  });

  it('puts the person’s own part first in their copy (what they do, then what they back up), keeping rule numbers', () => {
    const text = planToMarkdown(plan, { ...options, forMemberId: 'm_uncle' });
    const headings = text.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('### '));
    expect(headings).toEqual([
      '## Bottom lines',
      '## Your part',
      '### Rule 2',
      '### Rule 1',
      "## Everyone else's part",
      '### Rule 3',
      '## Trigger times and stress points',
      '## If the plan cannot be kept',
      '## Review dates',
      '## From now to closing the case',
      '## Danger statements the plan does not answer yet',
    ]);
  });

  it('lets the caller write the moment of agreement in the reader’s time zone', () => {
    const text = planToMarkdown(plan, { ...options, formatAgreedAt: (at) => `${new Date(at).getUTCHours() + 1}:00 on Friday` });
    expect(text).toContain('Agreed on 19:00 on Friday by Leanne and Sam.');
  });

  it('says when a rule names nobody for the person', () => {
    expect(planToMarkdown(plan, { ...options, forMemberId: 'm_someone' })).toContain('## Your part\n\nNo rule names you yet.\n');
  });

  it('ends with the words of the drawings that go with the plan, and leaves out a drawing nobody has described', () => {
    const story = 'Mum and Dad love Mia.\nSometimes Dad drinks and shouts, and Mia is scared.\nNow Gran stays on Fridays.';
    const text = planToMarkdown(plan, {
      ...options,
      drawings: [
        { title: 'Words and pictures', text: story },
        { title: 'Network map', text: '  ' },
      ],
    });
    expect(
      text.endsWith(
        '## Words and pictures\n\nMum and Dad love Mia.  \nSometimes Dad drinks and shouts, and Mia is scared.  \nNow Gran stays on Fridays.\n',
      ),
    ).toBe(true);
    expect(text).not.toContain('Network map');
  });

  it.each([
    ['2025-03-04', '4 March 2025'],
    ['2024-12-31', '31 December 2024'],
  ])('spells %s as %s', (date, spelled) => {
    expect(spellDate(date)).toBe(spelled);
  });
});
