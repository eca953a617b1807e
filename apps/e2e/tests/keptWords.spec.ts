/**
 * Words typed into a box that adds something are never lost when the part on screen changes: the
 * chair brings everyone elsewhere, or the person opens Scaling and comes back. They are kept on
 * the device per board, per person and per box, come back with the box, and the person is told
 * "Your unsent words are kept." (issue 15).
 */
import type { Page } from '@playwright/test';
import { WORRIES, column, partButton, saveStatus } from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';

const KEPT = 'Your unsent words are kept.';

function writer(page: Page) {
  return page.getByRole('form', { name: 'Write a danger statement', exact: true });
}

test('a half-written danger statement survives Scaling and back, "Bring everyone here" and a reload, and goes once used', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Conference for Amy', { template: 'seven-domain' });
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const mum = await people.join(links.participant, 'Mum');
  const page = mum.page;
  const dangers = column(page, WORRIES).getByRole('region', { name: 'Danger statements', exact: true });
  await dangers.getByRole('button', { name: 'Write a danger statement', exact: true }).click();
  const who = writer(page).getByLabel('Who is worried?', { exact: true });
  const behaviour = writer(page).getByLabel('About what behaviour?', { exact: true });
  await who.fill('The school');
  await behaviour.fill('when Dad drinks he shouts');
  await expect(saveStatus(page)).toHaveText('Some words are not added yet');
  await expect(writer(page).getByText(KEPT), 'nothing to say before the words were ever away').toHaveCount(0);

  await test.step('Mum opens Scaling and comes back: the writer is open with her words, and she is told', async () => {
    await partButton(page, 'Scaling').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Scaling', exact: true })).toBeVisible();
    await expect(writer(page)).toHaveCount(0);
    await expect(saveStatus(page), 'words kept away from their box still count as not added').toHaveText('Some words are not added yet');
    await partButton(page, 'Board').click();
    await expect(who).toHaveValue('The school');
    await expect(behaviour).toHaveValue('when Dad drinks he shouts');
    await expect(writer(page).getByText(KEPT)).toBeVisible();
    await expect(behaviour, 'a screen reader hears it in the box').toHaveAccessibleDescription(new RegExp(KEPT.replace('.', '\\.')));
  });

  await test.step('the chair brings everyone to the plan, and Mum comes back to her words', async () => {
    await partButton(chair.page, 'Plan').click();
    await chair.page.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
    await expect(partButton(page, 'Plan')).toHaveAttribute('aria-current', 'page', { timeout: 15_000 });
    await partButton(page, 'Board').click();
    await expect(behaviour).toHaveValue('when Dad drinks he shouts');
    await expect(writer(page).getByText(KEPT)).toBeVisible();
  });

  await test.step('a reload keeps them too (the page asks first)', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expectBoardReady(page);
    await expect(who).toHaveValue('The school');
    await expect(behaviour).toHaveValue('when Dad drinks he shouts');
  });

  await test.step('once used, the words are on the board and the box starts empty', async () => {
    await writer(page).getByLabel('What could happen to the child if nothing changes?', { exact: true }).fill('be frightened');
    await writer(page).getByRole('button', { name: 'Use this', exact: true }).click();
    await expect(dangers.getByRole('textbox', { name: 'Statement', exact: true }).first()).toHaveValue(
      /^The school is worried that when Dad drinks he shouts/,
    );
    await expect(saveStatus(page)).toHaveText('All changes saved');
    await partButton(page, 'Scaling').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Scaling', exact: true })).toBeVisible();
    await partButton(page, 'Board').click();
    await expect(writer(page), 'nothing is kept once it is added').toHaveCount(0);
    await dangers.getByRole('button', { name: 'Write a danger statement', exact: true }).click();
    await expect(who).toHaveValue('');
    await expect(writer(page).getByText(KEPT)).toHaveCount(0);
  });

  await test.step('the chair’s own boxes on another device are the chair’s: nothing of Mum’s shows there', async () => {
    const chairDangers = column(chair.page, WORRIES).getByRole('region', { name: 'Danger statements', exact: true });
    await partButton(chair.page, 'Board').click();
    await chairDangers.getByRole('button', { name: 'Write a danger statement', exact: true }).click();
    await expect(writer(chair.page).getByLabel('Who is worried?', { exact: true })).toHaveValue('');
  });
});

test('the chair’s new agenda step and a new bottom line wait across parts, each in its own box', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  await partButton(page, 'Meeting').click();
  const step = page.getByLabel('Add your own step', { exact: true });
  await step.fill('Break for ten minutes');
  await partButton(page, 'Plan').click();
  const bottomLine = page.getByLabel('New bottom line', { exact: true });
  await bottomLine.fill('Nobody drives the children after drinking');
  const newPerson = page.getByRole('form', { name: 'Add a person to the network' }).getByLabel('Name', { exact: true });
  await newPerson.fill('Aunt Jen');
  await partButton(page, 'Board').click();

  await partButton(page, 'Meeting').click();
  await expect(step).toHaveValue('Break for ten minutes');
  await expect(page.getByText(KEPT)).toBeVisible();
  await partButton(page, 'Plan').click();
  await expect(bottomLine).toHaveValue('Nobody drives the children after drinking');
  await expect(newPerson, 'a person’s name typed for the network waits too').toHaveValue('Aunt Jen');
  await page.getByRole('button', { name: 'Add bottom line', exact: true }).click();
  await expect(page.getByLabel('Bottom line 1', { exact: true })).toHaveValue('Nobody drives the children after drinking');
  await expect(bottomLine).toHaveValue('');
  await expect(saveStatus(page), 'the agenda step is still waiting to be added').toHaveText('Some words are not added yet');
});

test('the chair’s forms keep what was typed but not saved across parts and a reload: an invitation, who else agreed the plan, a rule’s time, a link’s end date, the timer’s minutes, the decision and a person’s details', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Plan for Mia');
  const chair = await people.join(links.facilitator, 'Alex');
  const page = chair.page;
  await partButton(page, 'Scaling').click();
  await page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await page.getByLabel('Add someone in the room', { exact: true }).fill('Nan');
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  await partButton(page, 'Meeting').click();
  const inviteName = page.getByLabel('Their name', { exact: true });
  await inviteName.fill('Kerry');
  await page.getByLabel('Who they are to the child (optional)').fill('Aunt');
  const notes = page.getByLabel('What else was decided', { exact: true });
  await notes.fill('Review the plan with the school');
  const minutesBox = page.getByLabel('Minutes', { exact: true });
  await minutesBox.fill('25');
  const details = page.getByRole('form', { name: 'More about someone on the network list' });
  await details.getByLabel('Who', { exact: true }).selectOption({ label: 'Nan' });
  await details.getByLabel('Contact details they are happy to share in the plan').fill('07700 900123');

  await partButton(page, 'Plan').click();
  await page.getByRole('button', { name: 'Mark the plan as agreed' }).click();
  const others = page.getByLabel('Anyone else who agreed (names, separated by commas)');
  await others.fill('Uncle Sam, Pastor Ade');
  await page.getByRole('button', { name: 'Add a rule', exact: true }).click();
  await page.keyboard.type('Gran collects Mia from school');
  const ruleTime = page.getByLabel('Times of day (if any)').first();
  await ruleTime.fill('15:30');
  await partButton(page, 'Meeting').click();
  const expiry = page.getByLabel(/stops working at/).first();
  await expiry.fill('2027-01-15T17:00');
  await partButton(page, 'Board').click();
  await expect(saveStatus(page)).toHaveText('Some words are not added yet');

  await test.step('a reload keeps every form’s words (the page asks first)', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expectBoardReady(page);
  });

  await test.step('the plan’s agreement opens again with the other names, and the person is told', async () => {
    await partButton(page, 'Plan').click();
    await expect(others).toHaveValue('Uncle Sam, Pastor Ade');
    await expect(others).toHaveAccessibleDescription(new RegExp(KEPT.replace('.', '\\.')));
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Mark the plan as agreed' }).click();
    await expect(others, 'cancelled: nothing kept').toHaveValue('');
    await expect(ruleTime, 'a rule’s time not added yet').toHaveValue('15:30');
  });

  await test.step('the invitation, the decision and Nan’s details are back on the Meeting part', async () => {
    await partButton(page, 'Meeting').click();
    await expect(inviteName).toHaveValue('Kerry');
    await expect(page.getByLabel('Who they are to the child (optional)')).toHaveValue('Aunt');
    await expect(notes).toHaveValue('Review the plan with the school');
    await expect(minutesBox, 'the timer’s minutes not used yet').toHaveValue('25');
    await expect(details.getByLabel('Who', { exact: true })).toHaveValue(/.+/);
    await expect(details.getByLabel('Contact details they are happy to share in the plan')).toHaveValue('07700 900123');
    await expect(expiry, 'a link’s new end date not set yet').toHaveValue('2027-01-15T17:00');
  });

  await test.step('once saved, nothing is kept and everything is saved', async () => {
    await details.getByRole('button', { name: "Save Nan's details" }).click();
    await expect(details.getByRole('status')).toHaveText("Nan's details are saved.");
    await page.getByRole('button', { name: 'Record the decision', exact: true }).click();
    await page.getByRole('button', { name: 'Make their link', exact: true }).click();
    await expect(page.getByRole('img', { name: "QR code of Kerry's link" })).toBeVisible();
    await expect(inviteName).toHaveValue('');
    await minutesBox.fill('10');
    await page
      .getByRole('button', { name: /^Set end date/ })
      .first()
      .click();
    await expect(page.getByText(/link now stops working/)).toBeVisible();
    await expect(expiry).toHaveValue('2027-01-15T17:00');
    await partButton(page, 'Plan').click();
    await page.getByRole('button', { name: 'Add time', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Times' })).toContainText('15:30');
    await expect(ruleTime).toHaveValue('');
    await expect(saveStatus(page)).toHaveText('All changes saved');
    await partButton(page, 'Meeting').click();
    await partButton(page, 'Board').click();
    await partButton(page, 'Meeting').click();
    await expect(notes, 'the decision as recorded').toHaveValue('Review the plan with the school');
    await expect(page.getByText(KEPT)).toHaveCount(0);
  });
});
