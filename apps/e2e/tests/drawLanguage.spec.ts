/**
 * tldraw's own menus and tool names follow the language the person chose in Kinboard (not the
 * browser's), from translations bundled with Kinboard: nothing is fetched from another host.
 * tldraw has no Welsh, so a Welsh reader's drawing tools are in English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';
import type { KinboardServer } from './support/kinboardServer';
import { expect, test } from './support/fixtures';

const require = createRequire(import.meta.url);
const tldrawWords = (code: string): Record<string, string> =>
  JSON.parse(
    readFileSync(require.resolve(`@tldraw/assets/translations/${code}.json`, { paths: [`${import.meta.dirname}/../../web`] }), 'utf8'),
  );

/** Opens the drawing part with Kinboard's language set to `code` on a browser set to English. */
async function drawIn(browser: Browser, server: KinboardServer, code: string) {
  const links = await server.createBoard('Rodzina');
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await context.addInitScript((language) => localStorage.setItem('kinboard.locale', language), code);
  const page = await context.newPage();
  const asked: string[] = [];
  page.on('request', (request) => asked.push(request.url()));
  await page.goto(links.facilitator);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('textbox').first().fill('Ola');
  await page.locator('form button[type="submit"]').click();
  const parts = page.getByRole('navigation').first().getByRole('button');
  await expect(parts).toHaveCount(5, { timeout: 15_000 });
  await parts.nth(3).click();
  await expect(page.locator('.tl-container')).toBeVisible({ timeout: 15_000 });
  return { page, context, asked, origin: new URL(links.facilitator).origin };
}

test('tldraw’s menus follow the person’s Kinboard language, from Kinboard’s own server', async ({ browser, server }) => {
  const { page, context, asked, origin } = await drawIn(browser, server, 'pl');
  const polish = tldrawWords('pl')['a11y.skip-to-main-content'];
  expect(polish).toBeTruthy();
  await expect(page.locator('.tl-skip-to-main-content')).toHaveText(polish ?? '');
  await expect(page.locator('.tl-skip-to-main-content')).not.toHaveText('Move focus to canvas');
  expect(asked.some((url) => url.includes('/translations/') || url.includes('pl-') || url.includes('pl.'))).toBe(true);
  expect(asked.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  await context.close();
});

test('tldraw has no Welsh, so a Welsh reader’s drawing tools are in English; Arabic ones read right to left', async ({
  browser,
  server,
}) => {
  const welsh = await drawIn(browser, server, 'cy');
  await expect(welsh.page.locator('.tl-skip-to-main-content')).toHaveText('Move focus to canvas');
  await welsh.context.close();
  const arabic = await drawIn(browser, server, 'ar');
  await expect(arabic.page.locator('.tl-skip-to-main-content')).toHaveText(tldrawWords('ar')['a11y.skip-to-main-content'] ?? '');
  await expect(arabic.page.locator('.tl-container [dir="rtl"]').first()).toBeAttached();
  await arabic.page.screenshot({ path: test.info().outputPath('draw-ar.png') });
  expect(arabic.asked.filter((url) => !url.startsWith(arabic.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  await arabic.context.close();
});
