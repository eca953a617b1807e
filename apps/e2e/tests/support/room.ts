/**
 * The screen in the room as people find it: the region showing what the meeting is on, the
 * chair's room-screen controls, and checks that everything on it is inside the window.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import qrcode from 'qrcode-generator';
import { partButton } from './board';

export const LIVE = { timeout: 5_000 };
export const TV = { width: 1920, height: 1080 };
export const PROJECTOR = { width: 1280, height: 720 };

/** The region of the room screen that shows what the meeting is on, named by its heading. */
export function showing(tv: Page): Locator {
  return tv.getByRole('main').getByRole('region');
}

export function roomControls(chair: Page): Locator {
  return chair.getByRole('region', { name: 'Room screen', exact: true });
}

export async function openRoomScreen(tv: Page, size = TV): Promise<void> {
  await tv.setViewportSize(size);
  await tv.getByRole('button', { name: 'Shared screen', exact: true }).click();
  await expect(tv.getByRole('button', { name: 'Leave shared screen', exact: true })).toBeVisible();
}

/** The chair starts the meeting (so board changes are recorded) and the agenda, and goes to step `step` (1-based). */
export async function startMeetingAt(chair: Page, step: number): Promise<void> {
  await partButton(chair, 'Meeting').click();
  await chair.getByRole('button', { name: 'Start meeting', exact: true }).click();
  await expect(chair.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
  await chair.getByRole('button', { name: 'Start the agenda', exact: true }).click();
  for (let i = 1; i < step; i++) await chair.getByRole('button', { name: 'Next step', exact: true }).click();
  await expect(chair.getByText(`Step ${step} of 4:`)).toBeVisible();
}

/** Everything on the room screen lies inside the window: nothing runs off the bottom or the side. */
export async function expectAllInside(tv: Page, items: Locator): Promise<void> {
  const size = tv.viewportSize()!;
  for (const box of await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.bottom, 'nothing runs off the bottom of the room screen').toBeLessThanOrEqual(size.height);
    expect(box.right, 'nothing runs off the side of the room screen').toBeLessThanOrEqual(size.width);
  }
}

/** Every axe finding at WCAG 2.2 AA, of any impact, readably. */
export async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function keepScreenshot(tv: Page, name: string): Promise<void> {
  await tv.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

/** Gives a number on the scale with the keyboard, with reasons. */
export async function giveNumber(form: Locator, whole: number, whyNotLower: string, oneHigher: string): Promise<void> {
  const slider = form.getByRole('slider');
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < whole; i++) await slider.press('PageUp');
  await form.getByLabel('Why this number and not lower?').fill(whyNotLower);
  await form.getByLabel('What would make it one point higher?').fill(oneHigher);
  await form.getByRole('button', { name: /the number$/ }).click();
}

/**
 * The dark squares a QR code of `link` has, as the SVG path the web app draws (a four-square
 * quiet zone), so a test can tell which link a code on screen would open.
 */
export function qrSquares(link: string): string {
  const code = qrcode(0, 'M');
  code.addData(link);
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  return path;
}
