import {
  VIEWER_NOTICE,
  WORKING_WELL,
  WORRIES,
  addStatement,
  appendToStatement,
  column,
  connectionStatus,
  expectViewerStatements,
  presenceOf,
  statement,
} from './support/board';
import { expect, test } from './support/fixtures';

const LIVE = { timeout: 2_000 };

test('a viewer sees live changes but cannot edit', async ({ server, people }) => {
  const links = await server.createBoard('Looked-after review');
  const jo = await people.join(links.participant, 'Jo');
  const pat = await people.join(links.viewer, 'Pat');
  const viewer = pat.page;

  await expect(viewer.getByText(VIEWER_NOTICE)).toBeVisible();
  await expect(connectionStatus(viewer)).toHaveText('Connected');
  await expect(presenceOf(jo.page, 'Pat')).toContainText('viewer');
  await expect(presenceOf(viewer, 'Jo')).toContainText('participant');

  const worry = 'Sam is scared at home';
  const strength = 'Carer reads with Sam';
  await addStatement(jo.page, WORRIES, worry);
  await addStatement(jo.page, WORKING_WELL, strength);
  await expectViewerStatements(viewer, WORRIES, [worry], LIVE);
  await expectViewerStatements(viewer, WORKING_WELL, [strength], LIVE);

  const longer = await appendToStatement(jo.page, WORRIES, 0, ' at night');
  await expectViewerStatements(viewer, WORRIES, [longer], LIVE);

  await statement(jo.page, WORKING_WELL, 0).getByRole('button', { name: 'Delete statement', exact: true }).click();
  await expectViewerStatements(viewer, WORKING_WELL, [], LIVE);

  // Nothing on the viewer's screen offers a way to change the board.
  await expect(viewer.locator('textarea')).toHaveCount(0);
  await expect(viewer.getByRole('textbox')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Add a statement' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Delete statement' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Move up' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Move down' })).toHaveCount(0);
  await expect(viewer.getByLabel('Move to')).toHaveCount(0);
  await expect(column(viewer, WORRIES)).toBeVisible();
  await expect(viewer.getByText(VIEWER_NOTICE)).toBeVisible();
});
