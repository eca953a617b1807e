/**
 * The pseudo-locale (en-XA: every English letter accented, every message a third longer) visits
 * every main view at 320 px: any plain English left on screen was never put in a catalogue, and
 * the longer words must not be clipped or push the page sideways.
 */
import type { Browser, Page } from '@playwright/test';
import type { KinboardServer } from './support/kinboardServer';
import { expect, test } from './support/fixtures';

interface Problems {
  readonly untranslated: string[];
  readonly clipped: string[];
  readonly sideScroll: false | string[];
}

/** What is wrong on screen now: English words outside any catalogue, clipped labels, a page wider than the screen. */
function problemsOnScreen(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const skip = (element: Element | null) =>
      !!element?.closest('script, style, .tl-container, [lang]:not(html), [hidden], [aria-hidden="true"]');
    const untranslated = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skip(parent) || !parent || parent.getClientRects().length === 0) continue;
      for (const word of (node.textContent ?? '').match(/\b[A-Za-z]{3,}\b/g) ?? []) {
        if (word !== 'Kinboard') untranslated.add(`${word} ← “${(node.textContent ?? '').trim().slice(0, 60)}”`);
      }
    }
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]'))) {
      if (skip(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute) ?? '';
        for (const word of value.match(/\b[A-Za-z]{3,}\b/g) ?? [])
          if (word !== 'Kinboard') untranslated.add(`${word} ← @${attribute} “${value.slice(0, 60)}”`);
      }
    }
    const clipped: string[] = [];
    for (const element of Array.from(
      document.querySelectorAll<HTMLElement>('button, label, a, h1, h2, h3, h4, legend, th, summary, [role="tab"]'),
    )) {
      // Text for screen readers only is 1 px wide on purpose (skip links until focused, hidden labels).
      if (skip(element) || element.getClientRects().length === 0 || element.getBoundingClientRect().width <= 1) continue;
      const style = getComputedStyle(element);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (hides && element.scrollWidth > element.clientWidth + 1) clipped.push((element.textContent ?? '').trim().slice(0, 60));
    }
    const root = document.documentElement;
    // Name what sticks out past the screen's edge, so a failure says where to look.
    const wide = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((element) => !skip(element) && element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(-3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { untranslated: [...untranslated], clipped, sideScroll: root.scrollWidth > root.clientWidth ? wide : false };
  });
}

/** Visits the name prompt and every main part of a board as its facilitator, in the pseudo-locale at 320 px. */
async function visitEveryView(browser: Browser, server: KinboardServer): Promise<Record<string, Problems>> {
  // What people write stays as written: the board's title and the person's name are not English letters either.
  const links = await server.createBoard('Ŝmíţĥ ƒáɱíľý');
  const context = await browser.newContext({ locale: 'en-XA', viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(links.facilitator);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  const found: Record<string, Problems> = {};
  found['name prompt'] = await problemsOnScreen(page);
  await page.getByRole('textbox').first().fill('Ŝáɱ');
  await page.locator('form button[type="submit"]').click();
  const parts = page.getByRole('navigation').first().getByRole('button');
  await expect(parts).toHaveCount(5, { timeout: 15_000 });
  for (const [index, view] of ['board', 'scaling', 'plan', 'draw', 'meeting'].entries()) {
    await parts.nth(index).click();
    await expect(parts.nth(index)).toHaveAttribute('aria-current', /.+/);
    found[view] = await problemsOnScreen(page);
  }
  await context.close();
  return found;
}

test('in the pseudo-locale every main view shows no untranslated text', async ({ browser, server }) => {
  const found = await visitEveryView(browser, server);
  const untranslated = Object.entries(found)
    .filter(([, p]) => p.untranslated.length > 0)
    .map(([view, p]) => [view, p.untranslated]);
  expect(untranslated).toEqual([]);
});

test('in the pseudo-locale at 320 px no label is clipped and no view scrolls sideways', async ({ browser, server }) => {
  const found = await visitEveryView(browser, server);
  const layout = Object.entries(found).filter(([, p]) => p.clipped.length > 0 || p.sideScroll);
  expect(layout).toEqual([]);
});
