/**
 * Running the meeting (issue 7): following the chair, the shared screen for the room, meeting
 * records, and replacing a link.
 */
import type { Page } from '@playwright/test';
import { WORKING_WELL, WORRIES, addStatement, column, expectViewerStatements, partButton } from './support/board';
import { expect, test } from './support/fixtures';

const LIVE = { timeout: 3_000 };

async function expectOnPart(page: Page, name: string) {
  await expect(partButton(page, name)).toHaveAttribute('aria-current', 'page', LIVE);
}

test('followers move with the chair, others stay, and "bring everyone here" moves everyone', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const follower = await people.join(links.participant, 'Nan');
  const other = await people.join(links.participant, 'Uncle Tom');

  await test.step('a participant follows the chair and sees the chip', async () => {
    await follower.page.getByRole('button', { name: 'Follow Chair Jo', exact: true }).click();
    await expect(follower.page.getByText('Following Chair Jo')).toBeVisible();
  });

  await test.step('the chair moves to Scaling: the follower moves, the other stays', async () => {
    await partButton(chair.page, 'Scaling').click();
    await expectOnPart(follower.page, 'Scaling');
    await expect(follower.page.getByRole('status').filter({ hasText: 'Following Chair Jo' })).toContainText('Scaling');
    await expectOnPart(other.page, 'Board');
    await expect(partButton(other.page, 'Board')).toHaveAttribute('aria-current', 'page');
  });

  await test.step('"Bring everyone here" moves the one who was not following too', async () => {
    await partButton(chair.page, 'Plan').click();
    await expectOnPart(follower.page, 'Plan');
    await expectOnPart(other.page, 'Board');
    await chair.page.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
    await expectOnPart(other.page, 'Plan');
  });

  await test.step('after the summon people may leave again; a follower can stop following', async () => {
    await partButton(other.page, 'Board').click();
    await expectOnPart(other.page, 'Board');
    await follower.page.getByRole('button', { name: 'Stop following', exact: true }).click();
    await partButton(chair.page, 'Draw').click();
    await expectOnPart(follower.page, 'Plan');
    await expectOnPart(other.page, 'Board');
    await expect(follower.page.getByRole('button', { name: 'Follow Chair Jo', exact: true })).toBeVisible();
  });
});

test('the chair is followed precisely, across three screens, to a domain and to a drawing page', async ({ server, people }) => {
  const response = await fetch(`${server.origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Initial conference', template: 'seven-domain' }),
  });
  expect(response.status).toBe(201);
  const { id, links } = (await response.json()) as { id: string; links: { facilitator: string; participant: string; viewer: string } };
  // The quick path: shared links open the board without the lobby.
  const admission = await fetch(`${server.origin}/api/boards/${id}/admission`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${new URL(links.facilitator).hash.slice(1)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ required: false }),
  });
  expect(admission.status).toBe(200);
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const nan = await people.join(links.participant, 'Nan');
  // The viewer link is the screen in the room: it follows the chair from the start.
  const tv = await people.join(links.viewer, 'Meeting room TV');
  await nan.page.getByRole('button', { name: 'Follow Chair Jo', exact: true }).click();
  const followers = [nan.page, tv.page];
  const chip = (page: Page) => page.getByRole('status').filter({ hasText: 'Following Chair Jo' });

  await test.step('the chair works in a domain: both followers are taken to it', async () => {
    const safety = (page: Page) => column(page, WORKING_WELL).getByRole('region', { name: 'Existing safety', exact: true });
    await safety(chair.page).getByRole('heading', { name: 'Existing safety' }).click();
    for (const page of followers) {
      await expect(chip(page)).toContainText('Existing safety', LIVE);
      await expect(safety(page)).toBeInViewport();
    }
    // Keyboard focus counts too: the chair tabs to a statement button in another domain.
    await column(chair.page, WORRIES)
      .getByRole('region', { name: 'Harm', exact: true })
      .getByRole('button', { name: 'Add a statement', exact: true })
      .focus();
    for (const page of followers) await expect(chip(page)).toContainText('Harm', LIVE);
  });

  await test.step('the chair turns to a drawing page: both followers open Draw on that page', async () => {
    const drawPage = (page: Page, name: string) =>
      page.getByRole('navigation', { name: 'Drawing pages', exact: true }).getByRole('button', { name, exact: true });
    await partButton(chair.page, 'Draw').click();
    await drawPage(chair.page, 'Three houses').click({ timeout: 20_000 });
    await expect(drawPage(chair.page, 'Three houses')).toHaveAttribute('aria-current', 'page');
    for (const page of followers) {
      await expectOnPart(page, 'Draw');
      await expect(drawPage(page, 'Three houses')).toHaveAttribute('aria-current', 'page', { timeout: 20_000 });
      await expect(chip(page)).toContainText('Drawing: Three houses');
    }
    await drawPage(chair.page, 'Words and pictures').click();
    for (const page of followers) await expect(drawPage(page, 'Words and pictures')).toHaveAttribute('aria-current', 'page', LIVE);
  });

  await test.step('a follower who turns a page themselves stays there until the chair moves again', async () => {
    const drawPage = (page: Page, name: string) =>
      page.getByRole('navigation', { name: 'Drawing pages', exact: true }).getByRole('button', { name, exact: true });
    await drawPage(nan.page, 'Network map').click();
    await expect(drawPage(nan.page, 'Network map')).toHaveAttribute('aria-current', 'page');
    await expect(drawPage(tv.page, 'Words and pictures')).toHaveAttribute('aria-current', 'page');
    await drawPage(chair.page, 'Three houses').click();
    for (const page of followers) await expect(drawPage(page, 'Three houses')).toHaveAttribute('aria-current', 'page', LIVE);
  });
});

test("the shared screen shows the current step's column in big type with the step and timer, and nothing to edit", async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Child protection conference');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const worry = 'Dad shouts when he has been drinking';
  await addStatement(chair.page, WORRIES, worry);
  await addStatement(chair.page, WORKING_WELL, 'Nan collects Sam from school');
  const room = await people.join(links.viewer, 'Meeting room TV');

  await test.step('the chair chooses the worries step and starts its timer', async () => {
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByRole('button', { name: /What are we worried about\?/ }).click();
    await expectOnPart(chair.page, 'Board');
    // The chair's focus goes back to the worries column for the room.
    await chair.page.getByRole('navigation', { name: 'Parts of the board' }).waitFor();
    await chair.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await chair.page.getByRole('button', { name: 'Previous step', exact: true }).click();
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByLabel('Minutes', { exact: true }).fill('10');
    await chair.page.getByRole('button', { name: 'Start timer', exact: true }).click();
    // Choosing the same step again keeps its clock and brings the room back to the worries column.
    await chair.page.getByRole('button', { name: /What are we worried about\?/ }).click();
    await expectOnPart(chair.page, 'Board');
  });

  await test.step('the room screen switches to shared-screen mode', async () => {
    const tv = room.page;
    await tv.setViewportSize({ width: 1920, height: 1080 });
    await tv.getByRole('button', { name: 'Shared screen', exact: true }).click();
    await expect(tv.locator('.board--shared-screen')).toBeVisible();
    await expect(column(tv, WORRIES)).toBeVisible(LIVE);
    await expect(column(tv, WORKING_WELL)).toHaveCount(0);
    await expectViewerStatements(tv, WORRIES, [worry], LIVE);
    await expect(tv.getByText('Step 2 of 4:')).toBeVisible();
    await expect(tv.getByRole('timer')).toHaveText(/^(10:00|09:[0-5]\d)$/);
    const size = await column(tv, WORRIES)
      .getByRole('listitem')
      .first()
      .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size, 'statements on the shared screen are in very large type').toBeGreaterThanOrEqual(28);
    await expect(tv.getByRole('textbox')).toHaveCount(0);
    await expect(tv.getByRole('button', { name: 'Add a statement' })).toHaveCount(0);
    await expect(tv.getByRole('list', { name: 'Here today' })).toContainText('Chair Jo');
    await tv.screenshot({ path: test.info().outputPath('shared-screen-tv.png') });
  });

  await test.step('it follows the chair to the next column', async () => {
    await chair.page.getByRole('button', { name: 'Previous step', exact: true }).click();
    await expect(column(room.page, WORKING_WELL)).toBeVisible(LIVE);
    await expect(column(room.page, WORRIES)).toHaveCount(0);
    // The next step starts with a fresh clock, not the worries step's time.
    await expect(room.page.getByRole('timer').filter({ hasText: /\d\d:\d\d/ })).toHaveCount(0, LIVE);
    await room.page.getByRole('button', { name: 'Leave shared screen', exact: true }).click();
    await expect(room.page.locator('.board--shared-screen')).toHaveCount(0);
    await chair.page.screenshot({ path: test.info().outputPath('chair-laptop.png'), fullPage: true });
  });
});

test('the chair pauses and extends the step timer, and another person sees both', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const nan = await people.join(links.participant, 'Nan');
  const clock = (page: Page) => page.getByRole('region', { name: 'The meeting now' }).getByRole('timer');
  const label = (page: Page) => page.getByRole('region', { name: 'The meeting now' }).locator('.step-clock__label');
  const seconds = (text: string) => {
    const [m, s] = text.split(':').map(Number);
    return m! * 60 + s!;
  };

  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByRole('button', { name: 'Start the agenda', exact: true }).click();
  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByLabel('Minutes', { exact: true }).fill('2');
  await chair.page.getByRole('button', { name: 'Start timer', exact: true }).click();
  await expect(label(nan.page)).toHaveText('Time left', LIVE);
  await expect(clock(nan.page)).toHaveText(/^0[12]:[0-5]\d$/);

  await test.step('paused: the other person sees it stop at the same time as the chair', async () => {
    await chair.page.getByRole('button', { name: 'Pause timer', exact: true }).click();
    await expect(label(nan.page)).toHaveText('Timer paused', LIVE);
    const paused = await clock(chair.page).textContent();
    await expect(clock(nan.page)).toHaveText(paused!);
  });

  await test.step('extended by 5 minutes while paused: the other person sees 5 more minutes', async () => {
    const before = seconds((await clock(nan.page).textContent())!);
    await chair.page.getByRole('button', { name: 'Add 5 minutes', exact: true }).click();
    await expect.poll(async () => seconds((await clock(nan.page).textContent())!), LIVE).toBe(before + 300);
    await expect(label(nan.page)).toHaveText('Timer paused');
  });

  await test.step('resumed: it counts down again for both', async () => {
    await chair.page.getByRole('button', { name: 'Resume timer', exact: true }).click();
    await expect(label(nan.page)).toHaveText('Time left', LIVE);
    const resumedAt = seconds((await clock(nan.page).textContent())!);
    await expect.poll(async () => seconds((await clock(nan.page).textContent())!), { timeout: 5_000 }).toBeLessThan(resumedAt);
  });
});

test('ending a meeting keeps a record of the whole board, the rounds, and who came in the room or by link', async ({ server, people }) => {
  const links = await server.createBoard('Review meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByRole('button', { name: 'Start meeting', exact: true }).click();
  await expect(chair.page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();

  const nan = await people.join(links.participant, 'Nan');
  const strength = 'Nan takes Sam swimming every Saturday';
  await addStatement(nan.page, WORKING_WELL, strength);
  await expect(nan.page.getByText('All changes saved')).toBeVisible();

  await test.step('the chair records a number for Gran, who is in the room without a device', async () => {
    await partButton(chair.page, 'Scaling').click();
    await chair.page.getByRole('radio', { name: /^Open/ }).check();
    await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await chair.page.getByLabel('Add someone in the room', { exact: true }).fill('Gran');
    await chair.page.getByRole('button', { name: 'Add', exact: true }).click();
    const form = chair.page.getByRole('form', { name: "Gran's number", exact: true });
    const slider = form.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < 7; i++) await slider.press('PageUp');
    await form.getByRole('button', { name: /the number$/ }).click();
    await expect(chair.page.getByRole('img', { name: 'Gran: 7' })).toBeVisible(LIVE);
    await chair.page.getByRole('button', { name: /Close the round/ }).click();
  });

  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByRole('button', { name: 'End meeting', exact: true }).click();
  await chair.page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
  await expect(chair.page.getByRole('button', { name: 'Start meeting', exact: true })).toBeVisible();

  const records = chair.page.getByRole('region', { name: 'Past meetings' });
  await records.getByRole('button', { name: /^Open/ }).click();
  await expect(records.getByRole('region', { name: `Record: ${WORKING_WELL}` })).toContainText(strength);
  await expect(records.getByRole('region', { name: 'In the room', exact: true })).toContainText('Gran');
  const byLink = records.getByRole('region', { name: 'Joined by link', exact: true });
  await expect(byLink).toContainText('Nan (taking part)');
  await expect(byLink).toContainText('Chair Jo (running the meeting)');
  await expect(records.getByRole('list', { name: "The family's network" })).toContainText('Gran (in the room)');
  const rounds = records.getByRole('list', { name: 'Scale rounds in this meeting' });
  await expect(rounds).toContainText('How safe are things for the children right now?');
  await expect(rounds).toContainText('Gran: 7 (recorded by Chair Jo)');
  await expect(records.getByRole('textbox')).toHaveCount(0);
  await chair.page.screenshot({ path: test.info().outputPath('meeting-record.png'), fullPage: true });
});

test('locking the board tells everyone plainly why nothing can be changed, and unlocking gives it back', async ({ server, people }) => {
  const links = await server.createBoard('Core group');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const nan = await people.join(links.participant, 'Nan');
  await chair.page.getByRole('button', { name: 'Lock the board', exact: true }).click();
  const banner = nan.page.getByRole('status').filter({ hasText: 'The board is locked' });
  await expect(banner).toContainText('you cannot change anything right now', LIVE);
  await expect(banner).toContainText('The person running the meeting has stopped changes for now');
  await expect(banner).toContainText('You can add and change things again when they unlock it.');
  await expect(column(nan.page, WORRIES).getByRole('button', { name: 'Add a statement', exact: true })).toHaveCount(0);
  await expect(chair.page.getByRole('status').filter({ hasText: 'The board is locked' })).toContainText(
    'Only you and other facilitators can change it now.',
  );
  await chair.page.getByRole('button', { name: 'Unlock the board', exact: true }).click();
  await expect(banner).toHaveCount(0, LIVE);
  await expect(column(nan.page, WORRIES).getByRole('button', { name: 'Add a statement', exact: true })).toBeVisible();
});

test("a replaced link closes the old participant's board with the plain reason", async ({ server, people }) => {
  const links = await server.createBoard('Core group');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const jo = await people.join(links.participant, 'Jo');
  await partButton(chair.page, 'Meeting').click();
  await chair.page.getByRole('button', { name: 'Replace the participant link', exact: true }).click();
  await chair.page.getByRole('button', { name: 'Yes, replace it', exact: true }).click();
  await expect(chair.page.getByRole('status').filter({ hasText: 'The participant link was replaced' })).toBeVisible();
  await expect(jo.page.getByRole('alert')).toContainText(
    'This link no longer works. Ask the person running the meeting for a new one.',
    LIVE,
  );
  const newLink = await chair.page.getByLabel('Participant link', { exact: true }).inputValue();
  expect(newLink).not.toBe(links.participant);
  await chair.page.screenshot({ path: test.info().outputPath('links.png'), fullPage: true });
});
