/**
 * The connection as a person lives it: links that cannot work, boards that change under them
 * (locked, deleted) while their device is away, and when "All changes saved" may be believed.
 */
import { WORRIES, column } from './support/board';
import { expect, test } from './support/fixtures';

test('a link damaged in copying says plainly that it does not work, instead of a blank page', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  // A stray % (a mail program cut the link, or someone retyped it) is not valid in a fragment.
  const { page } = await people.open(`${links.participant}%zz`, 'someone with a damaged link');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/link/i);
  await expect(page.getByRole('link', { name: 'Go to the Kinboard home page' })).toBeVisible();
  await expect(column(page, WORRIES)).toHaveCount(0);
});
