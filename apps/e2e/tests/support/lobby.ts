/** Joining a board that requires admission: the newcomer waits, the chair lets them in. */
import type { Page } from '@playwright/test';
import { expect, expectBoardReady, type People, type Person } from './fixtures';

/** A newcomer opens a shared link, gives their name, waits in the lobby, and is admitted by `chair` with `admit` ("Admit as participant"). */
export async function joinThroughLobby(
  people: People,
  chair: Page,
  link: string,
  name: string,
  admit: 'Admit as participant' | 'Admit as viewer',
): Promise<Person> {
  const person = await people.open(link, name);
  await person.page.getByLabel('Your name', { exact: true }).fill(name);
  await person.page.getByRole('button', { name: 'Join meeting', exact: true }).click();
  await expect(person.page.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible();
  const waiting = chair
    .getByRole('region', { name: 'Waiting to join' })
    .getByRole('listitem')
    .filter({ hasText: `Waiting to join: ${name}` });
  await waiting.getByRole('button', { name: admit, exact: true }).click();
  await expectBoardReady(person.page);
  return person;
}
