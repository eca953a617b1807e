/**
 * The printed plan keeps every word of the words-and-pictures storyboard: each frame's title and
 * every word written in its boxes is in the PDF's text (Chromium's page.pdf, read back with
 * poppler's pdftotext), not only in the picture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { partButton } from './support/board';
import { expect, test } from './support/fixtures';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** Debian's poppler-utils reads the PDF's text; installed here when the machine lacks it. */
function ensurePdfToText(): void {
  if (existsSync(PDFTOTEXT)) return;
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', timeout: 240_000 });
}

function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Drawing canvas', exact: true });
}

/** Writes a text box inside a frame the way a person does: the text tool, a click in the frame, typing. */
async function writeInFrame(page: Page, frame: string, words: string): Promise<void> {
  const heading = (await canvas(page).locator('.tl-frame-heading').filter({ hasText: frame }).boundingBox())!;
  await canvas(page).getByRole('radio', { name: /^Text/ }).or(canvas(page).getByTestId('tools.text')).first().click();
  await page.mouse.click(heading.x + 30, heading.y + heading.height + 60);
  // The new text box takes the keys only once its editor has the focus.
  await expect(canvas(page).locator('[contenteditable="true"]:focus')).toHaveCount(1);
  await page.keyboard.type(words);
  await page.keyboard.press('Escape');
  await expect(canvas(page).getByText(words, { exact: true }).first()).toBeVisible();
}

test('a printed storyboard holds every frame title and every word written in it, in the PDF’s text', async ({
  server,
  people,
}, testInfo) => {
  test.setTimeout(300_000);
  ensurePdfToText();
  const links = await server.createBoard('The Smith family');
  const alex = await people.join(links.facilitator, 'Alex');
  const page = alex.page;
  const frames = ['Who is worried', 'What happened', 'What everyone is doing about it'];
  const written = ['Gran and the school are worried about Sam', 'Dad shouted and Sam hid upstairs'];

  await test.step('the storyboard is started from its layout and written in', async () => {
    await partButton(page, 'Draw').click();
    await expect(canvas(page).locator('.tl-canvas')).toBeVisible({ timeout: 20_000 });
    await page
      .getByRole('navigation', { name: 'Drawing pages', exact: true })
      .getByRole('button', { name: 'Words and pictures', exact: true })
      .click();
    await page.getByRole('button', { name: 'Start from a layout', exact: true }).click();
    for (const title of frames) await expect(canvas(page).locator('.tl-frame-heading').filter({ hasText: title })).toHaveCount(1);
    // No meeting is running: the chair is told so once; this test is not about meetings.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Not now' }).click();
    await writeInFrame(page, frames[0]!, written[0]!);
    await writeInFrame(page, frames[1]!, written[1]!);
    await expect(page.getByText('All changes saved')).toBeVisible();
  });

  await test.step('printed as a PDF, every word can be read back as text', async () => {
    await partButton(page, 'Plan').click();
    await page.emulateMedia({ media: 'print' });
    const storyboard = page.locator('.plan-print').getByRole('region', { name: 'Words and pictures', exact: true });
    const picture = storyboard.locator('figure img');
    await expect(picture).toBeVisible({ timeout: 20_000 });
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 20_000 })
      .toBe(true);
    const pdfPath = testInfo.outputPath('plan.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of [...frames, ...written]) expect(text, `the PDF should hold “${words}”`).toContain(words);
  });
});
