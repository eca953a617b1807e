/**
 * The papers in the reader's language: a Polish chair's summary has Polish headings, meeting kind,
 * decision and dates while what people wrote stays as written; a copy for someone whose record
 * says they read Romanian is in Romanian, on the same Polish chair's screen.
 */
import { readFileSync } from 'node:fs';
import { addNetworkMember, addRule, setDecision, setMeetingKind, setPersonDetails, NO_DECISION } from '@kinboard/model';
import { expect, test } from './support/fixtures';
import { changeBoard } from './support/seedBoard';

const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(`${import.meta.dirname}/../../web/src/i18n/messages/${code}.json`, 'utf8'));
const pl = catalogue('pl');
const ro = catalogue('ro');
const RULE = 'Rosa stays at the house every evening until Mia is asleep.';

test('a Polish chair’s papers are in Polish, and a Romanian reader’s copy in Romanian; what people wrote stays as written', async ({
  browser,
  server,
}) => {
  const links = await server.createBoard('Rodzina Nowak');
  await changeBoard(server.origin, links.facilitator, (doc) => {
    setMeetingKind(doc, 'initial-conference');
    setDecision(doc, { ...NO_DECISION, planNeeded: true, category: 'neglect', nextReview: '2027-03-04' });
    const rosa = addNetworkMember(doc, { id: 'm_rosa', name: 'Rosa', relationship: 'bunica' });
    setPersonDetails(doc, rosa, { language: 'ro-RO' });
    addRule(doc, { text: RULE, doers: [rosa] });
  });
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(links.facilitator);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.getByRole('textbox').first().fill('Jo');
  await page.locator('form button[type="submit"]').click();
  const parts = page.getByRole('navigation').first().getByRole('button');
  await expect(parts).toHaveCount(5, { timeout: 15_000 });
  await parts.nth(4).click();

  const summary = page.getByRole('article', { name: pl['outputs.SummaryPaper.chairsSummary'], exact: true });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading', { name: pl['outputs.model.decision'], exact: true })).toBeVisible();
  await expect(summary).toContainText(pl['outputs.model.kindInitialConference'] ?? '');
  await expect(summary).toContainText('4 marca 2027');
  await expect(summary).toContainText(RULE);
  await expect(summary).not.toContainText('Initial child protection conference');
  await expect(summary).not.toContainText('Next review');

  const which = page.getByLabel(pl['outputs.words.whichPaper'] ?? '', { exact: true });
  await which.selectOption({ label: (pl['outputs.words.copyFor'] ?? '').replace('{name}', 'Rosa') });
  const copy = page.locator('article[lang="ro"]');
  await expect(copy).toBeVisible();
  await expect(copy.getByRole('heading', { name: ro['outputs.model.yourPart'], exact: true })).toBeVisible();
  await expect(copy).toContainText(RULE);
  await expect(copy).toContainText('4 martie 2027');
  // The rest of the chair's screen stays Polish.
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await context.close();
});
