import { WORRIES, column } from './support/board';
import { expect, test } from './support/fixtures';

test('a link with a wrong secret says plainly that it does not work', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  const wrong = `${links.participant.split('#')[0]}#${'A'.repeat(43)}`;
  const { page } = await people.open(wrong, 'someone with a wrong link');
  await page.getByLabel('Your name', { exact: true }).fill('Sam');
  await page.getByRole('button', { name: 'Join meeting', exact: true }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/link/i);
  await expect(column(page, WORRIES)).toHaveCount(0);
});

test('a link cut short before its secret says plainly what is wrong', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  const { page } = await people.open(links.participant.split('#')[0]!, 'someone with half a link');

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/link/i);
  await expect(column(page, WORRIES)).toHaveCount(0);
});
