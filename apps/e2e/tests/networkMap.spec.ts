/**
 * The network map drawn from the network list: one action puts everyone around the child, grouped
 * by how they are connected; a renamed person is renamed on the map, and a person taken off the
 * list is marked there, not dropped.
 */
import { addNetworkMember, removeNetworkMember, updateNetworkMember } from '@kinboard/model';
import type { Locator, Page } from '@playwright/test';
import { partButton } from './support/board';
import { expect, test } from './support/fixtures';
import { changeBoard } from './support/seedBoard';

function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Drawing canvas', exact: true });
}

test('one action draws the network list on the map, and the map follows the list', async ({ server, people }, testInfo) => {
  test.setTimeout(120_000);
  const links = await server.createBoard('The Smith family');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  await changeBoard(server.origin, links.facilitator, (doc) => {
    addNetworkMember(doc, { id: 'm_kerry', name: 'Kerry', relationship: 'mum', kind: 'family' });
    addNetworkMember(doc, { id: 'm_rosa', name: 'Rosa', relationship: 'grandmother', kind: 'family' });
    addNetworkMember(doc, { id: 'm_patel', name: 'Miss Patel', relationship: 'teacher', kind: 'professional' });
  });
  await partButton(page, 'Draw').click();
  await expect(canvas(page).locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
  await page
    .getByRole('navigation', { name: 'Drawing pages', exact: true })
    .getByRole('button', { name: 'Network map', exact: true })
    .click();
  await page.getByRole('button', { name: 'Draw the network from the list', exact: true }).click();
  // No meeting is running: the chair is told so once; this test is not about meetings.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByText('3 people drawn from the list.')).toBeVisible();
  for (const name of ['Kerry', 'Rosa', 'Miss Patel', 'Close to the child']) {
    await expect(canvas(page).getByText(name, { exact: false }).first()).toBeVisible();
  }
  const centreX = async (name: string) => {
    const box = (await canvas(page).locator('.tl-shape').filter({ hasText: name }).last().boundingBox())!;
    return box.x + box.width / 2;
  };
  const child = await centreX('The child');
  expect(await centreX('Kerry'), 'family to the left of the child').toBeLessThan(child);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await changeBoard(server.origin, links.facilitator, (doc) => {
    updateNetworkMember(doc, 'm_kerry', { name: 'Kerry Smith' });
    removeNetworkMember(doc, 'm_rosa');
  });
  await expect(canvas(page).getByText('Kerry Smith').first()).toBeVisible();
  await expect(canvas(page).locator('.tl-shape').filter({ hasText: 'Rosa' })).toContainText('no longer on the network list');
  // Pressed again, nobody is drawn twice.
  await page.getByRole('button', { name: 'Draw the network from the list', exact: true }).click();
  await expect(page.getByText('Everyone on the list is on the map already.')).toBeVisible();
  await expect(canvas(page).locator('.tl-shape').filter({ hasText: 'Miss Patel' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('network-map.png') });
});
