/**
 * Every view of Kinboard, with content on it, at 1280 px, at 320 px and at 400 % zoom: axe finds
 * no WCAG 2.2 AA violation of any impact, nothing scrolls sideways, and (at 1280 px) the keyboard
 * reaches every control with a focus that can be seen. Views are grouped by page load so the suite
 * stays short; phone screenshots are kept with the test output.
 */
import type { Page, TestInfo } from '@playwright/test';
import { NEXT_STEPS, WORKING_WELL, WORRIES, addStatement, column, partButton, statement } from './support/board';
import { NARROW, PHONE, ZOOM_400, expectKeyboardReachesEverything, expectViewWorks, keepScreenshot } from './support/everyView';
import { expect, test } from './support/fixtures';

// Each view is walked by keyboard at three sizes: three times the usual time.
test.beforeEach(() => test.slow());

function attacher(testInfo: TestInfo) {
  return (name: string, body: Buffer) => testInfo.attach(name, { body, contentType: 'image/png' });
}

/** The chair's first change with no meeting running brings a warning; this says "Not now" to it. */
async function notNow(page: Page): Promise<void> {
  const warning = page.getByRole('alertdialog');
  await warning.getByRole('button', { name: 'Not now' }).click();
  await expect(warning).toHaveCount(0);
}

test('the home page, the links page, the name prompt and the error pages', async ({ server, people }) => {
  const { page } = await people.open(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kinboard' })).toBeVisible();
  await expectViewWorks(page, 'home');
  await expectKeyboardReachesEverything(page, 'home');

  await page.getByLabel('Meeting title', { exact: true }).fill('Initial child protection conference for Sam and Amy');
  await page.getByRole('button', { name: 'Create board', exact: true }).click();
  await expect(page.getByLabel('Viewer link', { exact: true })).toBeVisible();
  await expectViewWorks(page, 'board links');
  await expectKeyboardReachesEverything(page, 'board links');

  const links = await server.createBoard('Initial conference');
  const guest = await people.open(links.participant);
  await expect(guest.page.getByLabel('Your name', { exact: true })).toBeVisible();
  await expect(guest.page).toHaveTitle('Join the meeting – Kinboard');
  await expectViewWorks(guest.page, 'name prompt');

  const errors: ReadonlyArray<readonly [string, string]> = [
    [`${server.origin}/no-such-page`, 'Page not found – Kinboard'],
    [`${server.origin}/b/${links.id}`, 'This board cannot be opened – Kinboard'],
    [`${server.origin}/b/${links.id}#not%a%secret`, 'This link does not work – Kinboard'],
  ];
  for (const [address, title] of errors) {
    // A new page load each time: only the part after # differs between two of these addresses.
    await guest.page.goto('about:blank');
    await guest.page.goto(address);
    await expect(guest.page, `${address} has its own title, not "Join the meeting"`).toHaveTitle(title);
    await expectViewWorks(guest.page, title);
  }
});

test('a three-column board with statements, "Whose view?" open and the undo message, on a phone too', async ({
  server,
  people,
}, testInfo) => {
  const links = await server.createBoard('Initial child protection conference for Sam');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  await addStatement(chair.page, WORRIES, 'Sam was left alone overnight in May when Mum went out, and nobody knew where she was');
  await notNow(chair.page);
  await addStatement(chair.page, WORKING_WELL, 'Aunt Jen lives two streets away and sees the children every day');
  await addStatement(chair.page, NEXT_STEPS, 'Mum will call Aunt Jen before she goes out');
  const mum = await people.join(links.participant, 'Mum');
  await expect(statement(mum.page, NEXT_STEPS, 0).getByRole('textbox')).toHaveValue(/Aunt Jen/);
  await expect(mum.page).toHaveTitle('Board – Initial child protection conference for Sam – Kinboard');

  await expectViewWorks(mum.page, 'three-column board (participant)');
  await expectKeyboardReachesEverything(mum.page, 'three-column board (participant)');
  await expectViewWorks(chair.page, 'three-column board (chair)');
  await expectKeyboardReachesEverything(chair.page, 'three-column board (chair)');

  const card = statement(mum.page, WORRIES, 0);
  await card.getByText('Whose view?').click();
  await expectViewWorks(mum.page, 'three-column board with "Whose view?" open');

  await test.step('the undo message fits the screen at 400 % zoom', async () => {
    await mum.page.setViewportSize({ width: ZOOM_400.width, height: ZOOM_400.height });
    await statement(mum.page, WORKING_WELL, 0).getByRole('button', { name: 'Delete statement' }).click();
    const toast = mum.page.getByRole('button', { name: 'Undo', exact: true });
    await expect(toast).toBeFocused();
    const box = await mum.page.locator('.toast').boundingBox();
    expect(box, 'the undo message is on screen').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(ZOOM_400.width);
    expect(box!.height, 'it leaves most of the screen free').toBeLessThanOrEqual(ZOOM_400.height / 2);
    await expectViewWorks(mum.page, 'board with the undo message', [ZOOM_400]);
    await mum.page.getByRole('button', { name: 'Undo', exact: true }).click();
  });

  await test.step('on a phone the first statement is on the first screen and every part is in the parts bar', async () => {
    await mum.page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await mum.page.evaluate(() => window.scrollTo(0, 0));
    const first = statement(mum.page, WORRIES, 0).getByRole('textbox', { name: 'Statement', exact: true });
    const box = await first.boundingBox();
    expect(box, 'the first statement').not.toBeNull();
    expect(box!.y + box!.height, 'the first statement ends within the first screen').toBeLessThanOrEqual(PHONE.height);
    for (const name of ['Board', 'Scaling', 'Plan', 'Draw', 'Meeting']) {
      const part = await partButton(mum.page, name).boundingBox();
      expect(part, name).not.toBeNull();
      expect(part!.x + part!.width, `${name} is inside the screen`).toBeLessThanOrEqual(PHONE.width);
    }
    await keepScreenshot(mum.page, 'phone-board', attacher(testInfo));
    await mum.page.getByRole('button', { name: /here · More/ }).click();
    await expect(mum.page.getByRole('list', { name: 'People here' })).toBeVisible();
    await keepScreenshot(mum.page, 'phone-board-header-open', attacher(testInfo));
    await expectViewWorks(mum.page, 'board with the phone header open', [PHONE]);
    await expectKeyboardReachesEverything(mum.page, 'board with the phone header open', [PHONE, NARROW]);
  });
});

test('a seven-domain board with statements, and the same board locked', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting', { template: 'seven-domain' });
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const harm = column(chair.page, WORRIES).getByRole('region', { name: 'Harm', exact: true });
  await harm.getByRole('button', { name: 'Add a statement', exact: true }).click();
  await chair.page.keyboard.type('Amy had a bruise on her arm in March');
  await notNow(chair.page);
  const mum = await people.join(links.participant, 'Mum');
  await expect(column(mum.page, WORRIES).getByRole('region', { name: 'Harm', exact: true }).getByRole('textbox')).toHaveValue(/bruise/);
  await expectViewWorks(mum.page, 'seven-domain board');
  await expectKeyboardReachesEverything(mum.page, 'seven-domain board');

  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByRole('button', { name: 'Lock the board', exact: true }).first().click();
  await expect(mum.page.getByRole('status').filter({ hasText: 'The board is locked' })).toBeVisible();
  await expectViewWorks(mum.page, 'locked board');
});

test('scaling with a round open, revealed and in the history; the answer form on a phone', async ({ server, people }, testInfo) => {
  const links = await server.createBoard('Review for Sam');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const mum = await people.join(links.participant, 'Mum');
  for (const page of [chair.page, mum.page]) await partButton(page, 'Scaling').click();
  await chair.page.getByRole('radio', { name: /Collect first, then show/ }).check();
  await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await notNow(chair.page);
  const form = mum.page.getByRole('form', { name: 'Your number', exact: true });
  await expect(form).toBeVisible();
  await expect(mum.page).toHaveTitle(/^Scaling – /);
  await expectViewWorks(mum.page, 'scaling, round open (participant)');
  await expectKeyboardReachesEverything(mum.page, 'scaling, round open (participant)');
  await expectViewWorks(chair.page, 'scaling, round open (chair)');

  await test.step('on a phone the answer form starts on the first screen', async () => {
    await mum.page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await mum.page.evaluate(() => window.scrollTo(0, 0));
    const slider = await form.getByRole('slider').boundingBox();
    expect(slider, 'the number line').not.toBeNull();
    expect(slider!.y + slider!.height, 'the number line is within the first screen').toBeLessThanOrEqual(PHONE.height);
    await keepScreenshot(mum.page, 'phone-scaling-round-open', attacher(testInfo));
    await mum.page.setViewportSize({ width: 1280, height: 800 });
  });

  const slider = form.getByRole('slider');
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < 4; i++) await slider.press('PageUp');
  await form.getByLabel('Why this number and not lower?').fill('Aunt Jen is there every day and Mum calls her every night');
  await form.getByRole('button', { name: /the number$/ }).click();
  await chair.page.getByRole('button', { name: "Show everyone's numbers", exact: true }).click();
  await expect(mum.page.getByRole('list', { name: "Everyone's numbers", exact: true }).getByRole('listitem')).toHaveCount(1);
  await expectViewWorks(mum.page, 'scaling, numbers shown');

  await chair.page.getByRole('button', { name: /Close the round/ }).click();
  await expect(mum.page.getByText('No round is open on this question.')).toBeVisible();
  await expectViewWorks(mum.page, 'scaling, history');
});

test('the plan and its printed copy, the drawing, and the meeting panels and a meeting record', async ({ server, people }, testInfo) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  await partButton(page, 'Plan').click();
  await page.getByRole('button', { name: 'Add a rule', exact: true }).click();
  await page.keyboard.type('Gran stays over every Friday night while Mum works late');
  await notNow(page);
  await page
    .getByLabel('New bottom line', { exact: true })
    .fill('The children are never left alone overnight, whoever is looking after them');
  await page.getByRole('button', { name: 'Add bottom line', exact: true }).click();
  await page.getByLabel('New stress point', { exact: true }).fill('Mum’s night shifts in December');
  await page.getByRole('button', { name: 'Add stress point', exact: true }).click();
  await expect(page.getByLabel('Bottom line 1', { exact: true })).toHaveValue(/never left alone/);
  await expect(page).toHaveTitle(/^Plan – /);
  await expectViewWorks(page, 'plan (chair)');
  await expectKeyboardReachesEverything(page, 'plan (chair)');
  const mum = await people.join(links.participant, 'Mum');
  await partButton(mum.page, 'Plan').click();
  await expect(mum.page.getByLabel('Bottom line 1', { exact: true })).toBeVisible();
  await expectViewWorks(mum.page, 'plan (participant)');
  await test.step('the bottom lines keep a usable width at 400 % zoom', async () => {
    await mum.page.setViewportSize({ width: ZOOM_400.width, height: ZOOM_400.height });
    const box = await mum.page.getByLabel('Bottom line 1', { exact: true }).boundingBox();
    expect(box!.width, 'a bottom line is wide enough to read and write in').toBeGreaterThanOrEqual(200);
    await mum.page.setViewportSize({ width: 1280, height: 800 });
  });
  await mum.page.emulateMedia({ media: 'print' });
  await expectViewWorks(mum.page, 'printed plan');
  await mum.page.emulateMedia({ media: 'screen' });

  await partButton(mum.page, 'Draw').click();
  await expect(mum.page.getByRole('region', { name: 'Drawing canvas' })).toBeVisible();
  await expect(mum.page.getByText(/To get past it, press Esc, then Shift\+Tab/)).toBeVisible();
  await expect(mum.page).toHaveTitle(/^Draw – /);
  await expectViewWorks(mum.page, 'draw');
  await expectKeyboardReachesEverything(mum.page, 'draw');
  await mum.page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await keepScreenshot(mum.page, 'phone-draw', attacher(testInfo));

  await partButton(page, 'Meeting').click();
  await page.getByRole('button', { name: 'Start meeting', exact: true }).click();
  await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/^Meeting – /);
  await expectViewWorks(page, 'meeting panels (chair)');
  await expectKeyboardReachesEverything(page, 'meeting panels (chair)');
  await page.getByRole('button', { name: 'End meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
  const records = page.getByRole('region', { name: 'Past meetings' });
  await records.getByRole('button', { name: /^Open/ }).click();
  await expect(records.getByRole('list', { name: 'Scale rounds in this meeting' })).toHaveCount(0);
  await expectViewWorks(page, 'a meeting record');
  await partButton(mum.page, 'Meeting').click();
  await keepScreenshot(mum.page, 'phone-meeting', attacher(testInfo));
  await expectViewWorks(mum.page, 'meeting panels (participant)');
});
