import {
  NEXT_STEPS,
  WORKING_WELL,
  WORRIES,
  addStatement,
  appendToStatement,
  expectStatements,
  presenceOf,
  statement,
} from './support/board';
import { expect, test } from './support/fixtures';

/** The promise: another person sees a change within 2 seconds. */
const LIVE = { timeout: 2_000 };

test("two people on one board see each other and each other's edits within 2 seconds", async ({ server, people }) => {
  const links = await server.createBoard('Review conference for Sam');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  await test.step('each sees the other in "People here"', async () => {
    await expect(presenceOf(alex.page, 'Jo')).toContainText('participant');
    await expect(presenceOf(jo.page, 'Alex')).toContainText('facilitator');
  });

  const shouting = 'Dad shouts when drunk';
  const school = 'Sam misses school';
  const nan = 'Nan takes Sam swimming';

  await test.step('a statement added and typed by one appears for the other', async () => {
    await addStatement(jo.page, WORRIES, shouting);
    await expectStatements(alex.page, WORRIES, [shouting], LIVE);

    await addStatement(alex.page, WORRIES, school);
    await expectStatements(jo.page, WORRIES, [shouting, school], LIVE);

    await addStatement(alex.page, WORKING_WELL, nan);
    await expectStatements(jo.page, WORKING_WELL, [nan], LIVE);
  });

  let shoutingNow = shouting;
  await test.step("typing into someone else's statement shows for them", async () => {
    shoutingNow = await appendToStatement(alex.page, WORRIES, 0, ' at night');
    await expectStatements(jo.page, WORRIES, [shoutingNow, school], LIVE);
  });

  await test.step('reordering shows for the other person', async () => {
    await statement(jo.page, WORRIES, 1).getByRole('button', { name: 'Move up', exact: true }).click();
    await expectStatements(jo.page, WORRIES, [school, shoutingNow]);
    await expectStatements(alex.page, WORRIES, [school, shoutingNow], LIVE);

    await statement(alex.page, WORRIES, 0).getByRole('button', { name: 'Move down', exact: true }).click();
    await expectStatements(alex.page, WORRIES, [shoutingNow, school]);
    await expectStatements(jo.page, WORRIES, [shoutingNow, school], LIVE);
  });

  await test.step('moving a statement to another column shows for the other person', async () => {
    await statement(alex.page, WORRIES, 1).getByLabel('Move to', { exact: true }).selectOption({ label: NEXT_STEPS });
    await statement(alex.page, WORRIES, 1).getByRole('button', { name: 'Move', exact: true }).click();
    await expectStatements(alex.page, NEXT_STEPS, [school]);
    await expectStatements(jo.page, WORRIES, [shoutingNow], LIVE);
    await expectStatements(jo.page, NEXT_STEPS, [school], LIVE);
  });

  await test.step('deleting a statement shows for the other person', async () => {
    await statement(jo.page, WORKING_WELL, 0).getByRole('button', { name: 'Delete statement', exact: true }).click();
    await expectStatements(jo.page, WORKING_WELL, []);
    await expectStatements(alex.page, WORKING_WELL, [], LIVE);
    await expectStatements(alex.page, WORRIES, [shoutingNow]);
    await expectStatements(alex.page, NEXT_STEPS, [school]);
  });
});

test('two people typing at the same time both keep their words', async ({ server, people }) => {
  const links = await server.createBoard('Family network meeting');
  const alex = await people.join(links.participant, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  await addStatement(alex.page, NEXT_STEPS, 'Mum will');
  await expectStatements(jo.page, NEXT_STEPS, ['Mum will'], LIVE);

  // Both type into the same statement at once: Alex at the end, Jo at the start.
  const jobox = statement(jo.page, NEXT_STEPS, 0).getByRole('textbox', { name: 'Statement', exact: true });
  await jobox.click();
  await jobox.press('ControlOrMeta+Home');
  await Promise.all([alex.page.keyboard.type(' walk Sam in'), jo.page.keyboard.type('Every day ')]);
  const both = 'Every day Mum will walk Sam in';
  await expectStatements(alex.page, NEXT_STEPS, [both], LIVE);
  await expectStatements(jo.page, NEXT_STEPS, [both], LIVE);
});
