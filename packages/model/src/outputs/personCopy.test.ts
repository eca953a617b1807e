import { describe, expect, it } from 'vitest';
import { setMeetingKind, setDecision, NO_DECISION } from '../meeting/meetingKind';
import { DANGER_WORDS, GOAL_WORDS, outputsBoard } from '../test/outputsBoard';
import { readOutputSource } from './outputSource';
import { personCopy } from './personCopy';
import { personCopyToMarkdown } from './personCopyMarkdown';

describe('personCopy', () => {
  it('puts the person’s own rules first with their part, then the rest of the plan in full', () => {
    const { doc, uncle, gran } = outputsBoard();
    const devs = personCopy(readOutputSource(doc), uncle, { meetingDate: '3 December 2026' });
    expect(devs.forName).toBe('Dev');
    expect(devs.yourRules.map((r) => [r.number, r.text, r.yourParts])).toEqual([[2, 'Leanne walks Mia to school.', ['call-if-away']]]);
    expect(devs.otherRules.map((r) => r.number)).toEqual([1]);
    const rosas = personCopy(readOutputSource(doc), gran, { meetingDate: '3 December 2026' });
    expect(rosas.yourRules.map((r) => [r.number, r.yourParts])).toEqual([
      [1, ['safety-person']],
      [2, ['checks']],
    ]);
    expect(rosas.yourRules[0]?.answers).toEqual([DANGER_WORDS]);
  });

  it('lists every danger statement with its goal and the network with each person’s part and the contacts they shared', () => {
    const { doc, uncle } = outputsBoard();
    setMeetingKind(doc, 'family-network-meeting');
    setDecision(doc, { ...NO_DECISION, planAgreed: true, nextReview: '2027-01-20' });
    const copy = personCopy(readOutputSource(doc), uncle, { meetingDate: '3 December 2026' });
    expect(copy.dangerAndGoals).toContainEqual({ danger: DANGER_WORDS, goal: GOAL_WORDS });
    expect(copy.dangerAndGoals.find((d) => d.danger !== DANGER_WORDS)?.goal).toBeNull();
    expect(copy.network.map((m) => [m.name, m.parts, m.contact])).toEqual([
      ['Leanne', [{ part: 'safety-person', rules: [2] }], ''],
      [
        'Rosa',
        [
          { part: 'safety-person', rules: [1] },
          { part: 'checks', rules: [2] },
        ],
        '07700 900123',
      ],
      ['Dev', [{ part: 'call-if-away', rules: [2] }], 'dev@example.org'],
      ['Mia', [], ''],
    ]);
    expect(copy.decisionLines).toEqual(["The family's plan was agreed: yes", 'Next review: 20 January 2027']);
  });

  it('writes Markdown with “Your part” before the rest of the plan, and the contacts', () => {
    const { doc, uncle } = outputsBoard();
    const md = personCopyToMarkdown(personCopy(readOutputSource(doc), uncle, { meetingDate: '3 December 2026' }));
    expect(md.startsWith("# Dev's copy of the safety plan")).toBe(true);
    expect(md.indexOf('## Your part')).toBeLessThan(md.indexOf('2\\. Leanne walks Mia to school.'));
    expect(md.indexOf('2\\. Leanne walks Mia to school.')).toBeLessThan(md.indexOf('## The rest of the plan'));
    expect(md.indexOf('## The rest of the plan')).toBeLessThan(md.indexOf('1\\. Gran stays at the house'));
    expect(md).toContain('   - Your part: Call if someone is away');
    expect(md).toContain('  - Contact: 07700 900123');
    expect(md).toContain(`  - Safety goal: ${GOAL_WORDS}`);
  });
});
