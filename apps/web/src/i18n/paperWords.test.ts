import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  NO_DECISION,
  OUTPUT_WORDS,
  addNetworkMember,
  addRule,
  chairSummary,
  createBoard,
  personCopy,
  personCopyToMarkdown,
  planToMarkdown,
  readPlan,
  readOutputSource,
  setDecision,
  setMeetingKind,
  setPersonDetails,
  summaryToJson,
  summaryToMarkdown,
  type OutputWordId,
} from '@kinboard/model';
import { activateLocale, listOfNames, spellDate } from './messages';
import { paperLanguage, paperLanguageFor, paperSay } from './paperWords';
import { localMapping } from './terms';

afterEach(() => activateLocale('en'));

function board() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Rodzina Nowak', template: 'three-column' });
  setMeetingKind(doc, 'initial-conference');
  setDecision(doc, { ...NO_DECISION, planNeeded: true, category: 'neglect', nextReview: '2027-03-04' });
  const ola = addNetworkMember(doc, { name: 'Ola', relationship: 'mama', kind: 'family' });
  setPersonDetails(doc, ola, { language: 'pl-PL' });
  addRule(doc, { text: 'Babcia odprowadza Zosię do szkoły.', doers: [ola] });
  return { doc, ola };
}

/** The chair's summary as the web makes it: the paper in the reader's language, the JSON in English. */
function papers(doc: Y.Doc) {
  const source = readOutputSource(doc);
  const reader = paperLanguage();
  const local = { ...source, mapping: localMapping(source.mapping) };
  const summary = chairSummary(local, { meetingDate: reader.day(Date.UTC(2027, 2, 4)), say: paperSay, spell: reader.spell });
  return {
    markdown: summaryToMarkdown(summary, 'Cel', paperSay),
    json: summaryToJson(chairSummary(source, { meetingDate: '4 March 2027' })),
  };
}

// The catalogues as written (the build compiles the imported ones).
const raw = (code: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'messages', `${code}.json`), 'utf8')) as Record<string, string>;
const english = raw('en');
const polish = raw('pl');
const pl = (id: OutputWordId) => polish[`outputs.model.${id}`] ?? '';

describe('papers in the reader’s language', () => {
  it('has every paper word in the catalogue, in English as the model writes it', () => {
    for (const [id, text] of Object.entries(OUTPUT_WORDS)) {
      expect(english[`outputs.model.${id}`]?.replaceAll('’', "'")).toBe(text.replaceAll('’', "'"));
    }
  });

  it('a Polish reader’s summary has Polish headings, kind, decision and dates; the JSON export is the same as an English reader’s', async () => {
    const { doc } = board();
    const inEnglish = papers(doc);
    expect(inEnglish.markdown).toContain('## Decision');
    await activateLocale('pl');
    const inPolish = papers(doc);
    expect(inPolish.markdown).toContain(`## ${pl('decision')}`);
    expect(inPolish.markdown).toContain(`## ${pl('scales')}`);
    expect(inPolish.markdown).toContain(pl('kindInitialConference'));
    expect(inPolish.markdown).toContain('4 marca 2027');
    expect(inPolish.markdown).not.toContain('## Decision');
    expect(inPolish.markdown).not.toContain('Initial child protection conference');
    // What people wrote stays as written.
    expect(inPolish.markdown).toContain('Rodzina Nowak');
    expect(inPolish.json).toBe(inEnglish.json);
    expect(JSON.parse(inPolish.json)).toMatchObject({ meetingKind: 'initial-conference', decision: { category: 'neglect' } });
  });

  it('writes a person’s copy in the language on their record while the reader keeps English', async () => {
    const { doc, ola } = board();
    const lang = await paperLanguageFor('pl-PL');
    expect(lang.locale).toBe('pl');
    const source = readOutputSource(doc);
    const copy = personCopy(source, ola, { meetingDate: lang.day(Date.UTC(2027, 0, 20)), say: lang.say, spell: lang.spell });
    const terms = lang.terms(source.mapping.framework);
    const md = personCopyToMarkdown(copy, { plan: terms.plan, dangerStatement: terms.dangerStatement, goal: terms.goal }, lang.say);
    expect(md).toContain(`## ${pl('yourPart')}`);
    expect(md).toContain('20 stycznia 2027');
    expect(md).toContain('Babcia odprowadza Zosię do szkoły.');
    expect(md).not.toContain('Your part');
    // The reader's own interface is still English.
    expect(paperSay('yourPart')).toBe('Your part');
    // A language Kinboard does not speak gives the reader's.
    expect((await paperLanguageFor('de')).locale).toBeNull();
  });

  it('a Polish reader’s plan copy (Markdown) has Polish headings, names and dates; the rules as written', async () => {
    const { doc } = board();
    await activateLocale('pl');
    const md = planToMarkdown(readPlan(doc), {
      boardTitle: 'Rodzina Nowak',
      printedAt: '3 grudnia 2026',
      planName: 'Plan bezpieczeństwa',
      network: readOutputSource(doc).network,
      dangerStatements: [],
      say: paperSay,
      listNames: listOfNames,
      spell: spellDate,
    });
    expect(md).toContain(`## ${pl('planRules')}`);
    expect(md).toContain(pl('planDraft'));
    expect(md).toContain('Babcia odprowadza Zosię do szkoły.');
    expect(md).not.toMatch(/\b(?:Rules|Board|Printed|Who)\b/);
  });
});
