/**
 * The screen in the room (issue 15): it shows what the meeting is on — the current step's part or
 * what the chair sent there — and nothing the chair merely looks at or types in; long content is
 * paged and every statement can be reached; scaling, drawings, the lock and the join code read
 * from across the room. The room screen is a viewer link at 1920 × 1080 (and a 1280 × 720 projector).
 */
import { NEXT_STEPS, WORRIES, addStatement, column, partButton } from './support/board';
import { expect, test } from './support/fixtures';
import {
  LIVE,
  PROJECTOR,
  TV,
  axeFindings,
  expectAllInside,
  keepScreenshot,
  openRoomScreen,
  qrSquares,
  roomControls,
  showing,
  startMeetingAt,
} from './support/room';

test("the room screen shows only the step's part or what the chair sent, never where the chair merely goes", async ({ server, people }) => {
  const links = await server.createBoard('Child protection conference');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 2);
  await addStatement(chair.page, WORRIES, 'Dad shouts when he has been drinking');
  await openRoomScreen(tv);
  await expect(showing(tv)).toHaveAccessibleName(WORRIES, LIVE);
  await expect(tv.getByText('Step 2 of 4:')).toBeVisible();

  const goal = 'Mum and Dad keep Sam safe at weekends';
  await test.step('the chair sets the timer, opens links, people and records, and types a goal elsewhere: the room stays on worries', async () => {
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByLabel('Minutes', { exact: true }).fill('10');
    await chair.page.getByRole('button', { name: 'Start timer', exact: true }).click();
    for (const panel of ['Links and access', 'People on this board', 'Past meetings']) {
      await chair.page.getByRole('heading', { name: panel, exact: true }).click();
    }
    await partButton(chair.page, 'Plan').click();
    await partButton(chair.page, 'Board').click();
    await addStatement(chair.page, NEXT_STEPS, goal);
    await expect(tv.getByRole('timer')).toHaveText(/^(10:00|09:[0-5]\d)$/, LIVE);
    await expect(showing(tv)).toHaveAccessibleName(WORRIES);
    await expect(tv.getByText(goal)).toHaveCount(0);
    await expect(column(tv, WORRIES).getByRole('listitem')).toHaveText(['Dad shouts when he has been drinking']);
  });

  await test.step('"Show on the room screen" sends the part the chair is on; "Back to the step" brings the step back', async () => {
    await partButton(chair.page, 'Plan').click();
    await roomControls(chair.page).getByRole('button', { name: 'Show on the room screen', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName('The plan', LIVE);
    await expect(roomControls(chair.page)).toContainText('The plan (sent by you)');
    await roomControls(chair.page).getByRole('button', { name: 'Back to the step', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName(WORRIES, LIVE);
  });

  await test.step('the plan, sent with the button beside it, shows its rules and bottom lines', async () => {
    await partButton(chair.page, 'Plan').click();
    await chair.page.getByRole('button', { name: 'Add a rule', exact: true }).click();
    await chair.page.keyboard.type('Gran collects Sam from school on Fridays');
    await chair.page.getByLabel('New bottom line', { exact: true }).fill('Sam is never left alone with Dad when he has been drinking');
    await chair.page.getByRole('button', { name: 'Add bottom line', exact: true }).click();
    await chair.page.getByRole('main').getByRole('button', { name: 'Show on the room screen', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName('The plan', LIVE);
    await expect(showing(tv).getByRole('heading', { name: 'What everyone will do' })).toBeVisible();
    await expect(showing(tv).getByRole('listitem').filter({ hasText: 'Gran collects Sam from school on Fridays' })).toBeVisible(LIVE);
    await expect(showing(tv).getByRole('heading', { name: 'Bottom lines' })).toBeVisible();
    await expect(showing(tv).getByRole('listitem').filter({ hasText: 'never left alone with Dad' })).toBeVisible(LIVE);
    await keepScreenshot(tv, 'room-plan-1920');
    await roomControls(chair.page).getByRole('button', { name: 'Back to the step', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName(WORRIES, LIVE);
  });

  await test.step('moving to the next step takes the room to that step’s part', async () => {
    await chair.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName('How safe are things for the children right now?', LIVE);
    await chair.page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName(NEXT_STEPS, LIVE);
    await expect(showing(tv)).toContainText(goal);
  });

  await test.step('locking the board shows on the room screen', async () => {
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByRole('button', { name: 'Lock the board', exact: true }).first().click();
    await expect(tv.getByRole('status').filter({ hasText: 'The board is locked' })).toBeVisible(LIVE);
    await keepScreenshot(tv, 'room-locked-1920');
    expect(await axeFindings(tv)).toEqual([]);
  });
});

test('a long column is paged "1 of N"; the chair turns the pages and every statement is reached, whole, on a TV and a projector', async ({
  server,
  people,
}) => {
  test.setTimeout(180_000);
  const links = await server.createBoard('Child protection conference');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 2);
  const worries = Array.from(
    { length: 12 },
    (_, i) => `Worry ${i + 1}: the DV in the home means Sam hears shouting late at night and is too tired for school the next day`,
  );
  for (const worry of worries) await addStatement(chair.page, WORRIES, worry);

  for (const [size, name] of [
    [TV, '1920'],
    [PROJECTOR, '1280'],
  ] as const) {
    await test.step(`at ${size.width} × ${size.height}`, async () => {
      if (name === '1920') await openRoomScreen(tv, size);
      else await tv.setViewportSize(size);
      const counter = showing(tv)
        .getByRole('paragraph')
        .filter({ hasText: /^Page \d+ of \d+$/ });
      await expect(counter).toHaveText(/^Page 1 of \d+$/, LIVE);
      const pages = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
      expect(pages, 'twelve long worries do not fit on one screen').toBeGreaterThan(1);
      const seen: string[] = [];
      for (let page = 1; page <= pages; page++) {
        await expect(counter).toHaveText(`Page ${page} of ${pages}`, LIVE);
        await expect(roomControls(chair.page)).toContainText(`Page ${page} of ${pages}`, LIVE);
        const items = column(tv, WORRIES).getByRole('listitem');
        await expectAllInside(tv, items);
        seen.push(...(await items.allTextContents()));
        if (page === 1) await keepScreenshot(tv, `room-paged-${name}`);
        if (page === 2 && name === '1920') await chair.page.screenshot({ path: test.info().outputPath('chair-room-controls.png') });
        if (page < pages) await roomControls(chair.page).getByRole('button', { name: 'Next page', exact: true }).click();
      }
      // DV is explained for the family: "DV (domestic abuse)".
      expect(seen.map((text) => text.replace(' (domestic abuse)', ''))).toEqual(worries);
      expect(seen[0]).toContain('DV (domestic abuse)');
      await roomControls(chair.page).getByRole('button', { name: 'Previous page', exact: true }).click();
      await expect(counter).toHaveText(`Page ${pages - 1} of ${pages}`, LIVE);
      // Back to the first page for the next screen size.
      for (let page = pages - 1; page > 1; page--)
        await roomControls(chair.page).getByRole('button', { name: 'Previous page', exact: true }).click();
    });
  }

  await test.step('pages turn by themselves at the pace the chair sets', async () => {
    await roomControls(chair.page).getByRole('button', { name: 'Pages turn: when I turn them', exact: true }).click();
    await expect(roomControls(chair.page).getByRole('button', { name: 'Pages turn: every 10 s', exact: true })).toBeVisible();
    await expect(
      showing(tv)
        .getByRole('paragraph')
        .filter({ hasText: /^Page 2 of \d+$/ }),
    ).toBeVisible({ timeout: 15_000 });
  });
});

test('a drawing page on the room screen is the whole page, fitted, with no tools or buttons', async ({ server, people }) => {
  test.setTimeout(150_000);
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 1);
  await openRoomScreen(tv);

  await partButton(chair.page, 'Draw').click();
  const pages = chair.page.getByRole('navigation', { name: 'Drawing pages', exact: true });
  await pages.getByRole('button', { name: 'Words and pictures', exact: true }).click({ timeout: 20_000 });
  await chair.page.getByRole('button', { name: 'Start from a layout', exact: true }).click();
  // The button beside the drawing's pages sends the page the chair is on.
  const aboutDrawing = chair.page.getByRole('complementary', { name: 'About this drawing', exact: true });
  await aboutDrawing.getByRole('button', { name: 'Show on the room screen', exact: true }).click();
  await expect(aboutDrawing.getByText('On the room screen now')).toBeVisible(LIVE);

  await expect(showing(tv)).toHaveAccessibleName('Words and pictures', LIVE);
  const picture = showing(tv).locator('img');
  await expect(picture).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectAllInside(tv, picture);
  // The picture is the page scaled as a whole, never cropped: its shown shape is the page's shape.
  const { shown, natural } = await picture.evaluate((img: HTMLImageElement) => ({
    shown: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
    natural: img.naturalWidth / img.naturalHeight,
  }));
  expect(Math.abs(shown - natural)).toBeLessThan(0.02);
  await expect(tv.getByRole('button')).toHaveText(['Leave shared screen']);
  await expect(tv.getByText(/tldraw/i)).toHaveCount(0);
  await keepScreenshot(tv, 'room-drawing-1920');

  // The chair draws a box: once the drawing is still, the room's picture is drawn again.
  const before = await picture.getAttribute('src');
  const canvas = chair.page.getByRole('region', { name: 'Drawing canvas', exact: true });
  const box = (await canvas.boundingBox())!;
  // An empty spot of the canvas, clear of tldraw's menus in its corners, so the key below reaches the drawing.
  await chair.page.mouse.click(box.x + box.width / 2, box.y + 50);
  await chair.page.keyboard.press('r');
  await chair.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await chair.page.mouse.down();
  await chair.page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 4 });
  await chair.page.mouse.up();
  await chair.page.keyboard.press('Escape');
  await expect.poll(() => picture.getAttribute('src'), { timeout: 15_000 }).not.toBe(before);
  await tv.setViewportSize(PROJECTOR);
  await expectAllInside(tv, picture);
  await keepScreenshot(tv, 'room-drawing-1280');
});

test('the room screen shows the join code with plain steps, and safety goals labelled with the worry each answers', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Initial conference', { template: 'seven-domain' });
  // A chair's device that never saw the participant link (the board was made elsewhere): the server gives it [K17].
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 4);
  await openRoomScreen(tv);

  await test.step('the join code', async () => {
    await roomControls(chair.page).getByRole('button', { name: 'Show the join code', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName('Join in on your phone', LIVE);
    const code = tv.getByRole('img', { name: 'QR code to join the meeting' });
    await expect(code).toBeVisible();
    // What a phone camera reads from it: the board's participant link as it is now.
    await expect(code.locator('path')).toHaveAttribute('d', qrSquares(links.participant));
    await expect(showing(tv)).toContainText('the chair will let you in');
    await keepScreenshot(tv, 'room-join-1920');
    await roomControls(chair.page).getByRole('button', { name: 'Back to the step', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName(NEXT_STEPS, LIVE);
  });

  await test.step('a safety goal is labelled and shows the danger statement it answers; a next step is labelled too', async () => {
    const danger = 'The school is worried that when Dad drinks he shouts, and Sam could be frightened if nothing changes.';
    const goal = 'Dad stays sober whenever he looks after Sam.';
    const nextStep = 'The HV visits on Mondays.';
    const area = (columnTitle: typeof WORRIES | typeof NEXT_STEPS, title: string) =>
      column(chair.page, columnTitle).getByRole('region', { name: title, exact: true });
    await area(WORRIES, 'Danger statements').getByRole('button', { name: 'Add a statement', exact: true }).click();
    await chair.page.keyboard.type(danger);
    await area(WORRIES, 'Danger statements').getByRole('button', { name: 'Add safety goal', exact: true }).click();
    await expect(area(NEXT_STEPS, 'Safety goals').getByRole('textbox', { name: 'Statement', exact: true })).toBeFocused();
    await chair.page.keyboard.type(goal);
    await area(NEXT_STEPS, 'Next steps').getByRole('button', { name: 'Add a statement', exact: true }).click();
    await chair.page.keyboard.type(nextStep);

    const goalItem = showing(tv).getByRole('listitem').filter({ hasText: goal });
    await expect(goalItem).toContainText('Safety goal', LIVE);
    await expect(goalItem).toContainText(`Answers the worry: ${danger}`);
    const stepItem = showing(tv).getByRole('listitem').filter({ hasText: 'visits on Mondays' });
    await expect(stepItem).toContainText('Next step', LIVE);
    await expect(stepItem).toContainText('The HV (health visitor) visits on Mondays.');
    await expect(showing(tv).getByRole('heading', { name: 'Safety goals', exact: true })).toBeVisible();
    await keepScreenshot(tv, 'room-goals-1920');
    expect(await axeFindings(tv)).toEqual([]);
  });
});
