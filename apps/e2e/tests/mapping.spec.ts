import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { NEXT_STEPS, WORKING_WELL, WORRIES, addStatement, column, statementBox, type ColumnTitle } from './support/board';
import { expect, test } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';

/** Another person sees a change within a few seconds. */
const LIVE = { timeout: 3_000 };

/** Creates a board with a chosen template and framework, as the home page's form does. */
async function createBoard(
  server: KinboardServer,
  title: string,
  template: 'three-column' | 'seven-domain',
  framework = 'signs-of-safety',
) {
  const response = await fetch(`${server.origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template, framework }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; links: { facilitator: string; participant: string; viewer: string } };
  // The quick path: shared links open the board without the lobby.
  const admission = await fetch(`${server.origin}/api/boards/${body.id}/admission`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${new URL(body.links.facilitator).hash.slice(1)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ required: false }),
  });
  expect(admission.status).toBe(200);
  return body.links;
}

function domain(page: Page, columnTitle: ColumnTitle, title: string): Locator {
  return column(page, columnTitle).getByRole('region', { name: title, exact: true });
}

/** The statements one domain shows, top to bottom, as the text in their boxes. */
async function domainTexts(area: Locator): Promise<string[]> {
  return area.getByRole('listitem').evaluateAll((items) => items.map((item) => item.querySelector('textarea')?.value ?? ''));
}

async function expectDomain(area: Locator, texts: readonly string[], options: { timeout?: number } = {}) {
  await expect.poll(() => domainTexts(area), { timeout: options.timeout, intervals: [50, 100, 200] }).toEqual(texts);
}

/** Adds a statement under a domain the way a person does: "Add a statement" there, then type. */
async function addToDomain(page: Page, area: Locator, text: string) {
  const before = await area.getByRole('listitem').count();
  await area.getByRole('button', { name: 'Add a statement', exact: true }).click();
  await expect(area.getByRole('listitem')).toHaveCount(before + 1);
  const focused = area.getByRole('textbox', { name: 'Statement', exact: true }).and(page.locator(':focus'));
  await expect(focused).toHaveCount(1);
  await page.keyboard.type(text);
  await expect(focused).toHaveValue(text);
}

test('two people map a seven-domain board at once and see each other’s statements in their domains', async ({ server, people }) => {
  const links = await createBoard(server, 'Initial conference for Sam', 'seven-domain');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  const bruise = 'Sam had a bruise on his arm in May';
  const nan = 'Nan takes Sam to school every day';
  const money = 'Mum is worried about money';

  await test.step('each adds a statement under a different domain at the same time', async () => {
    await Promise.all([
      addToDomain(alex.page, domain(alex.page, WORRIES, 'Harm'), bruise),
      addToDomain(jo.page, domain(jo.page, WORKING_WELL, 'Existing strengths'), nan),
    ]);
    await expectDomain(domain(jo.page, WORRIES, 'Harm'), [bruise], LIVE);
    await expectDomain(domain(alex.page, WORKING_WELL, 'Existing strengths'), [nan], LIVE);
  });

  await test.step('a statement filed under another domain moves there for both', async () => {
    await addToDomain(jo.page, domain(jo.page, WORRIES, 'Harm'), money);
    await expectDomain(domain(alex.page, WORRIES, 'Harm'), [bruise, money], LIVE);
    const card = domain(alex.page, WORRIES, 'Harm')
      .getByRole('listitem')
      .filter({ has: alex.page.getByRole('textbox', { name: 'Statement' }) })
      .nth(1);
    await card.getByLabel('File under', { exact: true }).selectOption({ label: 'Complicating factors' });
    await expectDomain(domain(alex.page, WORRIES, 'Harm'), [bruise, money]);
    // Choosing in the list files nothing (WCAG 3.2.2); the File button does.
    await card.getByRole('button', { name: 'File', exact: true }).click();
    await expectDomain(domain(alex.page, WORRIES, 'Complicating factors'), [money]);
    await expectDomain(domain(jo.page, WORRIES, 'Complicating factors'), [money], LIVE);
    await expectDomain(domain(jo.page, WORRIES, 'Harm'), [bruise], LIVE);
  });

  await test.step('the seven-domain view has no serious accessibility problems', async () => {
    const results = await new AxeBuilder({ page: alex.page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('the three-column view shows the same statements, unchanged', async () => {
    await jo.page.getByRole('button', { name: 'Three columns', exact: true }).click();
    await expect(alex.page.getByRole('button', { name: 'Three columns', exact: true })).toHaveAttribute('aria-pressed', 'true', LIVE);
    await expect(domain(alex.page, WORRIES, 'Harm')).toHaveCount(0);
    // Filing orders a statement among its domain, so its place in the whole column is not promised.
    await expect.poll(async () => (await domainTexts(column(alex.page, WORRIES))).sort()).toEqual([bruise, money].sort());
    await expect(statementBox(alex.page, WORKING_WELL, 0)).toHaveValue(nan);
  });
});

test('a jargon hint is offered as someone types, and one click puts in the plain words', async ({ server, people }) => {
  const links = await createBoard(server, 'Family network meeting', 'three-column');
  const jo = await people.join(links.participant, 'Jo');
  const alex = await people.join(links.facilitator, 'Alex');

  await addStatement(jo.page, NEXT_STEPS, 'The SW will visit');
  const use = column(jo.page, NEXT_STEPS).getByRole('button', { name: 'Use “social worker”', exact: true });
  await expect(use).toBeVisible();
  await use.click();
  await expect(statementBox(jo.page, NEXT_STEPS, 0)).toHaveValue('The social worker will visit');
  await expect(statementBox(jo.page, NEXT_STEPS, 0), 'the text box keeps the focus').toBeFocused();
  await expect(statementBox(alex.page, NEXT_STEPS, 0)).toHaveValue('The social worker will visit', LIVE);
  await expect(use).toHaveCount(0);
});

test('switching the framework relabels the other person’s screen live', async ({ server, people }) => {
  const links = await createBoard(server, 'Early help review', 'seven-domain');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  await expect(column(jo.page, WORRIES).getByRole('heading', { name: 'Danger statements', exact: true })).toBeVisible();
  await expect(jo.page.getByLabel('Framework', { exact: true }), 'only the facilitator picks the framework').toHaveCount(0);

  await alex.page.getByLabel('Framework', { exact: true }).selectOption({ label: 'Signs of Wellbeing' });
  await expect(column(jo.page, WORRIES).getByRole('heading', { name: 'Worry statements', exact: true })).toBeVisible(LIVE);
  await expect(column(jo.page, NEXT_STEPS).getByRole('heading', { name: 'Wellbeing goals', exact: true })).toBeVisible(LIVE);
  await expect(column(jo.page, WORRIES).getByRole('heading', { name: 'Danger statements', exact: true })).toHaveCount(0);
  await expect(
    domain(jo.page, WORRIES, 'Worry statements').getByRole('button', { name: 'Write a worry statement', exact: true }),
  ).toBeVisible();
});

test('the danger statement writer makes one plain sentence, and “Add safety goal” pairs it for everyone', async ({ server, people }) => {
  const links = await createBoard(server, 'Child protection conference for Amy', 'seven-domain');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const sentence =
    'Social workers are worried that when Dad drinks he shouts and hits out, and the children could be hurt or frightened if nothing changes.';
  const goal = 'Dad stays sober whenever he looks after the children, and Gran checks in every evening.';
  const unpaired = 'This danger statement has no safety goal yet.';

  await test.step('three plain questions compose the sentence as they are answered', async () => {
    const dangers = domain(alex.page, WORRIES, 'Danger statements');
    await dangers.getByRole('button', { name: 'Write a danger statement', exact: true }).click();
    const writer = alex.page.getByRole('form', { name: 'Write a danger statement', exact: true });
    await expect(writer.getByLabel('Who is worried?', { exact: true })).toBeFocused();
    await writer.getByLabel('Who is worried?', { exact: true }).fill('Social workers');
    await writer.getByLabel('About what behaviour?', { exact: true }).fill('when Dad drinks he shouts and hits out');
    await writer.getByLabel('What could happen to the child if nothing changes?', { exact: true }).fill('be hurt or frightened');
    await expect(writer.getByLabel('It will read:', { exact: true })).toHaveText(sentence);
    await writer.getByRole('button', { name: 'Use this', exact: true }).click();
    await expect(writer).toHaveCount(0);
    await expectDomain(dangers, [sentence]);
    await expect(dangers.getByRole('textbox', { name: 'Statement', exact: true }), 'the sentence is ready to change').toBeFocused();
  });

  await test.step('the other person sees it as theirs to change, flagged until it has a goal', async () => {
    const dangers = domain(jo.page, WORRIES, 'Danger statements');
    await expectDomain(dangers, [sentence], LIVE);
    await expect(dangers.getByRole('listitem').getByText(unpaired)).toBeVisible();
  });

  await test.step('“Add safety goal” writes the goal under safety goals, paired, and the flag goes for the other person', async () => {
    await domain(alex.page, WORRIES, 'Danger statements').getByRole('button', { name: 'Add safety goal', exact: true }).click();
    const goals = domain(alex.page, NEXT_STEPS, 'Safety goals');
    const focused = goals.getByRole('textbox', { name: 'Statement', exact: true }).and(alex.page.locator(':focus'));
    await expect(focused, 'the new goal has the focus').toHaveCount(1);
    await alex.page.keyboard.type(goal);
    await expectDomain(domain(jo.page, NEXT_STEPS, 'Safety goals'), [goal], LIVE);
    const dangerCard = domain(jo.page, WORRIES, 'Danger statements').getByRole('listitem');
    await expect(dangerCard.getByText(unpaired)).toHaveCount(0, LIVE);
    await expect(dangerCard.getByText(goal, { exact: true })).toBeVisible();
    await expect(domain(jo.page, NEXT_STEPS, 'Safety goals').getByText('Answers this danger statement', { exact: true })).toBeVisible();
    await expect(
      domain(jo.page, NEXT_STEPS, 'Safety goals').getByText('This safety goal is not linked to a danger statement yet.'),
    ).toHaveCount(0);
  });
});

test('where the family disputes a worry, the board shows it in their words beside the statement, for everyone', async ({
  server,
  people,
}) => {
  const links = await createBoard(server, 'Family network meeting', 'three-column');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const vic = await people.join(links.viewer, 'Vic');
  const worry = 'The school is worried that Amy often comes in hungry.';
  const theirWords = 'Amy has breakfast at Gran’s every day; she is hungry because she walks a long way.';

  await addStatement(alex.page, WORRIES, worry);
  const card = column(alex.page, WORRIES).getByRole('listitem');
  await card.getByText('Whose view?', { exact: true }).click();
  await card.getByRole('group', { name: 'Does the family agree?' }).getByRole('radio', { name: 'Disputed', exact: true }).check();
  await card.getByLabel('The family’s words', { exact: true }).fill(theirWords);
  await card.getByLabel('The family’s words', { exact: true }).press('Tab');

  for (const page of [jo.page, vic.page]) {
    const seen = column(page, WORRIES).getByRole('listitem');
    await expect(seen.getByText('The family disagrees', { exact: true })).toBeVisible(LIVE);
    await expect(seen.getByText(`“${theirWords}”`, { exact: true })).toBeVisible(LIVE);
  }
  await expect(column(vic.page, WORRIES).getByRole('listitem')).toContainText(worry);
});

test('a source highlight ends when that source leaves the board, so nothing stays dimmed', async ({ server, people }) => {
  const links = await createBoard(server, 'Review meeting', 'three-column');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  await addStatement(alex.page, WORRIES, 'Amy says Dad shouts at night.');
  await addStatement(alex.page, WORKING_WELL, 'Gran visits every week.');
  const childWords = column(alex.page, WORRIES).getByRole('listitem');
  await childWords.getByText('Whose view?', { exact: true }).click();
  await childWords.getByLabel('Whose view is this?', { exact: true }).selectOption({ label: 'The child' });

  const highlight = jo.page.getByLabel('Highlight by source', { exact: true });
  await highlight.selectOption({ label: 'The child' });
  const strength = column(jo.page, WORKING_WELL).getByRole('listitem');
  await expect.poll(() => strength.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);

  await childWords.getByLabel('Whose view is this?', { exact: true }).selectOption({ label: 'Not recorded' });
  await expect(highlight).toHaveValue('', LIVE);
  await expect(highlight.locator('option:checked')).toHaveText('Show everyone’s equally');
  await expect.poll(() => strength.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
});

test('a danger statement’s own scale shows on its pair: the question, then where the numbers stood', async ({ server, people }) => {
  const links = await createBoard(server, 'Core group for Amy', 'seven-domain');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const worry = 'Social workers are worried that Amy is left alone at night, and she could be hurt.';
  const question = 'How safe is Amy at night?';
  const scaling = (page: Page) =>
    page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Scaling', exact: true });
  const board = (page: Page) =>
    page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Board', exact: true });
  const giveNumber = async (page: Page, whole: number) => {
    const form = page.getByRole('form', { name: 'Your number', exact: true });
    const slider = form.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < whole; i++) await slider.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuenow', String(whole));
    await form.getByRole('button', { name: /the number$/ }).click();
    await expect(page.getByRole('img', { name: new RegExp(`: ${whole}$`) })).toBeVisible();
  };

  await addToDomain(alex.page, domain(alex.page, WORRIES, 'Danger statements'), worry);
  const pairOnJosBoard = domain(jo.page, WORRIES, 'Danger statements').getByRole('listitem');
  await expectDomain(domain(jo.page, WORRIES, 'Danger statements'), [worry], LIVE);

  await scaling(alex.page).click();
  await alex.page.getByRole('button', { name: 'Add a scale question', exact: true }).click();
  const form = alex.page.getByRole('form', { name: 'Add a scale question', exact: true });
  await form.getByLabel('Question', { exact: true }).fill(question);
  await form.getByLabel('What 0 means', { exact: true }).fill('Amy is alone every night');
  await form.getByLabel('What 10 means', { exact: true }).fill('A grown-up is with Amy every night');
  await form.getByLabel('Which danger statement is it about? (optional)', { exact: true }).selectOption({ label: worry });
  await form.getByRole('button', { name: 'Add the question', exact: true }).click();
  await expect(pairOnJosBoard.getByText(question, { exact: true })).toBeVisible(LIVE);
  await expect(pairOnJosBoard.getByText('Not scaled yet', { exact: true })).toBeVisible();

  await alex.page.getByRole('radio', { name: /^Open/ }).check();
  await alex.page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await expect(pairOnJosBoard.getByText('A round is collecting numbers now.', { exact: true })).toBeVisible(LIVE);
  await giveNumber(alex.page, 8);
  await scaling(jo.page).click();
  await jo.page.getByRole('navigation', { name: 'Scale questions', exact: true }).getByRole('button', { name: question }).click();
  await giveNumber(jo.page, 4);
  await board(jo.page).click();
  await expect(pairOnJosBoard.getByText('Not scaled yet', { exact: true }), 'a round still collecting gives no numbers away').toBeVisible();

  await alex.page.getByRole('button', { name: /Close the round/ }).click();
  await expect(pairOnJosBoard).toContainText('Last time, the middle number was 6 out of 10, from 4 to 8 (2 people).', LIVE);
  await expect(pairOnJosBoard.getByText('A round is collecting numbers now.', { exact: true })).toHaveCount(0);
});
