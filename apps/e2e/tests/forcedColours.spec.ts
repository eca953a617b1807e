/**
 * In forced colours (Windows High Contrast) a person can still tell where they are and what is
 * chosen: the current part, pressed and current options, the number chosen on the scale, every
 * button's edge and the focus (issue 15, WCAG 1.4.11 and 2.4.7).
 */
import type { Locator, Page } from '@playwright/test';
import { WORRIES, addStatement, column, partButton } from './support/board';
import { keepScreenshot, keyboardWalk } from './support/everyView';
import { forcedLook, hasForcedBoundary } from './support/forcedColours';
import { expect, test } from './support/fixtures';
import { LIVE, openRoomScreen, showing, startMeetingAt } from './support/room';

async function expectDistinct(chosen: Locator, other: Locator, what: string): Promise<void> {
  expect(await forcedLook(chosen), `${what}: the chosen one looks different from the others`).not.toBe(await forcedLook(other));
}

/** The visible buttons on the page (outside the drawing canvas) with no edge in forced colours. */
async function edgelessButtons(page: Page): Promise<string[]> {
  const missing: string[] = [];
  const buttons = page.locator('button:visible, [role="button"]:visible, select:visible, summary:visible');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    if (await button.evaluate((e) => e.closest('.tl-container') !== null)) continue;
    if (!(await hasForcedBoundary(button))) {
      missing.push(
        await button.evaluate(
          (e) =>
            `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}" .${e.className}`,
        ),
      );
    }
  }
  return missing;
}

test('in forced colours the current part, chosen options, the scale’s number, button edges and focus stay visible', async ({
  server,
  people,
}, testInfo) => {
  const keep = (name: string, body: Buffer) => testInfo.attach(name, { body, contentType: 'image/png' });
  test.slow();
  const links = await server.createBoard('Conference for Amy', { template: 'seven-domain' });
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const mum = await people.join(links.participant, 'Mum');
  for (const page of [chair.page, mum.page]) await page.emulateMedia({ forcedColors: 'active' });
  const page = mum.page;
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);

  await test.step('the board: the current part and the chosen board view', async () => {
    await expectDistinct(partButton(page, 'Board'), partButton(page, 'Scaling'), 'parts of the board');
    await page
      .getByRole('button', { name: 'Board view and highlights' })
      .click()
      .catch(() => undefined);
    const view = page.getByRole('group', { name: 'Board view' });
    await expectDistinct(view.getByRole('button', { pressed: true }), view.getByRole('button', { pressed: false }), 'board view');
    expect(await edgelessButtons(page), 'buttons with no edge on the board').toEqual([]);
    const walk = await keyboardWalk(page, { forced: true });
    expect(walk.unseen, 'controls whose focus cannot be seen in forced colours').toEqual([]);
  });

  await test.step('scaling: the chosen number on the line', async () => {
    await partButton(chair.page, 'Scaling').click();
    await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await chair.page.getByRole('alertdialog').getByRole('button', { name: 'Not now' }).click();
    await partButton(page, 'Scaling').click();
    const form = page.getByRole('form', { name: 'Your number', exact: true });
    const slider = form.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < 4; i++) await slider.press('PageUp');
    const thumb = slider.locator('.slider__thumb');
    await expect(thumb).toHaveText('4');
    expect(await hasForcedBoundary(thumb), 'the chosen number is ringed').toBe(true);
    await expectDistinct(thumb, slider.getByText('4', { exact: true }).first(), 'the chosen number and the 4 on the line');
    expect(await forcedLook(thumb), 'the chosen number takes the system highlight').not.toContain('"background":"rgb(255, 255, 255)"');
    expect(await edgelessButtons(page), 'buttons with no edge in scaling').toEqual([]);
    await keepScreenshot(page, 'forced-colours-scaling', keep);
    const walk = await keyboardWalk(page, { forced: true });
    expect(walk.unseen, 'controls whose focus cannot be seen in forced colours').toEqual([]);
  });

  await test.step('the drawing: the chosen page', async () => {
    await partButton(page, 'Draw').click();
    const pages = page.getByRole('navigation', { name: 'Drawing pages' });
    await expect(pages.getByRole('button', { name: 'Network map', exact: true })).toHaveAttribute('aria-current', 'page');
    await expectDistinct(
      pages.getByRole('button', { name: 'Network map', exact: true }),
      pages.getByRole('button', { name: 'Three houses', exact: true }),
      'drawing pages',
    );
    expect(await edgelessButtons(page), 'buttons with no edge on Draw').toEqual([]);
    await keepScreenshot(page, 'forced-colours-draw', keep);
  });

  await test.step('the chair’s meeting part', async () => {
    await partButton(chair.page, 'Meeting').click();
    expect(await edgelessButtons(chair.page), 'buttons with no edge on Meeting').toEqual([]);
    const walk = await keyboardWalk(chair.page, { forced: true });
    expect(walk.unseen, 'controls whose focus cannot be seen in forced colours').toEqual([]);
  });
});

test('in forced colours the plan’s rules and its agreement, and the room screen across the room, keep their edges, focus and words', async ({
  server,
  people,
}, testInfo) => {
  const keep = (name: string, body: Buffer) => testInfo.attach(name, { body, contentType: 'image/png' });
  test.slow();
  const links = await server.createBoard('Family network meeting for Mia');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  for (const page of [chair.page, room.page]) await page.emulateMedia({ forcedColors: 'active' });
  const page = chair.page;

  await test.step('the plan: a rule, the agreement and the draft or agreed badge', async () => {
    await partButton(page, 'Plan').click();
    await page.getByRole('button', { name: 'Add a rule', exact: true }).click();
    await page.keyboard.type('Gran collects Mia from school on Fridays');
    expect(await edgelessButtons(page), 'buttons with no edge on the plan').toEqual([]);
    await page.getByRole('button', { name: 'Mark the plan as agreed' }).click();
    await page.getByLabel('Anyone else who agreed (names, separated by commas)').fill('Gran');
    await page.getByRole('button', { name: 'Agree the plan', exact: true }).click();
    const badge = page.locator('.plan-status__badge');
    await expect(badge).toHaveText('Agreed');
    expect(await hasForcedBoundary(badge), 'the agreed badge keeps an edge when its fill is gone').toBe(true);
    await keepScreenshot(page, 'forced-colours-plan', keep);
    const walk = await keyboardWalk(page, { forced: true });
    expect(walk.unseen, 'controls whose focus cannot be seen in forced colours').toEqual([]);
  });

  await test.step('the room screen: the step, the worry and the way out', async () => {
    await startMeetingAt(page, 2);
    await addStatement(page, WORRIES, 'Dad shouts when he has been drinking');
    const tv = room.page;
    await openRoomScreen(tv);
    await expect(showing(tv)).toHaveAccessibleName(WORRIES, LIVE);
    await expect(tv.getByText('Step 2 of 4:')).toBeVisible();
    await expect(column(tv, WORRIES).getByRole('listitem')).toHaveText(['Dad shouts when he has been drinking']);
    expect(await edgelessButtons(tv), 'buttons with no edge on the room screen').toEqual([]);
    await keepScreenshot(tv, 'forced-colours-room', keep);
    // The screen was opened with a click: a key pressed first, as someone walking it by keyboard would.
    await tv.keyboard.press('Tab');
    const walk = await keyboardWalk(tv, { forced: true });
    expect(walk.unseen, 'controls whose focus cannot be seen in forced colours').toEqual([]);
  });
});
