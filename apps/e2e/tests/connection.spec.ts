/**
 * The connection as a person lives it: links that cannot work, boards that change under them
 * (locked, deleted) while their device is away, and when "All changes saved" may be believed.
 */
import {
  NOT_CONNECTED,
  WORRIES,
  addStatement,
  column,
  connectionStatus,
  expectStatements,
  expectViewerStatements,
  saveStatus,
  statement,
} from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';

/** Reconnecting waits out the client's back-off. */
const RECONNECT = { timeout: 20_000 };

/** The secret in a board link, for the management API (`Authorization: Bearer …`). */
function secretOf(link: string): string {
  return link.split('#')[1]!;
}

test('a link damaged in copying says plainly that it does not work, instead of a blank page', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  // A stray % (a mail program cut the link, or someone retyped it) is not valid in a fragment.
  const { page } = await people.open(`${links.participant}%zz`, 'someone with a damaged link');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/link/i);
  await expect(page.getByRole('link', { name: 'Go to the Kinboard home page' })).toBeVisible();
  await expect(column(page, WORRIES)).toHaveCount(0);
});

test('"All changes saved" after deleting a statement comes only once the server has the deletion; leaving before asks first', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Family network meeting');
  const alex = await people.join(links.participant, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const kept = 'Nan collects Sam from school';
  const removed = 'Dad missed two visits';
  await addStatement(alex.page, WORRIES, kept);
  await addStatement(alex.page, WORRIES, removed);
  await expectStatements(jo.page, WORRIES, [kept, removed]);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved');

  await server.stop();
  await expect(connectionStatus(alex.page)).toHaveText(NOT_CONNECTED);
  await statement(alex.page, WORRIES, 1).getByRole('button', { name: 'Delete statement', exact: true }).click();
  await expectStatements(alex.page, WORRIES, [kept]);
  // A deletion does not move this device's clock; the old check called it saved at once.
  await expect(saveStatus(alex.page), 'a deletion only this device has is not "saved"').toHaveText('Saving…');

  // Closing the page now asks the browser's "leave site?" question; staying keeps the page.
  const dialogs: string[] = [];
  alex.page.once('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await alex.page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(alex.page.isClosed()).toBe(false);
  await expect(saveStatus(alex.page)).toHaveText('Saving…');

  await server.start();
  await expect(connectionStatus(alex.page)).toHaveText('Connected', RECONNECT);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved', RECONNECT);
  await expectStatements(jo.page, WORRIES, [kept], RECONNECT);
  await jo.page.reload();
  await expectBoardReady(jo.page);
  await expectStatements(jo.page, WORRIES, [kept]);
});

test('a board deleted while a device was offline is not shown from what that device still had', async ({ server, people }) => {
  const links = await server.createBoard('Strategy discussion');
  const sam = await people.join(links.participant, 'Sam');
  const worry = 'Mum has no heating';
  await addStatement(sam.page, WORRIES, worry);
  await expect(saveStatus(sam.page)).toHaveText('All changes saved');

  await sam.context.setOffline(true);
  await expect(connectionStatus(sam.page)).toHaveText('Offline');
  const deleted = await fetch(`${server.origin}/api/boards/${links.id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
  });
  expect(deleted.status).toBe(204);
  // Still offline, Sam's device shows the board it had.
  await expectStatements(sam.page, WORRIES, [worry]);

  await sam.context.setOffline(false);
  await expect(sam.page.getByRole('heading', { level: 1 })).toHaveText('This board has been deleted', RECONNECT);
  await expect(sam.page.getByText(worry)).toHaveCount(0);
  await expect(column(sam.page, WORRIES)).toHaveCount(0);
  const keysNamingBoard = await sam.page.evaluate(
    (id) => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.includes(id)),
    links.id,
  );
  expect(keysNamingBoard).toEqual([]);
});

test("a change waiting on a participant's device when the chair locks the board is kept, and reaches the chair after the unlock", async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Child protection conference');
  const pat = await people.join(links.facilitator, 'Pat');
  const alex = await people.join(links.participant, 'Alex');

  // Alex writes while cut off, so the change is still only on Alex's device.
  await alex.context.setOffline(true);
  await expect(connectionStatus(alex.page)).toHaveText('Offline');
  const waiting = 'Sam is scared of the dog';
  await addStatement(alex.page, WORRIES, waiting);
  await expect(saveStatus(alex.page)).toHaveText('Saving…');

  await pat.page.getByRole('button', { name: 'Lock the board', exact: true }).click();
  await expect(pat.page.getByRole('button', { name: 'Unlock the board', exact: true })).toBeVisible();

  // Back online, Alex's change is refused while the board is locked: Alex is told why, keeps it,
  // and cannot add more until the unlock.
  await alex.context.setOffline(false);
  await expect(
    alex.page.getByText(
      'The chair has locked the board for now. Your changes are kept on this device and will be added when it is unlocked.',
    ),
  ).toBeVisible(RECONNECT);
  await expect(alex.page.getByText('You are viewing this board, so your changes cannot be saved.')).toHaveCount(0);
  await expectViewerStatements(alex.page, WORRIES, [waiting]);
  await expect(saveStatus(alex.page)).toHaveText('Saving…');
  await expect(column(alex.page, WORRIES).getByRole('button', { name: 'Add a statement', exact: true })).toHaveCount(0);
  await expectStatements(pat.page, WORRIES, []);

  await pat.page.getByRole('button', { name: 'Unlock the board', exact: true }).click();
  await expectStatements(pat.page, WORRIES, [waiting], RECONNECT);
  await expect(connectionStatus(alex.page)).toHaveText('Connected', RECONNECT);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved', RECONNECT);
  await expect(alex.page.getByText(/The chair has locked the board/)).toHaveCount(0);
  await expect(column(alex.page, WORRIES).getByRole('button', { name: 'Add a statement', exact: true })).toBeVisible();
});
