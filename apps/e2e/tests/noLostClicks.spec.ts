/**
 * No click is lost to a moving page: nothing that appears or goes when a box loses focus moves the
 * control under the pointer between the press and the click.
 */
import type { Locator, Page } from '@playwright/test';
import { WORRIES, addStatement, column } from './support/board';
import { expect, test } from './support/fixtures';

/** A click as a person makes it: press, the page draws a frame or two, release. */
async function humanClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.mouse.up();
}

test('right after typing the agency, the first click on "Agreed" counts', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const alex = await people.join(links.facilitator, 'Alex');
  await addStatement(alex.page, WORRIES, 'The school is worried that Amy comes in hungry.');
  const card = column(alex.page, WORRIES).getByRole('listitem').first();
  await card.locator('summary', { hasText: /view/ }).click();
  await card.getByLabel('Whose view is this?', { exact: true }).selectOption({ label: 'An agency (school, health, police…)' });
  await card.getByLabel('Which agency?', { exact: true }).pressSequentially('Oak Primary School');
  const agreed = card.getByRole('radio', { name: 'Agreed', exact: true });
  const where = await agreed.boundingBox();
  await humanClick(alex.page, agreed);
  await expect(agreed).toBeChecked();
  expect(await agreed.boundingBox()).toEqual(where);
});

test('right after a new statement is typed, "Whose view?" under it stays where it is', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const alex = await people.join(links.facilitator, 'Alex');
  await addStatement(alex.page, WORRIES, 'Amy misses school on Mondays.');
  const whoseView = column(alex.page, WORRIES).getByRole('listitem').first().locator('summary', { hasText: /view/ });
  const where = await whoseView.boundingBox();
  // Longer than any wait for the words to settle before a check or a button shows.
  await alex.page.waitForTimeout(600);
  expect(await whoseView.boundingBox(), 'nothing appeared above it after the typing stopped').toEqual(where);
});

test('the plain-words hints under a statement stay put when the box loses focus, so nothing below moves', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting', { template: 'three-column' });
  const jo = await people.join(links.participant, 'Jo');
  await addStatement(jo.page, WORRIES, 'The SW will visit');
  const card = column(jo.page, WORRIES).getByRole('listitem').first();
  const use = card.getByRole('button', { name: 'Use “social worker”', exact: true });
  await expect(use).toBeVisible();
  const below = card.getByLabel('Move to', { exact: true });
  const where = await below.boundingBox();
  await card.getByRole('textbox', { name: 'Statement', exact: true }).blur();
  await jo.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(card.getByRole('textbox', { name: 'Statement', exact: true })).not.toBeFocused();
  expect(await below.boundingBox(), 'the control under the hints did not move').toEqual(where);
  await expect(use, 'the hint is still there to use').toBeVisible();
});
