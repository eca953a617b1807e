/**
 * Removing someone else's work is safe: a statement deleted by one person is in "Recently
 * removed" for everyone who can edit, and anyone can bring it back whole — its words, its goal
 * and the rule that answers it. The author and the chair see who removed it; others do not.
 */
import type { Locator, Page } from '@playwright/test';
import { NEXT_STEPS, WORRIES, column, partButton } from './support/board';
import { expect, test } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';

const LIVE = { timeout: 3_000 };
const GAP_BESIDE = 'No rule in the safety plan answers this yet';

async function createBoard(server: KinboardServer) {
  return server.createBoard('Conference for Amy', { template: 'seven-domain' });
}

function dangers(page: Page): Locator {
  return column(page, WORRIES).getByRole('region', { name: 'Danger statements', exact: true });
}

function removed(page: Page): Locator {
  return page.getByRole('region', { name: 'Recently removed' });
}

test('a statement another person deleted comes back whole, with its goal and the rule that answers it', async ({ server, people }) => {
  const links = await createBoard(server);
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const sam = await people.join(links.participant, 'Sam');
  const danger = 'Social workers are worried that Dad drives after drinking with Amy in the car.';
  const goal = 'Amy only travels with a sober adult.';
  const rule = 'Gran drives Amy to school every day.';

  await test.step('the chair writes a danger statement, its goal, and a rule that answers it', async () => {
    await dangers(alex.page).getByRole('button', { name: 'Add a statement', exact: true }).click();
    await alex.page.keyboard.type(danger);
    await dangers(alex.page).getByRole('button', { name: 'Add safety goal', exact: true }).click();
    await alex.page.keyboard.type(goal);
    await partButton(alex.page, 'Plan').click();
    await alex.page.getByRole('button', { name: 'Add a rule', exact: true }).click();
    await alex.page.keyboard.type(rule);
    await alex.page
      .getByRole('group', { name: /Which danger statements does it answer/ })
      .getByRole('checkbox', { name: danger })
      .check();
    await partButton(alex.page, 'Board').click();
    await expect(dangers(alex.page).getByText(GAP_BESIDE, { exact: true })).toHaveCount(0);
    await expect(dangers(jo.page).getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue(danger, LIVE);
  });

  await test.step('Jo deletes it; it is in "Recently removed" for everyone, and only the chair sees who', async () => {
    await dangers(jo.page).getByRole('button', { name: 'Delete statement' }).click();
    await expect(dangers(alex.page).getByRole('listitem')).toHaveCount(0, LIVE);
    for (const page of [alex.page, sam.page]) {
      await removed(page).getByText('Recently removed', { exact: true }).click();
      await expect(removed(page).getByRole('listitem')).toContainText(danger, LIVE);
    }
    await expect(removed(alex.page).getByRole('listitem')).toContainText('by Jo');
    await expect(removed(sam.page).getByRole('listitem')).not.toContainText('by Jo');
  });

  await test.step('Sam brings it back: the words, the goal’s pair and the rule’s link are all there', async () => {
    await removed(sam.page)
      .getByRole('button', { name: /^Bring back/ })
      .click();
    for (const page of [alex.page, jo.page, sam.page]) {
      await expect(dangers(page).getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue(danger, LIVE);
      await expect(dangers(page).getByText(goal, { exact: true })).toBeVisible();
      await expect(dangers(page).getByText(GAP_BESIDE, { exact: true })).toHaveCount(0);
      await expect(column(page, NEXT_STEPS).getByText('Answers this danger statement', { exact: true })).toBeVisible();
      await expect(removed(page).getByRole('listitem')).toHaveCount(0);
    }
    await expect(sam.page.getByRole('status').filter({ hasText: 'Statement brought back.' })).toHaveCount(1);
    await partButton(jo.page, 'Plan').click();
    await expect(
      jo.page.getByRole('group', { name: /Which danger statements does it answer/ }).getByRole('checkbox', { name: danger }),
    ).toBeChecked();
  });
});
