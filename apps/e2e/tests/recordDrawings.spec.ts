/**
 * A meeting record holds each drawing page as a picture of how it was at the end of the meeting,
 * with its name and the words written for it (issue 14: "a record holds everything the board
 * held at the end").
 */
import type { Locator, Page } from '@playwright/test';
import { partButton } from './support/board';
import { expect, test } from './support/fixtures';

function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Drawing canvas', exact: true });
}

test('the record shows a drawn page as a picture, beside its name', async ({ server, people }) => {
  const links = await server.createBoard('Network meeting for Mia');
  const chair = await people.join(links.facilitator, 'Alex');
  const page = chair.page;
  await partButton(page, 'Meeting').click();
  await page.getByRole('button', { name: 'Start meeting', exact: true }).click();
  await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();

  await partButton(page, 'Draw').click();
  await expect(canvas(page).locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
  await page
    .getByRole('navigation', { name: 'Drawing pages', exact: true })
    .getByRole('button', { name: 'Network map', exact: true })
    .click();
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.click(box.x + 20, box.y + box.height - 20);
  await page.keyboard.press('r');
  await page.mouse.move(box.x + 120, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 180, { steps: 4 });
  await page.mouse.move(box.x + 280, box.y + 240, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.press('Escape');
  await expect(canvas(page).locator('.tl-shape')).toHaveCount(1);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await partButton(page, 'Meeting').click();
  await page.getByRole('button', { name: 'End meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
  const records = page.getByRole('region', { name: 'Past meetings' });
  await records.getByRole('button', { name: /^Open/ }).click();
  const drawings = records.getByRole('list', { name: 'Drawings', exact: true });
  const networkMap = drawings.getByRole('listitem').filter({ hasText: 'Network map' });
  await expect(networkMap.locator('img')).toBeVisible({ timeout: 20_000 });
  // A page nobody drew on has no picture, only its name.
  await expect(drawings.getByRole('listitem').filter({ hasNotText: 'Network map' }).locator('img')).toHaveCount(0);
});
