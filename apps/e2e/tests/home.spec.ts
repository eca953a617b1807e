import { COLUMNS, column, presenceOf } from './support/board';
import { enterName, expect, test } from './support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the home page creates a board, shows its three links, and the facilitator link opens it', async ({ page, server }) => {
  await page.goto(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kinboard' })).toBeVisible();

  await page.getByLabel('Meeting title', { exact: true }).fill('Family network meeting for Sam');
  await page.getByRole('button', { name: 'Create board', exact: true }).click();

  const linkPattern = new RegExp(`^${server.origin.replace(/\./g, '\\.')}/b/([^/#?]+)#(.+)$`);
  const links = { facilitator: '', participant: '', viewer: '' };
  for (const role of ['facilitator', 'participant', 'viewer'] as const) {
    const label = `${role[0]!.toUpperCase()}${role.slice(1)} link`;
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(linkPattern);
    await expect(field, `${label} should be read-only`).not.toBeEditable();
    links[role] = await field.inputValue();
    await expect(page.getByRole('button', { name: `Copy ${role} link`, exact: true })).toBeVisible();
  }
  const board = linkPattern.exec(links.facilitator)![1];
  expect(linkPattern.exec(links.participant)![1], 'all three links open the same board').toBe(board);
  expect(linkPattern.exec(links.viewer)![1], 'all three links open the same board').toBe(board);
  expect(new Set(Object.values(links)).size, 'each role has its own link').toBe(3);

  await page.getByRole('button', { name: 'Copy participant link', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(links.participant);

  // "Open the board" is the facilitator link: whoever made the board runs the meeting.
  const openBoard = page.getByRole('link', { name: 'Open the board', exact: true });
  await expect(openBoard).toBeVisible();
  const opensNewTab = (await openBoard.getAttribute('target')) === '_blank';
  const [boardPage] = await Promise.all([opensNewTab ? page.context().waitForEvent('page') : Promise.resolve(page), openBoard.click()]);
  await expect(boardPage).toHaveURL(links.facilitator);
  await enterName(boardPage, 'Alex');
  await expect(boardPage.getByRole('heading', { level: 1 })).toHaveText('Family network meeting for Sam');
  await expect(presenceOf(boardPage, 'Alex')).toContainText('facilitator');
  for (const title of COLUMNS) {
    await expect(column(boardPage, title).getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(column(boardPage, title).getByRole('button', { name: 'Add a statement', exact: true })).toBeVisible();
  }
});
