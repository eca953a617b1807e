/**
 * The keyboard focus stays on the natural next control after each action that changes the
 * controls under it (WCAG 2.4.3), lists act only when confirmed (3.2.2), and "Bring everyone here"
 * never moves someone in the middle of typing.
 */
import type { Page } from '@playwright/test';
import { NEXT_STEPS, WORRIES, addStatement, column, partButton, statement, statementBox } from './support/board';
import { expect, test } from './support/fixtures';

async function notNow(page: Page): Promise<void> {
  const warning = page.getByRole('alertdialog');
  await warning.getByRole('button', { name: 'Not now' }).click();
  await expect(warning).toHaveCount(0);
}

test('focus stays put after Undo, Start and End meeting, showing the numbers, closing the round and leaving the shared screen', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Review for Sam');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;

  await test.step('Undo puts the focus in the statement it brings back', async () => {
    await addStatement(page, WORRIES, 'Sam was left alone in May');
    await notNow(page);
    await statement(page, WORRIES, 0).getByRole('button', { name: 'Delete statement' }).click();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(statementBox(page, WORRIES, 0)).toBeFocused();
    await expect(statementBox(page, WORRIES, 0)).toHaveValue('Sam was left alone in May');
  });

  await test.step('Start meeting hands the focus to End meeting, and ending it back to Start meeting', async () => {
    await partButton(page, 'Meeting').click();
    await page.getByRole('button', { name: 'Start meeting', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Yes, end the meeting', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Start meeting', exact: true })).toBeFocused();
  });

  await test.step("Show everyone's numbers hands the focus to closing the round; closing it, to starting the next", async () => {
    const mum = await people.join(links.participant, 'Mum');
    await partButton(page, 'Scaling').click();
    await partButton(mum.page, 'Scaling').click();
    await page.getByRole('radio', { name: /Collect first, then show/ }).check();
    await page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await notNow(page).catch(() => undefined);
    const form = mum.page.getByRole('form', { name: 'Your number', exact: true });
    await form.getByRole('slider').focus();
    await form.getByRole('slider').press('PageUp');
    await form.getByRole('button', { name: /the number$/ }).click();
    const show = page.getByRole('button', { name: "Show everyone's numbers", exact: true });
    await expect(show).toBeEnabled();
    await show.focus();
    await page.keyboard.press('Enter');
    const close = page.getByRole('button', { name: /Close the round/ });
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Start a round', exact: true })).toBeVisible();
    const focusedInCard = page.getByRole('article').filter({ has: page.locator(':focus') });
    await expect(focusedInCard, 'the focus is on the next round’s choices, not lost').toHaveCount(1);
  });

  await test.step('leaving the shared screen puts the focus back on its button', async () => {
    await page.getByRole('button', { name: 'Shared screen', exact: true }).click();
    await page.getByRole('button', { name: 'Leave shared screen', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Shared screen', exact: true })).toBeFocused();
  });
});

test('browsing "Move to", "File under" and "Pair with" with the arrow keys changes nothing; the button does, and keeps the focus', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Family network meeting');
  const jo = await people.join(links.participant, 'Jo');
  const page = jo.page;

  await test.step('Move to', async () => {
    await addStatement(page, WORRIES, 'Dad drinks on Friday nights');
    const moveTo = statement(page, WORRIES, 0).getByLabel('Move to', { exact: true });
    await moveTo.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(column(page, WORRIES).getByRole('listitem')).toHaveCount(1);
    await moveTo.selectOption({ label: NEXT_STEPS });
    await expect(column(page, WORRIES).getByRole('listitem')).toHaveCount(1);
    await statement(page, WORRIES, 0).getByRole('button', { name: 'Move', exact: true }).click();
    await expect(column(page, NEXT_STEPS).getByRole('listitem')).toHaveCount(1);
    await expect(statement(page, NEXT_STEPS, 0).getByLabel('Move to', { exact: true })).toBeFocused();
  });

  await test.step('File under and Pair with', async () => {
    await page.getByRole('group', { name: 'Board view' }).getByRole('button', { name: 'Seven domains' }).click();
    const nextSteps = column(page, NEXT_STEPS);
    const card = nextSteps
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: 'Statement' }) })
      .first();
    const fileUnder = card.getByLabel('File under', { exact: true });
    await fileUnder.focus();
    await page.keyboard.press('ArrowDown');
    await expect(fileUnder, 'browsing the list files nothing').toHaveValue(/.*/);
    await fileUnder.selectOption({ label: 'Safety goals' });
    await expect(nextSteps.getByRole('region', { name: 'Safety goals', exact: true }).getByRole('listitem')).toHaveCount(0);
    await card.getByRole('button', { name: 'File', exact: true }).click();
    const goals = nextSteps.getByRole('region', { name: 'Safety goals', exact: true });
    await expect(goals.getByRole('listitem')).toHaveCount(1);
    await expect(goals.getByLabel('File under', { exact: true })).toBeFocused();

    const dangers = page.getByRole('region', { name: 'Danger statements', exact: true });
    await dangers.getByRole('button', { name: 'Add a statement', exact: true }).click();
    await page.keyboard.type('We are worried Dad will drink and drive with the children');
    const pairWith = dangers.getByLabel(/pair with a/i);
    await pairWith.focus();
    await page.keyboard.press('ArrowDown');
    await expect(dangers.getByRole('button', { name: 'Unpair' }), 'browsing the list pairs nothing').toHaveCount(0);
    await dangers.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect(dangers.getByRole('button', { name: 'Unpair' })).toBeFocused();
  });
});

test('"Bring everyone here" waits while someone types, keeps their words, then tells them where they are', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const mum = await people.join(links.participant, 'Mum');
  await addStatement(mum.page, WORRIES, 'Dad');
  await partButton(chair.page, 'Plan').click();
  const words = ' drinks on Friday nights and then drives us to school';

  await Promise.all([
    mum.page.keyboard.type(words, { delay: 60 }),
    (async () => {
      await expect(statementBox(mum.page, WORRIES, 0)).toHaveValue(/^Dad dr/);
      await chair.page.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
    })(),
  ]);
  await expect(statementBox(mum.page, WORRIES, 0), 'nothing moved while Mum typed: every word is in her statement').toHaveValue(
    `Dad${words}`,
  );
  await expect(partButton(mum.page, 'Board')).toHaveAttribute('aria-current', 'page');
  await expect(mum.page.getByRole('status').filter({ hasText: 'when you stop typing' })).toContainText('The plan');

  await expect(partButton(mum.page, 'Plan'), 'once she stops typing, she goes').toHaveAttribute('aria-current', 'page', {
    timeout: 10_000,
  });
  await expect(mum.page.getByRole('status').filter({ hasText: 'The chair brought everyone to The plan.' })).toHaveCount(1);
  await expect(mum.page.getByRole('main'), 'the focus is on the part now in view, not lost').toBeFocused();
  await partButton(mum.page, 'Board').click();
  await expect(statementBox(mum.page, WORRIES, 0)).toHaveValue(`Dad${words}`);
});

test('others’ changes are announced, paced, only to someone who turned it on', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const sarah = await people.join(links.participant, 'Sarah');
  const pat = await people.join(links.participant, 'Pat');
  const news = pat.page.getByRole('status').filter({ hasText: 'added a statement' });

  await addStatement(sarah.page, WORRIES, 'Dad drinks on Friday nights');
  await expect(statement(pat.page, WORRIES, 0).getByRole('textbox')).toHaveValue('Dad drinks on Friday nights');
  await expect(news, 'off until Pat turns it on').toHaveCount(0);

  await pat.page.getByLabel('Announce other people’s changes (for screen readers)').check();
  await addStatement(sarah.page, NEXT_STEPS, 'Gran will stay on Fridays');
  await expect(news).toHaveText('Sarah added a statement to What needs to happen?', { timeout: 15_000 });
  await addStatement(pat.page, WORRIES, 'Pat’s own words');
  await expect(pat.page.getByRole('status').filter({ hasText: 'Pat added' }), 'your own changes are not announced').toHaveCount(0);
});
