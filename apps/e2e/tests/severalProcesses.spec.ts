/**
 * A meeting on three Kinboard processes behind a load balancer (nginx, routing by board id as in
 * README "Running on several machines") on one PostgreSQL, while the process serving the board is
 * killed: people see "Reconnecting…", carry on, and lose nothing (MP1–MP3).
 */
import type { TestInfo } from '@playwright/test';
import { NOT_CONNECTED, WORKING_WELL, WORRIES, addStatement, connectionStatus, expectStatements, saveStatus } from './support/board';
import { expect, expectBoardReady, test } from './support/fixtures';
import { startKinboardCluster, type KinboardCluster } from './support/kinboardCluster';

/** Short, so the board moves to another process within a few seconds of the kill. */
const LEASE_MS = 3_000;
/** The lease running out, then the browser's back-off (up to 8 s) on a loaded machine. */
const RECOVERY = { timeout: 30_000 };

let cluster: KinboardCluster | undefined;

test.afterEach(async ({}, testInfo: TestInfo) => {
  if (!cluster) return;
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('cluster.log', { body: cluster.log(), contentType: 'text/plain' });
  }
  await cluster.dispose();
  cluster = undefined;
});

test('a meeting through a load balancer in front of three processes carries on when the one serving the board is killed, losing nothing', async ({
  people,
}) => {
  test.setTimeout(120_000);
  cluster = await startKinboardCluster({ leaseMs: LEASE_MS });
  const links = await cluster.createBoard('Family network meeting');
  expect(new URL(links.facilitator).origin, 'board links point at the load balancer').toBe(cluster.origin);

  const chair = await people.join(links.facilitator, 'Priya (chair)');
  const nan = await people.join(links.participant, 'Nan');

  // Before the kill: each person's statement is acknowledged as saved and seen by the other.
  const worryBefore = 'Sam was left alone overnight in March';
  const wellBefore = 'Nan collects Sam from school every day';
  await addStatement(chair.page, WORRIES, worryBefore);
  await addStatement(nan.page, WORKING_WELL, wellBefore);
  for (const { page } of [chair, nan]) {
    await expect(saveStatus(page)).toHaveText('All changes saved');
    await expectStatements(page, WORRIES, [worryBefore]);
    await expectStatements(page, WORKING_WELL, [wellBefore]);
  }

  const serving = cluster.servingProcess(links.id);
  expect(serving, 'one of the three processes holds the board').not.toBeNull();
  await serving?.kill();

  // Both are told they are reconnecting, and keep working meanwhile.
  for (const { page } of [chair, nan]) await expect(connectionStatus(page)).toHaveText(NOT_CONNECTED);
  await expect(connectionStatus(chair.page)).toHaveText('Reconnecting…');
  await expect(connectionStatus(nan.page)).toHaveText('Reconnecting…');
  const worryDuring = 'Dad shouted at the last contact visit';
  const wellDuring = 'Auntie Jo can have Sam at weekends';
  await addStatement(chair.page, WORRIES, worryDuring);
  await addStatement(nan.page, WORKING_WELL, wellDuring);

  // Another process takes the board; what each had waiting is stored and reaches the other.
  for (const { page } of [chair, nan]) {
    await expect(connectionStatus(page)).toHaveText('Connected', RECOVERY);
    await expect(saveStatus(page)).toHaveText('All changes saved', RECOVERY);
  }
  const nextStep = 'Nan to ring the social worker on Friday';
  await addStatement(nan.page, WORKING_WELL, nextStep);
  await expect(saveStatus(nan.page)).toHaveText('All changes saved');
  const worries = [worryBefore, worryDuring];
  const working = [wellBefore, wellDuring, nextStep];
  for (const { page } of [chair, nan]) {
    await expectStatements(page, WORRIES, worries);
    await expectStatements(page, WORKING_WELL, working);
  }
  const now = cluster.servingProcess(links.id);
  expect(now, 'a process still running serves the board').not.toBeNull();
  expect(now).not.toBe(serving);

  // A fresh page, through the load balancer, reads it all back from PostgreSQL.
  const late = await people.join(links.participant, 'Auntie Jo');
  await expectStatements(late.page, WORRIES, worries);
  await expectStatements(late.page, WORKING_WELL, working);
  await chair.page.reload();
  await expectBoardReady(chair.page);
  await expectStatements(chair.page, WORRIES, worries);
  await expectStatements(chair.page, WORKING_WELL, working);
});
