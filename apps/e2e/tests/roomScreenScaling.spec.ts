/**
 * Scaling on the screen in the room (issue 15): the question, what 0 and 10 mean, each person's
 * number with their name, and their reasons, large, and paged when there are many.
 */
import { partButton } from './support/board';
import { expect, test } from './support/fixtures';
import {
  LIVE,
  PROJECTOR,
  axeFindings,
  expectAllInside,
  giveNumber,
  keepScreenshot,
  openRoomScreen,
  roomControls,
  showing,
  startMeetingAt,
} from './support/room';

test('scaling on the room screen: the question, what 0 and 10 mean, each name with their number, and the reasons', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const nan = await people.join(links.participant, 'Nan Wilson');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 3);
  await openRoomScreen(tv);
  await expect(showing(tv)).toHaveAccessibleName('How safe are things for the children right now?', LIVE);

  await partButton(chair.page, 'Scaling').click();
  await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
  await partButton(nan.page, 'Scaling').click();
  await giveNumber(
    nan.page.getByRole('form', { name: 'Your number', exact: true }),
    4,
    'Mum calls me every night',
    'Dad coming to the meetings',
  );
  await giveNumber(
    chair.page.getByRole('form', { name: 'Your number', exact: true }),
    7,
    'The school sees Sam every day',
    'A plan for weekends',
  );
  const reveal = chair.page.getByRole('button', { name: "Show everyone's numbers", exact: true });
  if (await reveal.isVisible()) await reveal.click();

  const answers = showing(tv).getByRole('listitem');
  await expect(answers).toHaveCount(2, LIVE);
  await expect(showing(tv)).toContainText('How safe are things for the children right now?');
  await expect(showing(tv)).toContainText('0 means');
  await expect(showing(tv)).toContainText('10 means');
  await expect(answers.filter({ hasText: 'Nan Wilson' })).toContainText('4');
  await expect(answers.filter({ hasText: 'Nan Wilson' })).toContainText('Mum calls me every night');
  await expect(answers.filter({ hasText: 'Nan Wilson' })).toContainText('Dad coming to the meetings');
  await expect(answers.filter({ hasText: 'Chair Jo' })).toContainText('7');
  await expect(answers.filter({ hasText: 'Chair Jo' })).toContainText('The school sees Sam every day');
  await expectAllInside(tv, answers);
  const size = await answers.first().evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize));
  expect(size, 'names and numbers are large').toBeGreaterThanOrEqual(28);
  await keepScreenshot(tv, 'room-scaling-1920');
  expect(await axeFindings(tv)).toEqual([]);
});

test("many people's numbers page on the room screen, every name and reason reachable, on a 1280 × 720 projector", async ({
  server,
  people,
}) => {
  test.setTimeout(180_000);
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;
  await startMeetingAt(chair.page, 3);
  await openRoomScreen(tv, PROJECTOR);
  await partButton(chair.page, 'Scaling').click();
  await chair.page.getByRole('radio', { name: /^Open/ }).check();
  await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();
  const names = ['Gran Wilson', 'Uncle Tom Reid', 'Auntie Mo Reid', 'Pat Okafor', 'Dev Sharma', 'Lou Evans', 'Sam Tutor'];
  for (const [i, name] of names.entries()) {
    await chair.page.getByLabel('Add someone in the room', { exact: true }).fill(name);
    await chair.page.getByRole('button', { name: 'Add', exact: true }).click();
    await giveNumber(
      chair.page.getByRole('form', { name: `${name}'s number`, exact: true }),
      i + 2,
      `${name} sees the children fed and at school every day`,
      `${name} would like a plan for the weekends`,
    );
  }
  const counter = showing(tv)
    .getByRole('paragraph')
    .filter({ hasText: /^Page \d+ of \d+$/ });
  await expect(counter).toHaveText(/^Page 1 of \d+$/, LIVE);
  const pages = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
  expect(pages).toBeGreaterThan(1);
  const seen: string[] = [];
  for (let page = 1; page <= pages; page++) {
    await expect(counter).toHaveText(`Page ${page} of ${pages}`, LIVE);
    const answers = showing(tv).getByRole('listitem');
    await expectAllInside(tv, answers);
    seen.push(...(await answers.allTextContents()));
    if (page === 1) await keepScreenshot(tv, 'room-scaling-paged-1280');
    if (page < pages) await roomControls(chair.page).getByRole('button', { name: 'Next page', exact: true }).click();
  }
  for (const [i, name] of names.entries()) {
    const entry = seen.find((text) => text.includes(name));
    expect(entry, `${name} is on a page`).toBeDefined();
    expect(entry).toContain(String(i + 2));
    expect(entry).toContain(`${name} would like a plan for the weekends`);
  }
});
