/**
 * The chair's header on a laptop (1280 × 720) leaves the board high on the screen: with a meeting,
 * a step and its timer running, the drawing canvas starts in the top third, and every chair
 * control is still one press away, by keyboard too. The phone and 320 px layouts keep working.
 */
import type { Page, TestInfo } from '@playwright/test';
import { partButton } from './support/board';
import { PHONE, expectKeyboardReachesEverything, expectViewWorks, keepScreenshot } from './support/everyView';
import { expect, test } from './support/fixtures';
import { roomControls, startMeetingAt } from './support/room';

const LAPTOP = { width: 1280, height: 720 };

function attacher(testInfo: TestInfo) {
  return (name: string, body: Buffer) => testInfo.attach(name, { body, contentType: 'image/png' });
}

async function canvasTop(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByRole('region', { name: 'Drawing canvas' }).boundingBox();
  expect(box, 'the drawing canvas').not.toBeNull();
  return box!.y;
}

test('on a laptop the chair’s header is compact: the drawing starts high, and every chair control is one press away', async ({
  server,
  people,
}, testInfo) => {
  test.slow();
  const links = await server.createBoard('Family network meeting');
  const chair = await people.join(links.facilitator, 'Chair Jo');
  const page = chair.page;
  await page.setViewportSize(LAPTOP);
  await startMeetingAt(page, 2);
  // Moving to a step takes the chair to its part; the timer is on the Meeting part.
  await partButton(page, 'Meeting').click();
  await page.getByLabel('Minutes', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Start timer', exact: true }).click();
  await partButton(page, 'Draw').click();
  await expect(page.getByRole('region', { name: 'Drawing canvas' })).toBeVisible();

  const top = await canvasTop(page);
  testInfo.annotations.push({ type: 'measure', description: `drawing canvas starts ${Math.round(top)} px down at 1280 × 720` });
  await testInfo.attach('measure', {
    body: `drawing canvas starts ${Math.round(top)} px down at 1280 × 720 (450 px before the compact header)`,
  });
  await keepScreenshot(page, 'chair-draw-1280x720', attacher(testInfo));
  expect(top, 'the drawing canvas starts in the top 40 % of a 720 px laptop screen (it was 450 px down)').toBeLessThanOrEqual(
    LAPTOP.height * 0.4,
  );

  await test.step('every chair control in the header is one press away', async () => {
    const header = page.getByRole('banner');
    for (const name of ['Next step', 'Pause timer', 'Add 5 minutes', 'Bring everyone here']) {
      await expect(header.getByRole('button', { name, exact: true }), name).toBeVisible();
    }
    await expect(roomControls(page).getByRole('button', { name: 'Show on the room screen', exact: true })).toBeVisible();
    await expectKeyboardReachesEverything(page, 'chair on Draw, meeting running', [{ name: 'laptop', ...LAPTOP }]);
  });

  await test.step('with nobody here reading another language, the room screen’s second language waits on the Meeting part', async () => {
    const label = 'Second language on the room screen';
    await expect(roomControls(page).getByLabel(label)).toHaveCount(0);
    await partButton(page, 'Meeting').click();
    await page.getByRole('main').getByLabel(label).selectOption('pl');
    // Once chosen it is in the header too, where the chair can change it in one press.
    await expect(roomControls(page).getByLabel(label)).toHaveValue('pl');
    await page.getByRole('main').getByLabel(label).selectOption('');
    await partButton(page, 'Draw').click();
  });

  await test.step('the phone and 320 px layouts still work', async () => {
    await expectViewWorks(page, 'chair on Draw, meeting running');
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await keepScreenshot(page, 'chair-draw-phone', attacher(testInfo));
    await page.getByRole('button', { name: /here · More/ }).click();
    await expect(page.getByRole('button', { name: 'Bring everyone here', exact: true })).toBeVisible();
    await keepScreenshot(page, 'chair-draw-phone-header-open', attacher(testInfo));
    await expectViewWorks(page, 'chair on Draw with the phone header open', [PHONE]);
  });
});
