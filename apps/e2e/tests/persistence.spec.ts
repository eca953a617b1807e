import { NEXT_STEPS, WORKING_WELL, WORRIES, addStatement, expectStatements, saveStatus, statement } from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';

test('a reload shows the same board, with its statements in the same order', async ({ server, people }) => {
  const links = await server.createBoard('Child protection review');
  const alex = await people.join(links.facilitator, 'Alex');
  const page = alex.page;

  const worries = ['Sam missed school', 'Parents argue loudly'];
  const strengths = ['Sam talks to his teacher'];
  const steps = ['Dad goes to group'];
  await addStatement(page, WORRIES, worries[0]!);
  await addStatement(page, WORRIES, worries[1]!);
  await addStatement(page, WORKING_WELL, strengths[0]!);
  await addStatement(page, NEXT_STEPS, steps[0]!);
  // Change the order so the reload has something to keep that is not the order of adding.
  await statement(page, WORRIES, 1).getByRole('button', { name: 'Move up', exact: true }).click();
  const reordered = [worries[1]!, worries[0]!];
  await expectStatements(page, WORRIES, reordered);
  await expect(saveStatus(page)).toHaveText('All changes saved');

  await page.reload();
  // The name was remembered on this device, so the board opens without asking again.
  await expectBoardReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Child protection review');
  await expectStatements(page, WORRIES, reordered);
  await expectStatements(page, WORKING_WELL, strengths);
  await expectStatements(page, NEXT_STEPS, steps);

  // Someone opening the board on another device gets the same board from the server.
  const jo = await people.join(links.participant, 'Jo');
  await expectStatements(jo.page, WORRIES, reordered);
  await expectStatements(jo.page, WORKING_WELL, strengths);
  await expectStatements(jo.page, NEXT_STEPS, steps);
});
