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
