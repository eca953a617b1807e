/**
 * Nothing typed is lost: every free-text field is shared as the person types, so closing the tab
 * in the middle of a field loses nothing the screen said was saved; a blind-round answer stays on
 * the device until it is sent, and the save status never claims "All changes saved" meanwhile.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { WORRIES, column, saveStatus } from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';

const LIVE = { timeout: 3_000 };

async function createBoard(server: KinboardServer, title: string, template: 'three-column' | 'seven-domain') {
  return server.createBoard(title, { template });
}

function harmStatement(page: Page): Locator {
  return column(page, WORRIES).getByRole('region', { name: 'Harm', exact: true }).getByRole('listitem').first();
}

function openPlan(page: Page) {
  return page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Plan', exact: true }).click();
}

/** Where each field is, on a freshly opened page: opens what must be opened and returns the box. */
type FieldFinder = (page: Page) => Promise<Locator>;

async function harmField(page: Page, label: string): Promise<Locator> {
  const card = harmStatement(page);
  await card.getByText('Harm details', { exact: false }).first().click();
  return card.getByLabel(label, { exact: true });
}

async function sourceField(page: Page, label: string): Promise<Locator> {
  const card = harmStatement(page);
  await card.locator('summary', { hasText: /view/ }).click();
  return card.getByLabel(label, { exact: true });
}

const FIELDS: readonly { name: string; words: string; find: FieldFinder }[] = [
  { name: 'when it happened', words: 'Last Friday, at bedtime', find: (p) => harmField(p, 'When did it happen?') },
  { name: 'how often', words: 'Twice this month', find: (p) => harmField(p, 'How often?') },
  { name: 'how bad', words: 'A bruise a doctor saw', find: (p) => harmField(p, 'How bad was it?') },
  { name: 'what it did to the child', words: 'Amy stopped sleeping', find: (p) => harmField(p, 'What did it do to the child?') },
  { name: 'which agency', words: 'Oak Primary School', find: (p) => sourceField(p, 'Which agency?') },
  { name: 'the family’s words', words: 'Dad says he pushed past her', find: (p) => sourceField(p, 'The family’s words') },
  {
    name: 'a stress point',
    words: 'Friday evenings after payday',
    find: async (p) => {
      await openPlan(p);
      return p.getByLabel('Stress point 1', { exact: true });
    },
  },
  {
    name: 'a date’s words',
    words: 'Network meeting at Gran’s',
    find: async (p) => {
      await openPlan(p);
      return p.getByRole('list', { name: 'Timeline' }).getByLabel('Words', { exact: true });
    },
  },
];

/** Opens the board in a new tab of `context`, which remembers the person's name. */
async function openTab(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await expectBoardReady(page);
  return page;
}

test('words typed into every free-text field are there for everyone after the tab is closed without leaving the field', async ({
  server,
  people,
}) => {
  const links = await createBoard(server, 'Conference for Amy', 'seven-domain');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  await test.step('a harm statement, a disputed agency view, a stress point and a review date to write in', async () => {
    const harm = column(alex.page, WORRIES).getByRole('region', { name: 'Harm', exact: true });
    await harm.getByRole('button', { name: 'Add a statement', exact: true }).click();
    await alex.page.keyboard.type('Dad hit Amy');
    const card = harmStatement(alex.page);
    await card.locator('summary', { hasText: /view/ }).click();
    await card.getByLabel('Whose view is this?', { exact: true }).selectOption({ label: 'An agency (school, health, police…)' });
    await card.getByRole('group', { name: 'Does the family agree?' }).getByRole('radio', { name: 'Disputed', exact: true }).check();
    await openPlan(alex.page);
    await alex.page.getByLabel('New stress point', { exact: true }).fill('Fridays');
    await alex.page.getByRole('button', { name: 'Add stress point', exact: true }).click();
    await alex.page.getByRole('form', { name: 'Add a date' }).getByLabel('Date', { exact: true }).fill('2027-03-01');
    await alex.page.getByRole('button', { name: 'Add date', exact: true }).click();
    await expect(alex.page.getByRole('list', { name: 'Timeline' }).getByLabel('Words', { exact: true })).toBeVisible();
    await expect(saveStatus(alex.page)).toHaveText('All changes saved');
    await alex.page.close();
  });

  for (const field of FIELDS) {
    await test.step(`${field.name}: typed, the tab closed while still in the box, opened again`, async () => {
      const page = await openTab(alex.context, links.facilitator);
      const box = await field.find(page);
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.pressSequentially(field.words);
      await expect(box).toBeFocused();
      // The screen says saved while the person is still in the box; that must be true.
      await expect(saveStatus(page)).toHaveText('All changes saved');
      await expect(box).toBeFocused();
      await page.close();

      const again = await openTab(alex.context, links.facilitator);
      await expect(await field.find(again)).toHaveValue(field.words);
      await again.close();
      await jo.page.reload();
      await expectBoardReady(jo.page);
      await expect(await field.find(jo.page), `Jo should see ${field.name}`).toHaveValue(field.words, LIVE);
    });
  }

  await test.step('the words show on the board for someone who only reads', async () => {
    await jo.page.reload();
    await expectBoardReady(jo.page);
    await expect(harmStatement(jo.page).getByText('Whose view: Oak Primary School', { exact: true })).toBeVisible();
    await expect(harmStatement(jo.page).getByText('“Dad says he pushed past her”', { exact: true })).toBeVisible();
  });
});

test('a blind-round answer stays on the device until it is sent, and the save status never says saved meanwhile', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Review for Sam');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const scaling = (page: Page) =>
    page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Scaling', exact: true }).click();
  await scaling(alex.page);
  await scaling(jo.page);
  await alex.page.getByRole('radio', { name: /Collect first, then show/ }).check();
  await alex.page.getByRole('button', { name: 'Start a round', exact: true }).click();

  const form = (page: Page) => page.getByRole('form', { name: 'Your number', exact: true });
  const reason = 'Mum calls Gran every night';
  await expect(saveStatus(jo.page)).toHaveText('All changes saved');

  await test.step('while Jo types, the status never claims saved', async () => {
    const box = form(jo.page).getByLabel('Why this number and not lower?');
    await box.click();
    for (const letter of reason) {
      await box.press(letter === ' ' ? 'Space' : letter);
      await expect(saveStatus(jo.page)).toHaveText('Your answer is not sent yet');
    }
  });

  await test.step('reloading asks first, and the draft is still there afterwards, still unsent', async () => {
    const asked: string[] = [];
    jo.page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await jo.page.reload();
    expect(asked).toEqual(['beforeunload']);
    await expectBoardReady(jo.page);
    await scaling(jo.page);
    await expect(form(jo.page).getByLabel('Why this number and not lower?')).toHaveValue(reason);
    await expect(saveStatus(jo.page)).toHaveText('Your answer is not sent yet');
  });

  await test.step('once sent, it is saved; nobody else sees it before the reveal', async () => {
    const slider = form(jo.page).getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < 4; i++) await slider.press('PageUp');
    await expect(saveStatus(jo.page)).toHaveText('Your answer is not sent yet');
    await form(jo.page).getByRole('button', { name: 'Send the number' }).click();
    await expect(form(jo.page).getByRole('status')).toContainText('Sent 4', LIVE);
    await expect(saveStatus(jo.page)).toHaveText('All changes saved');
    await expect(alex.page.getByText(reason)).toHaveCount(0);
  });
});

test('words typed into a form that adds something count as unsaved until they are added', async ({ server, people }) => {
  const links = await server.createBoard('Review for Sam');
  const jo = await people.join(links.participant, 'Jo');
  await openPlan(jo.page);
  const box = jo.page.getByLabel('New stress point', { exact: true });
  await box.click();
  for (const letter of 'Payday') {
    await box.press(letter);
    await expect(saveStatus(jo.page)).toHaveText('Some words are not added yet');
  }
  await jo.page.getByRole('button', { name: 'Add stress point', exact: true }).click();
  await expect(jo.page.getByLabel('Stress point 1', { exact: true })).toHaveValue('Payday');
  await expect(saveStatus(jo.page)).toHaveText('All changes saved');
});

function openPart(page: Page, part: 'Plan' | 'Scaling') {
  return page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: part, exact: true }).click();
}

/** The box in the network's open "Change … details" form (opened first when it is closed). */
async function memberField(page: Page, label: string): Promise<Locator> {
  await openPart(page, 'Plan');
  await page.getByRole('button', { name: /^Change .*'s details$/ }).click();
  return page.getByRole('group', { name: /^Change .*details$/ }).getByLabel(label, { exact: true });
}

/** The box in the scale's "Change the words" form (opened first). */
async function scaleField(page: Page, label: string): Promise<Locator> {
  await openPart(page, 'Scaling');
  await page.getByRole('button', { name: 'Change the words', exact: true }).click();
  return page.getByRole('group', { name: 'Change the words of this question' }).getByLabel(label, { exact: true });
}

const PEOPLE_AND_SCALE_FIELDS: readonly { name: string; words: string; who: 'jo' | 'alex'; find: FieldFinder; shown: FieldFinder }[] = [
  {
    name: 'a network member’s name',
    words: 'Nana May',
    who: 'jo',
    find: (p) => memberField(p, 'Name'),
    shown: networkList,
  },
  {
    name: 'who they are to the child',
    words: 'Mum’s mother',
    who: 'jo',
    find: (p) => memberField(p, 'Who they are to the child'),
    shown: networkList,
  },
  { name: 'a scale’s question', words: 'How safe is Amy at home?', who: 'alex', find: (p) => scaleField(p, 'Question'), shown: scaleCard },
  { name: 'what 0 means', words: 'Amy will be hurt again', who: 'alex', find: (p) => scaleField(p, 'What 0 means'), shown: scaleCard },
  { name: 'what 10 means', words: 'Amy is safe every day', who: 'alex', find: (p) => scaleField(p, 'What 10 means'), shown: scaleCard },
];

async function networkList(page: Page): Promise<Locator> {
  await openPart(page, 'Plan');
  return page.getByRole('list', { name: "The family's network" });
}

async function scaleCard(page: Page): Promise<Locator> {
  await openPart(page, 'Scaling');
  return page.locator('.scale-card').first();
}

test('a network member’s name and relationship, and a scale’s question and ends, are kept when the tab closes in the box', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Review for Amy');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const sam = await people.join(links.participant, 'Sam');

  await test.step('Jo puts Gran on the network', async () => {
    await openPart(jo.page, 'Plan');
    const add = jo.page.getByRole('form', { name: 'Add a person to the network' });
    await add.getByLabel('Name', { exact: true }).fill('Gran');
    await add.getByLabel('Who they are to the child', { exact: true }).fill('Grandmother');
    await add.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(jo.page.getByRole('status').filter({ hasText: 'Gran was added.' })).toBeVisible();
    await expect(saveStatus(jo.page)).toHaveText('All changes saved');
  });

  for (const field of PEOPLE_AND_SCALE_FIELDS) {
    await test.step(`${field.name}: typed, the tab closed while still in the box, opened again`, async () => {
      const person = field.who === 'jo' ? jo : alex;
      const link = field.who === 'jo' ? links.participant : links.facilitator;
      const page = await openTab(person.context, link);
      const box = await field.find(page);
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.pressSequentially(field.words);
      await expect(box).toBeFocused();
      await expect(saveStatus(page)).toHaveText('All changes saved');
      await expect(box).toBeFocused();
      await page.close();

      const again = await openTab(person.context, link);
      await expect(await field.find(again)).toHaveValue(field.words);
      await again.close();
      await sam.page.reload();
      await expectBoardReady(sam.page);
      await expect(await field.shown(sam.page), `Sam should see ${field.name}`).toContainText(field.words, LIVE);
    });
  }

  await test.step('Sam, a participant, cannot change the scale’s words', async () => {
    await openPart(sam.page, 'Scaling');
    await expect(sam.page.getByRole('button', { name: 'Change the words', exact: true })).toHaveCount(0);
  });
});
