/**
 * A meeting record says exactly what the board said: worries nobody filed on a three-column board
 * are "Not sorted yet" (never the column's default domain), and the record keeps harm details,
 * whose view and the family's dispute, and a round opened before the meeting began; the step
 * clock stops when the meeting ends.
 */
import { WORRIES, addStatement, column, partButton } from './support/board';
import { expect, test } from './support/fixtures';

test('the record of a three-column board lists unfiled worries as "Not sorted yet", with the harm details and the dispute', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  const unsorted = 'Dad drinks on Friday nights';
  const harm = 'Amy was hit on her arm';

  await test.step('one worry is written in the three columns, another filed under Harm with its details', async () => {
    await addStatement(page, WORRIES, unsorted);
    // No meeting is running yet: the chair is told once, and says not now.
    const warning = page.getByRole('alertdialog');
    await expect(warning).toContainText('No meeting is running');
    await warning.getByRole('button', { name: 'Not now' }).click();
    await expect(warning).toHaveCount(0);
    await page.getByRole('group', { name: 'Board view' }).getByRole('button', { name: 'Seven domains' }).click();
    const harmDomain = column(page, WORRIES).getByRole('region', { name: 'Harm', exact: true });
    await harmDomain.getByRole('button', { name: 'Add a statement', exact: true }).click();
    await page.keyboard.type(harm);
    const card = harmDomain.getByRole('listitem').first();
    await card.getByText('Harm details', { exact: false }).first().click();
    await card.getByLabel('When did it happen?', { exact: true }).pressSequentially('Last Friday');
    await card.locator('summary', { hasText: /view/ }).click();
    await card.getByRole('group', { name: 'Does the family agree?' }).getByRole('radio', { name: 'Disputed', exact: true }).check();
    await card.getByLabel('The family’s words', { exact: true }).pressSequentially('Dad says it was an accident');
    await page.getByRole('group', { name: 'Board view' }).getByRole('button', { name: 'Three columns' }).click();
    await expect(page.getByText('All changes saved')).toBeVisible();
  });

  await test.step('a round opened before the meeting starts, and closed during it', async () => {
    await partButton(page, 'Scaling').click();
    await page.getByRole('radio', { name: /^Open/ }).check();
    await page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await partButton(page, 'Meeting').click();
    await page.getByRole('button', { name: 'Start meeting', exact: true }).click();
    await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
    await partButton(page, 'Scaling').click();
    await page.getByRole('button', { name: /Close the round/ }).click();
  });

  const runningClock = page.getByRole('timer').filter({ hasText: /\d\d:\d\d/ });
  await test.step('the chair times a step', async () => {
    await partButton(page, 'Meeting').click();
    await page.getByRole('button', { name: /What are we worried about\?/ }).click();
    await partButton(page, 'Meeting').click();
    await page.getByLabel('Minutes', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Start timer', exact: true }).click();
    await expect(runningClock.first()).toBeVisible();
  });

  await partButton(page, 'Meeting').click();
  await page.getByRole('button', { name: 'End meeting', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
  // The step clock stops with the meeting.
  await expect(runningClock).toHaveCount(0);
  const records = page.getByRole('region', { name: 'Past meetings' });
  await records.getByRole('button', { name: /^Open/ }).click();

  await expect(records.getByRole('region', { name: 'Record: Not sorted yet', exact: true })).toContainText(unsorted);
  await expect(records.getByRole('region', { name: 'Record: Harm', exact: true })).toContainText(harm);
  await expect(records.getByRole('region', { name: 'Record: Complicating factors', exact: true })).toHaveCount(0);
  // On screen; the record's printable summary (hidden on screen) names all seven domains, with the
  // unfiled worry under "Not sorted into a domain yet", never under complicating factors.
  await expect(records.getByText('Complicating factors').filter({ visible: true })).toHaveCount(0);
  const details = records.getByRole('region', { name: 'Record: Harm', exact: true }).getByRole('definition');
  await expect(details).toHaveText(['Last Friday']);
  await expect(records.getByRole('region', { name: 'Record: Harm', exact: true })).toContainText(
    'the family disagree: “Dad says it was an accident”',
  );
  await expect(records.getByRole('list', { name: 'Scale rounds in this meeting' }).getByRole('listitem')).toHaveCount(1);
});

test('opening a round with no meeting running warns the chair, who can start the meeting from the warning', async ({ server, people }) => {
  const links = await server.createBoard('Review meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  await partButton(page, 'Scaling').click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await expect(warning).toContainText('will not be in a meeting record');
  // It floats over the page: the round's controls are where they would be without it.
  const close = page.getByRole('button', { name: "Show everyone's numbers" });
  const where = await close.boundingBox();
  await warning.getByRole('button', { name: 'Start the meeting now' }).focus();
  expect(await close.boundingBox()).toEqual(where);
  await warning.getByRole('button', { name: 'Start the meeting now' }).click();
  await expect(warning).toHaveCount(0);
  await partButton(page, 'Meeting').click();
  await expect(page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
});
