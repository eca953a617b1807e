/**
 * Small boxes that keep words on the device until a button adds them (a child's name, what a child
 * said in one of their houses) count as unsaved: while they hold words, the save status never says
 * "All changes saved", and leaving the page asks first.
 */
import type { Locator, Page } from '@playwright/test';
import { saveStatus } from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';

const UNSENT = 'Some words are not added yet';

/** Types `words` key by key, checking the save status after every key. */
async function typeWatchingStatus(page: Page, box: Locator, words: string): Promise<void> {
  await box.click();
  for (const letter of words) {
    await box.press(letter === ' ' ? 'Space' : letter);
    await expect(saveStatus(page)).toHaveText(UNSENT);
  }
}

/** Reloads, answering the browser's "leave this page?" question with `leave`; returns what was asked. */
async function reloadAnswering(page: Page, leave: boolean): Promise<string[]> {
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void (leave ? dialog.accept() : dialog.dismiss());
  });
  if (leave) await page.reload();
  else await page.reload({ timeout: 2_000 }).catch(() => undefined);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  return asked;
}

test('a child’s name and a child’s words typed but not added count as unsaved, and leaving asks first', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const jo = await people.join(links.participant, 'Jo');
  const houses = jo.page.getByRole('region', { name: 'Three houses', exact: true });
  await expect(saveStatus(jo.page)).toHaveText('All changes saved');

  await test.step('while Jo types the child’s name, the status never claims saved', async () => {
    await typeWatchingStatus(jo.page, houses.getByLabel('Child’s name', { exact: true }), 'Sam');
  });

  await test.step('adding the child saves it', async () => {
    await houses.getByRole('button', { name: 'Add a child', exact: true }).click();
    await expect(saveStatus(jo.page)).toHaveText('All changes saved');
  });

  const said = houses.getByPlaceholder('What did they say?').first();
  await test.step('while Jo types what Sam said, the status never claims saved', async () => {
    await typeWatchingStatus(jo.page, said, 'I like football');
  });

  await test.step('leaving the page asks first; staying keeps the words, still unsaved', async () => {
    await reloadAnswering(jo.page, false);
    await expect(said).toHaveValue('I like football');
    await expect(saveStatus(jo.page)).toHaveText(UNSENT);
  });

  await test.step('once added, nothing is unsaved and the page can be left without a question', async () => {
    await said.press('Enter');
    await expect(houses.getByLabel('The child’s words', { exact: true }).first()).toHaveValue('I like football');
    await expect(said).toHaveValue('');
    await expect(saveStatus(jo.page)).toHaveText('All changes saved');
    let asked = false;
    jo.page.once('dialog', (dialog) => {
      asked = true;
      void dialog.accept();
    });
    await jo.page.reload();
    await expectBoardReady(jo.page);
    expect(asked).toBe(false);
  });
});

test('the chair’s “Add someone in the room” and “Add your own step” count as unsaved until added', async ({ server, people }) => {
  const links = await server.createBoard('Review for Sam');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  const part = (name: string) =>
    page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name, exact: true }).click();
  await part('Scaling');
  await page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Not now' }).click();
  await expect(saveStatus(page)).toHaveText('All changes saved');

  const inRoom = page.getByLabel('Add someone in the room', { exact: true });
  await test.step('while the chair types a name for someone in the room, the status never claims saved', async () => {
    await typeWatchingStatus(page, inRoom, 'Nan');
  });

  await test.step('leaving the page asks first; adding the name saves it', async () => {
    await reloadAnswering(page, false);
    await expect(inRoom).toHaveValue('Nan');
    await inRoom.press('Enter');
    await expect(inRoom).toHaveValue('');
    await expect(saveStatus(page)).toHaveText('All changes saved');
  });

  const step = page.getByLabel('Add your own step', { exact: true });
  await test.step('while the chair types an agenda step, the status never claims saved', async () => {
    await part('Meeting');
    await typeWatchingStatus(page, step, 'Break');
  });

  await test.step('leaving the page asks first; adding the step saves it', async () => {
    await reloadAnswering(page, false);
    await expect(step).toHaveValue('Break');
    await page.getByRole('button', { name: 'Add step', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Remove step “Break”', exact: true })).toBeVisible();
    await expect(step).toHaveValue('');
    await expect(saveStatus(page)).toHaveText('All changes saved');
  });
});
