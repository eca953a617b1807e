/**
 * The checks every view of Kinboard must pass, at every size: axe finds no WCAG 2.2 A or AA
 * violation of any impact, nothing scrolls sideways (1.4.10), and a keyboard reaches every control
 * with a focus indicator that can be seen (2.1.1, 2.4.7).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export interface ViewSize {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

export const DESKTOP: ViewSize = { name: '1280 px', width: 1280, height: 800 };
export const NARROW: ViewSize = { name: '320 px', width: 320, height: 640 };
/**
 * 400 % zoom of a 1280 × 800 window. Zooming divides the CSS pixels the page gets by four, so the
 * page lays out in 320 × 200 CSS pixels, media queries and all (the size WCAG 1.4.10 names). A
 * viewport of that size is what Chromium gives the zoomed page; unlike the 320 × 640 phone it is
 * also only 200 px tall, which is where fixed and sticky parts cover the page.
 */
export const ZOOM_400: ViewSize = { name: '400 % zoom', width: 320, height: 200 };
export const PHONE: ViewSize = { name: 'phone 390 × 844', width: 390, height: 844 };
export const SIZES: readonly ViewSize[] = [DESKTOP, NARROW, ZOOM_400];

const AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe finding at WCAG 2.2 A and AA, whatever its impact, readably. */
export async function aaViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AA_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
}

/** How far the page scrolls sideways, in CSS pixels (0 when it reflows). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Checks the view on screen now at each size (axe, no sideways scroll), then returns to 1280 px.
 * `view` names it in failures.
 */
export async function expectViewWorks(page: Page, view: string, sizes: readonly ViewSize[] = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // From the top: wherever a step left the page scrolled, the sticky parts bar lies over part of
    // it, and axe would count what is half under the bar as too small to press.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    expect(await aaViolations(page), `${view} at ${size.name}: axe`).toEqual([]);
    expect(await sidewaysScroll(page), `${view} at ${size.name}: sideways scroll`).toBe(0);
  }
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
  await settle(page);
}

interface Walk {
  /** Controls on screen that Tab never reached. */
  readonly missed: string[];
  /** Controls Tab reached that showed no focus indicator. */
  readonly unseen: string[];
  /** Controls that, once focused, lay wholly under something else (a sticky bar, a message) or off screen (2.4.11). */
  readonly hidden: string[];
}

/**
 * Presses Tab from the top of the page through every control and back, and reports the visible
 * controls it never reached and those whose focus could not be seen. Inside the drawing canvas,
 * which keeps Tab for its shapes, it does what the page says: Esc, then Tab.
 */
export async function keyboardWalk(page: Page, options: { readonly forced?: boolean } = {}): Promise<Walk> {
  // Forced colours remove shadows: there only an outline shows the focus.
  const forced = options.forced ?? false;
  const total = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, [tabindex]';
    let n = 0;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      element.removeAttribute('data-walk');
      if (element.closest('.tl-container')) continue;
      if (element.matches(':disabled') || element.tabIndex < 0) continue;
      if (element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (element.closest('details:not([open])') && !element.matches('summary')) continue;
      // A radio group is one stop for Tab (the arrow keys choose within it): its checked radio, or its first.
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
        const group = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`));
        const stop = group.find((radio) => radio.checked) ?? group[0];
        if (stop !== element) continue;
      }
      element.setAttribute('data-walk', String(n++));
    }
    window.scrollTo(0, 0);
    return n;
  });
  const reached = new Set<string>();
  const unseen: string[] = [];
  const hidden: string[] = [];
  // Blurring would not do: Chromium goes on from the last focused element. The walk starts on the first control.
  // As Tab would, bring it on screen (locator.focus() leaves the page where it is).
  await page.locator('[data-walk="0"]').evaluate((element: HTMLElement) => {
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
  });
  for (let press = 0; press < total + 20; press++) {
    if (press > 0) await page.keyboard.press('Tab');
    const focused = await page.evaluate((forced) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        (!forced && style.boxShadow !== 'none' && style.boxShadow !== '') ||
        element.matches('.board__main');
      const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
      const name = `${element.tagName.toLowerCase()} ${element.getAttribute('type') ?? ''} "${label.trim().slice(0, 40)}" .${element.className}`;
      // Seen when some part of the control (or, for a hidden native input, its label) is on
      // screen and on top: probe a grid of points over the visible part of each box.
      const boxes = [element, ...Array.from((element as HTMLInputElement).labels ?? [])]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width >= 2 && r.height >= 2);
      const ours = (hit: Element | null) =>
        hit !== null &&
        (element.contains(hit) ||
          hit.contains(element) ||
          Array.from((element as HTMLInputElement).labels ?? []).some((l) => l.contains(hit)));
      let seen = boxes.length === 0;
      for (const r of boxes) {
        const left = Math.max(r.left, 0);
        const right = Math.min(r.right, window.innerWidth);
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, window.innerHeight);
        if (right - left < 1 || bottom - top < 1) continue;
        for (const fx of [0.1, 0.5, 0.9]) {
          for (const fy of [0.1, 0.5, 0.9]) {
            if (ours(document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy))) seen = true;
          }
        }
      }
      const at = element.getBoundingClientRect();
      const where = `${name} at (${Math.round(at.left)}, ${Math.round(at.top)}) ${Math.round(at.width)}×${Math.round(at.height)} in ${window.innerWidth}×${window.innerHeight}`;
      return { id: element.getAttribute('data-walk'), inCanvas: element.closest('.tl-container') !== null, ring, name, seen, where };
    }, forced);
    if (focused === null) continue;
    if (focused.inCanvas) {
      // What the page says to do: Esc, Shift+Tab back to "Skip past the drawing", Enter.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator(':focus'), 'Esc, then Shift+Tab leaves the drawing').toHaveText('Skip past the drawing');
      await page.keyboard.press('Enter');
      continue;
    }
    if (focused.id === null) continue;
    if (!focused.ring) unseen.push(focused.name);
    if (!focused.seen) hidden.push(focused.where);
    if (reached.has(focused.id) && reached.size === total) break;
    reached.add(focused.id);
  }
  const missed = await page.evaluate(
    (ids) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-walk]'))
        .filter((element) => !ids.includes(element.getAttribute('data-walk') ?? ''))
        .map(
          (element) =>
            `${element.tagName.toLowerCase()} ${element.getAttribute('type') ?? ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" in ${element.parentElement?.className ?? ''}`,
        ),
    [...reached],
  );
  return { missed, unseen: [...new Set(unseen)], hidden: [...new Set(hidden)] };
}

/**
 * At each size, every control on screen can be reached with Tab, shows where the focus is, and is
 * not hidden under a sticky bar or anything else once focused; then back to 1280 px.
 */
export async function expectKeyboardReachesEverything(page: Page, view: string, sizes: readonly ViewSize[] = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await settle(page);
    const walk = await keyboardWalk(page);
    expect.soft(walk.missed, `${view} at ${size.name}: controls Tab never reached`).toEqual([]);
    expect.soft(walk.unseen, `${view} at ${size.name}: controls with no visible focus`).toEqual([]);
    expect.soft(walk.hidden, `${view} at ${size.name}: controls hidden when focused`).toEqual([]);
  }
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
  await settle(page);
}

/**
 * Keeps a screenshot with the test's output (test-results/<test>/<name>.png, whether the test
 * passes or fails, and as an attachment), and in KINBOARD_SCREENSHOTS when set.
 */
export async function keepScreenshot(page: Page, name: string, attach: (name: string, body: Buffer) => Promise<void>): Promise<void> {
  const body = await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  await attach(name, body);
  const folder = process.env.KINBOARD_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}
