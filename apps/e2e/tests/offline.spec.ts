import {
  NOT_CONNECTED,
  WORKING_WELL,
  WORRIES,
  addStatement,
  appendToStatement,
  connectionNews,
  connectionStatus,
  expectStatements,
  saveAnnouncement,
  saveStatus,
  statementBox,
} from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';

/** Reconnecting waits out the client's back-off, so allow more than the live-edit 2 seconds. */
const RECONNECT = { timeout: 20_000 };

test('edits made while the server is away reach the other person when it comes back, and persist', async ({ server, people }) => {
  const links = await server.createBoard('Family support meeting');
  const alex = await people.join(links.participant, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  const before = 'Rent is in arrears';
  await addStatement(alex.page, WORRIES, before);
  await expectStatements(jo.page, WORRIES, [before], { timeout: 2_000 });
  await expect(saveStatus(alex.page)).toHaveText('All changes saved');

  await server.stop();
  await expect(connectionStatus(alex.page)).toHaveText(NOT_CONNECTED);
  await expect(connectionStatus(jo.page)).toHaveText(NOT_CONNECTED);

  // Alex carries on while the connection is down.
  const edited = await appendToStatement(alex.page, WORRIES, 0, ' since March');
  const strength = 'Uncle Dev drives Sam';
  await addStatement(alex.page, WORKING_WELL, strength);
  await expect(saveStatus(alex.page), 'changes that only this device has are not "saved"').toHaveText('Saving…');
  // Jo, also cut off, still has the board as it was.
  await expectStatements(jo.page, WORRIES, [before]);
  await expectStatements(jo.page, WORKING_WELL, []);

  await server.start();
  await expect(connectionStatus(alex.page)).toHaveText('Connected', RECONNECT);
  await expect(connectionStatus(jo.page)).toHaveText('Connected', RECONNECT);
  await expectStatements(jo.page, WORRIES, [edited], RECONNECT);
  await expectStatements(jo.page, WORKING_WELL, [strength], RECONNECT);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved', RECONNECT);

  await jo.page.reload();
  await expectBoardReady(jo.page);
  await expectStatements(jo.page, WORRIES, [edited]);
  await expectStatements(jo.page, WORKING_WELL, [strength]);
});

test('a device that goes offline says so, keeps its edits, and sends them when it is back online', async ({ server, people }) => {
  // Chromium's offline emulation leaves an already open WebSocket working (it only refuses new
  // connections), so this checks the app's own reaction to the browser going offline; the test
  // above is the one where the connection really breaks.
  const links = await server.createBoard('Child in need review');
  const alex = await people.join(links.participant, 'Alex');
  const jo = await people.join(links.participant, 'Jo');

  await alex.context.setOffline(true);
  await expect(connectionStatus(alex.page)).toHaveText('Offline');
  const goal = 'Mum will phone Nan';
  await addStatement(alex.page, WORKING_WELL, goal);
  await expect(saveStatus(alex.page)).toHaveText('Saving…');
  await expect(alex.page.getByRole('status').filter({ hasText: 'Saving…' }), 'typing is not announced as "Saving…"').toHaveCount(0);
  await expect(connectionStatus(jo.page)).toHaveText('Connected');
  await expect(
    alex.page.getByRole('status').filter({ hasText: /Offline|Connecting|Reconnecting/ }),
    'the pill is never announced',
  ).toHaveCount(0);
  await expect(connectionNews(alex.page), 'after a while offline, a screen reader hears it once').toHaveText(
    'You are offline. You can keep working: your changes are kept on this device and will be saved when you reconnect.',
  );

  await alex.context.setOffline(false);
  await expect(connectionStatus(alex.page)).toHaveText('Connected', RECONNECT);
  await expectStatements(jo.page, WORKING_WELL, [goal], RECONNECT);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved', RECONNECT);
  await expect(saveAnnouncement(alex.page), 'a screen reader hears that all is saved again').toHaveCount(1);
  await expect(alex.page.getByRole('status').filter({ hasText: 'All changes saved' })).toHaveText('Back online. All changes saved.');
});

test('characters deleted while offline are "saved" only once they are back on the server, and the others see them gone', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Family group conference');
  const alex = await people.join(links.participant, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  await addStatement(alex.page, WORRIES, 'Sam is late for school most days');
  await expectStatements(jo.page, WORRIES, ['Sam is late for school most days']);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved');

  await alex.context.setOffline(true);
  await expect(connectionStatus(alex.page)).toHaveText('Offline');
  const box = statementBox(alex.page, WORRIES, 0);
  await box.click();
  await box.press('ControlOrMeta+End');
  for (let i = 0; i < ' most days'.length; i++) await box.press('Backspace');
  await expect(box).toHaveValue('Sam is late for school');
  // Only deletions: this device's clock has not moved, yet nothing of it is on the server.
  await expect(saveStatus(alex.page)).toHaveText('Saving…');

  await alex.context.setOffline(false);
  await expect(connectionStatus(alex.page)).toHaveText('Connected', RECONNECT);
  await expectStatements(jo.page, WORRIES, ['Sam is late for school'], RECONNECT);
  await expect(saveStatus(alex.page)).toHaveText('All changes saved', RECONNECT);
});
