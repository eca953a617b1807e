import { describe, expect, it } from 'vitest';
import { NO_DECISION, setDecision, setMeetingKind } from '../meeting/meetingKind';
import { DANGER_WORDS, outputsBoard } from '../test/outputsBoard';
import { chairSummary, summaryToJson } from './chairSummary';
import { readOutputSource } from './outputSource';
import { OUTPUT_WORDS, type Say } from './outputWords';
import { personCopy } from './personCopy';
import { personCopyToMarkdown } from './personCopyMarkdown';
import { summaryToMarkdown } from './summaryMarkdown';

/** A reader's language as a test stands it in: every word marked, placeholders filled as given. */
const marked: Say = (id, values = {}) =>
  `«${OUTPUT_WORDS[id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))}»`;

function board() {
  const b = outputsBoard();
  setMeetingKind(b.doc, 'initial-conference');
  setDecision(b.doc, { ...NO_DECISION, planNeeded: true, category: 'neglect', nextReview: '2027-03-04' });
  return b;
}

describe('papers in the reader’s language', () => {
  it('writes every heading, label and decision line with the reader’s words, and what people wrote as written', () => {
    const source = readOutputSource(board().doc);
    const summary = chairSummary(source, { meetingDate: '4 marca 2027', say: marked, spell: (d) => `[${d}]` });
    expect(summary.meetingKindName).toBe('«Initial child protection conference»');
    expect(summary.decisionLines).toEqual([
      '«A child protection plan is needed: «yes»»',
      '«Category: «Neglect»»',
      '«Next review: [2027-03-04]»',
    ]);
    const md = summaryToMarkdown(summary, 'Cel', marked);
    expect(md).toContain('## «Decision»');
    expect(md).toContain('## «Scales»');
    expect(md).toContain(DANGER_WORDS);
    // Every heading is the reader's words, or a domain's title (which comes with the source's framework words).
    const domains = new Set(summary.domains.map((d) => `## ${d.title}`));
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l) && !domains.has(l));
    expect(headings.length).toBeGreaterThan(2);
    for (const heading of headings) expect(heading).toMatch(/^#{1,2} «/);
    const member = source.network[0];
    expect(member).toBeDefined();
    const copy = personCopy(source, member?.id ?? '', { meetingDate: '4 marca 2027', say: marked });
    const copyMd = personCopyToMarkdown(copy, { plan: 'Plan', dangerStatement: 'zagrożenie', goal: 'Cel' }, marked);
    expect(copyMd).toContain('## «Your part»');
    expect(copyMd).toContain('## «The network: who does what, and how to reach them»');
  });

  it('keeps the JSON the same whatever language the reader’s papers are in when it is built without `say`', () => {
    const source = readOutputSource(board().doc);
    const english = summaryToJson(chairSummary(source, { meetingDate: '4 March 2027' }));
    chairSummary(source, { meetingDate: '4 marca 2027', say: marked });
    expect(summaryToJson(chairSummary(source, { meetingDate: '4 March 2027' }))).toBe(english);
    expect(english).toContain('"meetingKind": "initial-conference"');
    expect(english).toContain('"meetingKindName": "Initial child protection conference"');
  });
});
