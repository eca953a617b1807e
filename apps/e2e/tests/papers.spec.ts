/**
 * What leaves the meeting, printed as a chair would: the chair's summary, a named person's copy
 * and the child's own version, each printed to PDF by Chromium and read back with poppler's
 * pdftotext; records that keep the meeting's kind and decision and print as a summary; and the
 * comparison of two records showing each person's change on the scale.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  DEFAULT_SCALE_ID,
  addGoalFor,
  addNetworkMember,
  addRule,
  addStatementToDomain,
  closeRound,
  ensureDefaultScale,
  giveOpenAnswer,
  openRound,
  setHarmDetails,
  setPersonDetails,
  setRuleWhatIf,
  setStatementEvidence,
  setStatementSource,
} from '@kinboard/model';
import type { Page, TestInfo } from '@playwright/test';
import { WORRIES, addStatement, partButton, statement } from './support/board';
import { expect, test } from './support/fixtures';
import { changeBoard } from './support/seedBoard';

const PDFTOTEXT = '/usr/bin/pdftotext';
const DANGER = 'Children’s services are worried that when Tom drinks he shouts and throws things, and Mia could be hurt.';
const GOAL = 'Mia is looked after by a sober adult every evening.';
const HARM = 'Mia had a bruise on her arm after a row at home.';
const RULE_GRAN = 'Rosa stays at the house every evening until Mia is asleep.';
const RULE_KERRY = 'Kerry walks Mia to school.';
const MEMBER_IDS = { kerry: 'm_kerry', tom: 'm_tom', rosa: 'm_rosa', mia: 'm_mia' } as const;

function ensurePdfToText(): void {
  if (existsSync(PDFTOTEXT)) return;
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', timeout: 240_000 });
}

/** Prints the page to PDF as Chromium does, keeps a picture of its first page, and gives back its text on one line. */
async function printedText(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const pdfPath = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdfPath, testInfo.outputPath(name)]);
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A closed round on the board's default scale with each person's number, as a facilitator records them. */
function scaleRound(numbers: Record<string, [string, number]>) {
  return (doc: Parameters<typeof ensureDefaultScale>[0]) => {
    ensureDefaultScale(doc);
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    for (const [memberId, [name, value]] of Object.entries(numbers)) {
      giveOpenAnswer(doc, round, `m:${memberId}`, {
        value,
        name,
        memberId,
        whyNotLower: `${name}: Rosa is there every evening`,
        oneHigher: '',
        recordedBy: 'Chair Jo',
      });
    }
    closeRound(doc, round);
  };
}

test('a chair ends a conference and hands over the summary, the decision, a copy for each person and the child’s version', async ({
  server,
  people,
}, testInfo) => {
  test.setTimeout(240_000);
  ensurePdfToText();
  const links = await server.createBoard('The Smith family');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  const meetingPart = async () => partButton(page, 'Meeting').click();

  await test.step('the chair chooses the kind of meeting and starts it; the case is on the board', async () => {
    await meetingPart();
    await page.getByLabel('Kind of meeting', { exact: true }).selectOption({ label: 'Initial child protection conference' });
    await page.getByRole('button', { name: 'Start meeting', exact: true }).click();
    await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
    await changeBoard(server.origin, links.facilitator, (doc) => {
      addNetworkMember(doc, { id: MEMBER_IDS.kerry, name: 'Kerry', relationship: 'mum' });
      addNetworkMember(doc, { id: MEMBER_IDS.tom, name: 'Tom', relationship: 'dad' });
      addNetworkMember(doc, { id: MEMBER_IDS.rosa, name: 'Rosa', relationship: 'grandmother' });
      addNetworkMember(doc, { id: MEMBER_IDS.mia, name: 'Mia', relationship: 'daughter', kind: 'child' });
      setPersonDetails(doc, MEMBER_IDS.rosa, { contact: 'Rosa 07700 900123' });
      const author = { id: 'seed', name: 'Social worker' };
      const danger = addStatementToDomain(doc, { domain: 'danger-statements', text: DANGER, author });
      addGoalFor(doc, danger, GOAL, author);
      const harm = addStatementToDomain(doc, { domain: 'harm', text: HARM, author });
      setHarmDetails(doc, harm, { when: 'Last March', impactOnChild: 'Mia would not go home' });
      setStatementSource(doc, harm, { kind: 'member', memberId: MEMBER_IDS.rosa });
      setStatementEvidence(doc, harm, 'seen-or-heard');
      addRule(doc, { id: 'r_evening', text: RULE_GRAN, doers: [MEMBER_IDS.rosa], statements: [danger] });
      addRule(doc, { id: 'r_school', text: RULE_KERRY, doers: [MEMBER_IDS.kerry] });
      setRuleWhatIf(doc, 'r_school', { ifAway: 'Rosa takes her', backups: [MEMBER_IDS.rosa] });
      scaleRound({ [MEMBER_IDS.kerry]: ['Kerry', 7], [MEMBER_IDS.tom]: ['Tom', 3] })(doc);
    });
    await expect(page.getByLabel('Which paper?', { exact: true }).locator('option', { hasText: 'Rosa’s copy of the plan' })).toHaveCount(1);
  });

  await test.step('the chair records the decision in the words of a conference', async () => {
    await page.getByRole('group', { name: 'Is a child protection plan needed?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByLabel('Category of the plan', { exact: true }).selectOption({ label: 'Neglect' });
    await page.getByLabel('Next review', { exact: true }).fill('2027-03-04');
    await page.getByRole('button', { name: 'Add someone who disagreed', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Tom');
    await page.getByLabel('Why, in their words', { exact: true }).fill('He says he has stopped drinking');
    await page.getByRole('button', { name: 'Record the decision', exact: true }).click();
    await expect(page.getByText('The decision is recorded.')).toBeVisible();
  });

  await test.step('the printed chair’s summary holds the decision, the seven domains, the goal and every person’s number', async () => {
    const summary = page.getByRole('article', { name: 'Chair’s summary', exact: true });
    await expect(summary).toContainText('Category: Neglect');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: testInfo.outputPath('summary-print-screen.png'), fullPage: true });
    const text = await printedText(page, testInfo, 'summary');
    await page.emulateMedia({ media: null });
    for (const words of [
      'The Smith family',
      'Initial child protection conference',
      'A child protection plan is needed: yes',
      'Category: Neglect',
      // Dates as the browser's own English writes them (this browser's is en-US).
      `Next review: ${new Intl.DateTimeFormat(await page.evaluate(() => navigator.language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2027, 2, 4))}`,
      'Tom disagreed: He says he has stopped drinking',
      HARM,
      'When it happened Last March',
      'Seen or heard first-hand',
      'from Rosa',
      DANGER,
      `Safety goal: ${GOAL}`,
      'Kerry: 7',
      'Tom: 3',
      'Page 1 of',
    ]) {
      expect(text, `the summary PDF should hold “${words}”`).toContain(words);
    }
    const order = [
      'Harm',
      'Danger statements',
      'Complicating factors',
      'Existing strengths',
      'Existing safety',
      'Safety goals',
      'Next steps',
    ];
    const at = order.map((h) => text.indexOf(` ${h} `));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toContain('Which paper?');
  });

  await test.step('Rosa’s printed copy puts her rules first, with her part and the contacts people shared', async () => {
    await page.getByLabel('Which paper?', { exact: true }).selectOption({ label: 'Rosa’s copy of the plan' });
    await expect(page.getByRole('article', { name: 'Rosa’s copy of the safety plan', exact: true })).toBeVisible();
    const text = await printedText(page, testInfo, 'rosa-copy');
    const yourPart = text.indexOf('Your part');
    const rest = text.indexOf('The rest of the plan');
    expect(yourPart).toBeGreaterThan(0);
    expect(text.indexOf(RULE_GRAN)).toBeGreaterThan(yourPart);
    expect(text.indexOf(RULE_KERRY)).toBeGreaterThan(yourPart);
    expect(text.indexOf(RULE_KERRY)).toBeLessThan(rest);
    for (const words of [
      'Safety person',
      'Call if someone is away',
      'Contact: Rosa 07700 900123',
      `Safety goal: ${GOAL}`,
      'Initial child protection conference',
    ]) {
      expect(text, `Rosa’s copy should hold “${words}”`).toContain(words);
    }
  });

  await test.step('the child’s version is written for Mia, prints in large type, and holds nothing of the adult statements', async () => {
    await page.getByLabel('Which paper?', { exact: true }).selectOption({ label: 'The child’s own version (words and pictures)' });
    await page.getByLabel('The child’s age', { exact: true }).fill('7');
    await page.getByLabel('Who was worried, and why', { exact: true }).fill('Sam from the council was worried when Daddy got very cross.');
    await page.getByLabel('What everyone is doing now to keep you safe', { exact: true }).fill('Granny Rosa comes every evening.');
    await page.getByLabel('Who you can talk to', { exact: true }).fill('Granny Rosa, Miss Patel at school, or Sam.');
    await expect(page.getByRole('article', { name: 'Mia, 7', exact: true })).toContainText('Granny Rosa comes every evening.');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: testInfo.outputPath('child-print-screen.png'), fullPage: true });
    const text = await printedText(page, testInfo, 'child-version');
    await page.emulateMedia({ media: null });
    for (const words of [
      'Mia, 7',
      'Who was worried, and why',
      'Daddy got very cross',
      'Granny Rosa comes every evening.',
      'Miss Patel at school',
    ]) {
      expect(text, `the child’s version should hold “${words}”`).toContain(words);
    }
    for (const adult of [DANGER, GOAL, HARM, RULE_GRAN]) expect(text).not.toContain(adult);
  });

  await test.step('a review conference a month on: each person’s new number', async () => {
    await page.getByRole('button', { name: 'End meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Start meeting', exact: true })).toBeVisible();
    await page.getByLabel('Kind of meeting', { exact: true }).selectOption({ label: 'Review child protection conference' });
    await page.getByRole('button', { name: 'Start meeting', exact: true }).click();
    await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
    await changeBoard(server.origin, links.facilitator, scaleRound({ [MEMBER_IDS.kerry]: ['Kerry', 8], [MEMBER_IDS.tom]: ['Tom', 6] }));
    await page.getByLabel('Which paper?', { exact: true }).selectOption({ label: 'Chair’s summary (for the case file)' });
    await expect(page.getByRole('article', { name: 'Chair’s summary', exact: true })).toContainText('Kerry: 8');
    await expect(page.getByRole('article', { name: 'Chair’s summary', exact: true })).toContainText('Review child protection conference');
    await page.getByRole('button', { name: 'End meeting', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
  });

  const records = page.getByRole('region', { name: 'Past meetings' });
  await test.step('the records list tells the meetings apart by kind, and the comparison shows each person’s change', async () => {
    await expect(records.getByRole('listitem').filter({ hasText: 'Review child protection conference' })).toHaveCount(1);
    await expect(records.getByRole('listitem').filter({ hasText: 'Initial child protection conference' })).toHaveCount(1);
    for (const box of await records.getByRole('checkbox').all()) await box.check();
    await records.getByRole('button', { name: 'Compare the two chosen meetings', exact: true }).click();
    const changes = records.getByRole('region', { name: /^Each person’s number/ });
    await expect(changes.getByRole('listitem')).toHaveText(['Kerry 7 → 8', 'Tom 3 → 6']);
    await records.getByRole('button', { name: 'Back to past meetings', exact: true }).click();
  });

  await test.step('the first meeting’s record prints as its summary, with its kind and decision', async () => {
    await records
      .getByRole('listitem')
      .filter({ hasText: 'Initial child protection conference' })
      .getByRole('button', { name: /^Open/ })
      .click();
    await expect(records.getByRole('heading', { name: /^Meeting record/ })).toBeVisible();
    const text = await printedText(page, testInfo, 'record');
    for (const words of [
      'Chair’s summary (meeting record)',
      'Initial child protection conference',
      'Category: Neglect',
      DANGER,
      'Kerry: 7',
    ]) {
      expect(text, `the record’s PDF should hold “${words}”`).toContain(words);
    }
    expect(text).not.toContain('Kerry: 8');
    expect(text).not.toContain('Rosa’s copy');
  });
});

test('a statement marked as opinion says so on the board and in the chair’s summary', async ({ server, people }) => {
  const links = await server.createBoard('The Smith family');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  const worry = 'Mum seems tired all the time';
  await addStatement(page, WORRIES, worry);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Not now' }).click();
  const card = statement(page, WORRIES, 0);
  await card.locator('summary', { hasText: /view/ }).click();
  await card.getByRole('group', { name: 'Fact or opinion?' }).getByRole('radio', { name: 'Opinion', exact: true }).check();
  await expect(card.locator('summary')).toContainText('opinion');
  // Closed again, the statement still says it is an opinion, in its badge.
  await card.locator('summary', { hasText: /view/ }).click();
  await expect(card.getByText('Opinion', { exact: true }).filter({ visible: true })).toHaveCount(1);
  await partButton(page, 'Meeting').click();
  const summary = page.getByRole('article', { name: 'Chair’s summary', exact: true });
  await expect(summary.getByRole('listitem').filter({ hasText: worry })).toContainText('Opinion');
});
