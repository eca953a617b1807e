/**
 * People, not links: the chair invites people with links of their own, removes exactly one of
 * them mid-meeting, lets a newcomer in from the lobby, and every person is listed once.
 */
import type { Page } from '@playwright/test';
import { WORRIES, addStatement, column, expectStatements, presenceList, statementBox, partButton } from './support/board';
import { enterName, expect, expectBoardReady, test } from './support/fixtures';

const LIVE = { timeout: 5_000 };

/** The chair invites someone from the Meeting part and returns their own link. */
async function invite(chair: Page, name: string, relation: string, options: { onNetwork?: boolean } = {}): Promise<string> {
  await chair.getByLabel('Their name', { exact: true }).fill(name);
  await chair.getByLabel('Who they are to the child (optional)').fill(relation);
  await chair.getByRole('checkbox', { name: 'Also put them on the network list' }).setChecked(options.onNetwork ?? true);
  await chair.getByRole('button', { name: 'Make their link', exact: true }).click();
  await expect(chair.getByRole('img', { name: `QR code of ${name}'s link` })).toBeVisible();
  return chair.getByLabel(`Link for ${name}`, { exact: true }).inputValue();
}

test('the chair invites two people and removes one mid-meeting: the other keeps typing and keeps every word, and the removed screen is cleared', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Okafor family meeting', { admission: true });
  const chair = await people.join(links.facilitator, 'Alex');
  await partButton(chair.page, 'Meeting').click();
  const sarahLink = await invite(chair.page, 'Sarah', 'Mum');
  const tomLink = await invite(chair.page, 'Tom', 'Dad');
  expect(sarahLink).not.toBe(tomLink);

  // Personal links open the board straight away, as that person, without the lobby.
  const sarah = await people.join(sarahLink, 'Sarah');
  const tom = await people.join(tomLink, 'Tom');
  const secret = 'Sarah has seen the worries';
  await addStatement(sarah.page, WORRIES, secret);
  await expectStatements(tom.page, WORRIES, [secret]);
  await expect(chair.page.getByRole('region', { name: 'People on this board' }).getByText('Here now')).toHaveCount(2, LIVE);

  await addStatement(tom.page, WORRIES, 'Tom:');
  const box = statementBox(tom.page, WORRIES, 1);
  let typed = 'Tom:';
  const words = ' I will take Mia to school every day and call Gran after'.split(/(?= )/);
  const typing = (async () => {
    for (const word of words) {
      await tom.page.keyboard.type(word, { delay: 20 });
      typed += word;
    }
  })();

  await test.step('the chair removes Sarah while Tom types', async () => {
    await chair.page.getByRole('button', { name: 'Remove Sarah', exact: true }).click();
    await chair.page.getByRole('button', { name: 'Yes, remove Sarah', exact: true }).click();
    await expect(sarah.page.getByRole('heading', { name: 'You have been removed from this meeting' })).toBeVisible(LIVE);
  });
  await typing;

  await test.step('Tom keeps every word, and so does everyone else; nobody else noticed', async () => {
    await expect(box).toHaveValue(typed);
    await partButton(chair.page, 'Board').click();
    await expectStatements(chair.page, WORRIES, [secret, typed], LIVE);
    await expect(tom.page.getByText('All changes saved')).toBeVisible(LIVE);
    await expect(tom.page.getByRole('alert')).toHaveCount(0);
    await expect(presenceList(chair.page).getByRole('listitem').filter({ hasText: 'Sarah' })).toHaveCount(0, LIVE);
  });

  await test.step("the board is gone from Sarah's screen, and her link no longer opens it", async () => {
    await expect(column(sarah.page, WORRIES)).toHaveCount(0);
    await expect(sarah.page.locator('body')).not.toContainText(secret);
    await expect(sarah.page.locator('body')).not.toContainText('Okafor family meeting');
    await sarah.page.reload();
    await expect(sarah.page.getByText('This link no longer works.', { exact: false })).toBeVisible(LIVE);
    await expect(sarah.page.locator('body')).not.toContainText(secret);
  });
});

test('a newcomer on the shared link waits, sees nothing of the board, and is let in by the chair; a reload keeps them the same person', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Review for Amy', { admission: true });
  const chair = await people.join(links.facilitator, 'Alex');
  await addStatement(chair.page, WORRIES, 'Amy missed school twice');

  const dev = await people.open(links.participant, 'Dev');
  await dev.page.getByLabel('Your name', { exact: true }).fill('Dev');
  await dev.page.getByRole('button', { name: 'Join meeting', exact: true }).click();
  await expect(dev.page.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible(LIVE);
  await expect(dev.page.locator('body')).not.toContainText('Review for Amy');
  await expect(dev.page.locator('body')).not.toContainText('Amy missed school');

  const lobby = chair.page.getByRole('region', { name: 'Waiting to join' });
  await expect(lobby).toContainText('Waiting to join: Dev', LIVE);
  await lobby.getByRole('button', { name: 'Admit as participant', exact: true }).click();
  await expectBoardReady(dev.page);
  await expectStatements(dev.page, WORRIES, ['Amy missed school twice']);
  await addStatement(dev.page, WORRIES, 'Dev can help on Fridays');
  await expectStatements(chair.page, WORRIES, ['Amy missed school twice', 'Dev can help on Fridays'], LIVE);

  await dev.page.reload();
  await expectBoardReady(dev.page);
  await expect(presenceList(chair.page).getByRole('listitem').filter({ hasText: 'Dev' })).toHaveCount(1, LIVE);
  await partButton(chair.page, 'Meeting').click();
  const onBoard = chair.page.getByRole('region', { name: 'People on this board' });
  await expect(onBoard.getByRole('listitem').filter({ hasText: 'Dev' })).toHaveCount(1, LIVE);
});

test('a person on the network list who joins with their own link is listed once: still to answer, who is here, and the record', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Core group for Mia');
  const chair = await people.join(links.facilitator, 'Alex');
  await partButton(chair.page, 'Meeting').click();
  // Sarah is already on the network list (added in the room below), so not added again here.
  const sarahLink = await invite(chair.page, 'Sarah', 'Mum', { onNetwork: false });
  await chair.page.getByRole('button', { name: 'Start meeting', exact: true }).click();

  await test.step('the chair adds Sarah as in the room, then Sarah joins on her laptop and the chair ties the two together', async () => {
    await partButton(chair.page, 'Scaling').click();
    await chair.page.getByRole('radio', { name: /^Open/ }).check();
    await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await chair.page.getByLabel('Add someone in the room', { exact: true }).fill('Sarah (Mum)');
    await chair.page.getByRole('button', { name: 'Add', exact: true }).click();
    const sarah = await people.open(sarahLink, 'Sarah');
    await enterName(sarah.page, 'Sarah');
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByLabel('Sarah on the network list as', { exact: true }).selectOption({ label: 'Sarah (Mum)' });
    await partButton(chair.page, 'Scaling').click();
    const still = chair.page.getByText(/Still to answer:/);
    await expect(still).toBeVisible(LIVE);
    await expect.poll(async () => ((await still.locator('..').textContent()) ?? '').match(/Sarah/g)?.length ?? 0, LIVE).toBe(1);
    await expect(still.locator('..')).not.toContainText('Alex');
    await expect(presenceList(chair.page).getByRole('listitem').filter({ hasText: 'Sarah' })).toHaveCount(1);

    await partButton(sarah.page, 'Scaling').click();
    const form = sarah.page.getByRole('form', { name: 'Your number', exact: true });
    const slider = form.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < 6; i++) await slider.press('PageUp');
    await form.getByRole('button', { name: /the number$/ }).click();
    await expect(chair.page.getByText(/Still to answer:/)).toHaveCount(0, LIVE);
  });

  await test.step('the record lists Sarah once', async () => {
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByRole('button', { name: 'End meeting', exact: true }).click();
    await chair.page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
    const records = chair.page.getByRole('region', { name: 'Past meetings' });
    await records.getByRole('button', { name: /^Open/ }).click();
    const whoCame = [
      records.getByRole('region', { name: 'In the room', exact: true }),
      records.getByRole('region', { name: 'Joined by link', exact: true }),
    ];
    let sarahs = 0;
    for (const part of whoCame) sarahs += ((await part.textContent()) ?? '').match(/Sarah/g)?.length ?? 0;
    expect(sarahs).toBe(1);
  });
});

test('contact details a person agreed to share are in the printed plan on every device; a language that is not a code is refused', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Plan for Mia');
  const chair = await people.join(links.facilitator, 'Alex');
  await partButton(chair.page, 'Scaling').click();
  await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await chair.page.getByLabel('Add someone in the room', { exact: true }).fill('Nan');
  await chair.page.getByRole('button', { name: 'Add', exact: true }).click();

  await partButton(chair.page, 'Meeting').click();
  const details = chair.page.getByRole('form', { name: 'More about someone on the network list' });
  await details.getByLabel('Who', { exact: true }).selectOption({ label: 'Nan' });
  await details.getByLabel('Contact details they are happy to share in the plan').fill('07700 900123');
  await details.getByLabel('The language they read').fill('Punjabi');
  await details.getByRole('button', { name: "Save Nan's details" }).click();
  await expect(details.getByRole('alert')).toContainText('A language is a tag');
  await details.getByLabel('The language they read').fill('pa');
  await details.getByRole('button', { name: "Save Nan's details" }).click();
  await expect(details.getByRole('status')).toHaveText("Nan's details are saved.");

  // Someone else's device sees them too: they are part of the board.
  const jo = await people.join(links.participant, 'Jo');
  await partButton(jo.page, 'Plan').click();
  await jo.page.emulateMedia({ media: 'print' });
  const copy = jo.page.locator('.plan-print');
  await expect(copy.getByRole('heading', { name: 'Who to contact' })).toBeVisible(LIVE);
  await expect(copy).toContainText('Nan');
  await expect(copy).toContainText('07700 900123');
});

test('an invited person goes on the network list as one entry tied to them; a room screen does not', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting for Mia');
  const chair = await people.join(links.facilitator, 'Alex');
  await partButton(chair.page, 'Meeting').click();
  await invite(chair.page, 'Kerry', 'Nan');
  await chair.page.getByLabel('Their name', { exact: true }).fill('Room screen');
  await chair.page.getByRole('radio', { name: 'Only looks (cannot change anything)' }).check();
  await expect(chair.page.getByRole('checkbox', { name: 'Also put them on the network list' })).not.toBeChecked();
  await chair.page.getByRole('button', { name: 'Make their link', exact: true }).click();
  await expect(chair.page.getByRole('img', { name: "QR code of Room screen's link" })).toBeVisible();

  const kerry = chair.page.getByLabel('Kerry on the network list as', { exact: true });
  await expect(kerry.locator('option:checked')).toHaveText('Kerry (Nan)', LIVE);
  const screen = chair.page.getByLabel('Room screen on the network list as', { exact: true });
  await expect(screen.locator('option:checked')).toHaveText('not on the list');
  // The same list everyone works from: Kerry once, the room screen not at all.
  await expect(screen.locator('option')).toHaveText(['not on the list', 'Kerry (Nan)']);
});
