/// <reference lib="dom" />
// The page.evaluate callbacks below run in the page: they need the browser's types.
/**
 * Web speed on a phone-class device (issue 21): Debian Chromium with its CPU slowed 4× through the
 * DevTools protocol (Emulation.setCPUThrottlingRate) and a 390 × 844 viewport, against Kinboard's
 * server built from this tree (the web app from apps/web/dist) on loopback.
 *
 * For boards of each size, every run is one new person on a fresh browser context:
 * - first visit → name prompt: navigation start → the name box is on the page;
 * - first visit → usable board: navigation start → usable, the name given as soon as the prompt
 *   shows (also reported from the press on "Join meeting");
 * - return visit → usable board: the same person opens the link again (name remembered, code in the
 *   browser's cache), navigation start → usable;
 * - remote change appears: another person's new statement at the top of the first column (once every
 *   card is drawn), from its sending (Node) to the frame where this page shows it (Date.now on both
 *   sides, 1 ms steps).
 *
 * "Usable" is precise: the first statement of the first column shows its words in a text box that
 * lies inside the viewport, and an enabled "Add a statement" button is on the page.
 * All times are taken inside the page with performance.now() on every animation frame (marksScript), so
 * polling from here adds nothing to them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as Y from 'yjs';
import { addStatement, type SectionId } from '@kinboard/model';
import { BENCH_DIR, type Pinning } from '../proc';
import { startServer } from '../launch';
import { RawClient } from '../client/rawClient';
import { Target } from '../client/target';
import { percentile } from '../stats';
import { filesLoad, firstLoadJs, loadWithChunk, type FirstLoad } from './firstLoad';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const WEB_ROOT = path.resolve(BENCH_DIR, '..', 'apps', 'web', 'dist');
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 390, height: 844 };
export const FIRST_WORDS = 'Bench first statement';
const SECTION_IDS: readonly SectionId[] = ['worries', 'working-well', 'next-steps'];
const STEP_DEADLINE_MS = 60_000;

export interface WebSizes {
  readonly statements: readonly number[];
  readonly runs: number;
  readonly remoteChanges: number;
}

export const WEB_SIZES: Record<'full' | 'tiny', WebSizes> = {
  full: { statements: [10, 150, 500], runs: 3, remoteChanges: 5 },
  tiny: { statements: [10], runs: 1, remoteChanges: 2 },
};

/** Targets of issue 21, in ms, by figure and board size (absent: no target). */
export const WEB_TARGETS: Record<string, (statements: number) => number | null> = {
  namePromptMs: () => 800,
  firstUsableMs: (n) => (n <= 150 ? 1500 : 2000),
  returnUsableMs: (n) => (n <= 150 ? 1000 : 2000),
  inputMs: () => null,
  joinToUsableMs: () => null,
  remoteChangeMs: () => null,
};

export const WEB_FIGURE_TITLES: Record<string, string> = {
  namePromptMs: 'first visit → name prompt',
  firstUsableMs: 'first visit → usable board',
  inputMs: 'first visit: the bench typing its name and pressing "Join meeting"',
  joinToUsableMs: 'first visit: "Join meeting" pressed → usable board',
  returnUsableMs: 'return visit → usable board',
  remoteChangeMs: 'remote change appears (p50 of the run)',
};

export interface WebRun {
  namePromptMs: number;
  firstUsableMs: number;
  /** Name prompt shown → "Join meeting" pressed: the bench's own typing and pressing. */
  inputMs: number;
  joinToUsableMs: number;
  returnUsableMs: number;
  remoteChangeMs: number;
  remoteChangeSamplesMs: number[];
  /** The JavaScript files the first visit had fetched when its board became usable (relative to the built folder). */
  scriptsBeforeUsable: string[];
}

export interface WebResults {
  readonly date: string;
  readonly chromium: string;
  readonly settings: string;
  readonly firstLoad: FirstLoad;
  /** The first load and the live board's code a board link fetches before the board is usable. */
  readonly boardLoad: FirstLoad;
  /** What first visits had actually fetched when the board became usable (the largest of the runs). */
  readonly fetchedBeforeUsable: FirstLoad | null;
  readonly input: WebInput;
  readonly bySize: Record<string, WebRun[]>;
  readonly load: string;
  readonly durationSeconds: number;
}

/**
 * Marks kept by the page itself on every animation frame: the name box shown, the join pressed,
 * the board usable, and when each expected remote text first showed (Date.now()). A string, so
 * the TypeScript runner's helpers never end up in the page.
 */
export function marksScript(firstWords: string): string {
  return `(() => {
  const marks = { seen: {}, expect: ${JSON.stringify(firstWords)} };
  window.__benchMarks = marks;
  const firstWords = ${JSON.stringify(firstWords)};
  function frame() {
    if (marks.name === undefined && document.querySelector('input[name="name"]')) {
      marks.name = performance.now();
      // The bench gives its name at once (BENCH_WEB_INPUT=person): told now, not found by polling.
      if (typeof window.__benchPrompt === 'function') window.__benchPrompt();
    }
    const box = document.querySelector('.column .statement textarea');
    if (marks.usable === undefined && box && box.value === firstWords) {
      const rect = box.getBoundingClientRect();
      const inView = rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
      const add = document.querySelector('.column .add-button');
      if (inView && add && !add.disabled) {
        marks.usable = performance.now();
        // The JavaScript this page had fetched by now (the code a board link needed before it was usable).
        marks.scripts = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\\.js(\\?|$)/.test(n));
      }
    }
    if (marks.expect !== null && box && box.value === marks.expect && marks.seen[marks.expect] === undefined) marks.seen[marks.expect] = Date.now();
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  document.addEventListener('click', (event) => {
    if (marks.join === undefined && event.target && event.target.closest && event.target.closest('button[type="submit"]')) marks.join = performance.now();
  }, true);
})();`;
}

type Marks = { name?: number; join?: number; usable?: number; scripts?: string[]; seen: Record<string, number>; expect: string | null };

/**
 * How the bench gives its name on the first visit. `person` (the default): as soon as the page
 * shows the prompt (it tells the bench through a binding), the name goes in as one text input
 * (CDP Input.insertText, as a keyboard's or a phone's text entry commits it) and one mouse press and
 * release on "Join meeting" (CDP Input.dispatchMouseEvent); nothing polls the page in between.
 * `playwright` (the way before 3 December 2026, 18:30): Playwright's page.fill and page.click,
 * each checking the element is visible, stable, enabled and receiving events first, found by
 * polling every 100 ms; under the 4× CPU slowdown that work competes with the page's own.
 */
export type WebInput = 'person' | 'playwright';
export const WEB_INPUT: WebInput = process.env.BENCH_WEB_INPUT === 'playwright' ? 'playwright' : 'person';

async function waitForMark<K extends 'name' | 'usable'>(page: Page, key: K, what: string): Promise<number> {
  await page.waitForFunction((k) => (window as unknown as { __benchMarks?: Marks }).__benchMarks?.[k as 'name'] !== undefined, key, {
    timeout: STEP_DEADLINE_MS,
    polling: 100,
  });
  const value = await page.evaluate((k) => (window as unknown as { __benchMarks: Marks }).__benchMarks[k as 'name'], key);
  if (typeof value !== 'number') throw new Error(`web speed: no ${what} mark`);
  return value;
}

/** Makes a board of `statements` statements (the first column's first says FIRST_WORDS) and returns its participant link. */
export async function makeBoard(target: Target, statements: number): Promise<{ link: string; writer: RawClient; doc: Y.Doc }> {
  const room = await target.newRoom('Web speed family');
  const doc = new Y.Doc();
  const writer = await target.connect(room, { doc });
  const author = { id: 'bench-writer', name: 'Sam' };
  doc.transact(() => {
    for (let i = 0; i < statements; i++) {
      const section = SECTION_IDS[i % SECTION_IDS.length]!;
      const words =
        i === 0
          ? FIRST_WORDS
          : `Statement ${i}: the family said the children were picked up from school on time and the plan was kept for the whole week.`;
      addStatement(doc, { section, text: words, author });
    }
  });
  await writer.flush();
  return { link: `${target.origin}/b/${room.id}#${room.secret}`, writer, doc };
}

function withDeadline<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web speed: no ${what} within ${STEP_DEADLINE_MS} ms`)), STEP_DEADLINE_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function oneRun(
  browser: Browser,
  link: string,
  board: { doc: Y.Doc; writer: RawClient; statements: number },
  changes: number,
  tag: string,
  input: WebInput,
): Promise<WebRun> {
  const { doc, writer } = board;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    let prompted: () => void = () => {};
    const promptShown = new Promise<void>((resolve) => {
      prompted = resolve;
    });
    if (input === 'person') await context.exposeBinding('__benchPrompt', () => prompted());
    await context.addInitScript({ content: marksScript(FIRST_WORDS) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    // First visit: name prompt, then the name given at once, then the board.
    await page.goto(link, { waitUntil: 'commit' });
    if (input === 'person') {
      await withDeadline(promptShown, 'name prompt');
      // The name box has the focus (autoFocus); where "Join meeting" is, to press it like a finger.
      const at = await page.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('input[name="name"]');
        if (box && document.activeElement !== box) box.focus();
        const r = document.querySelector('button[type="submit"]')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await cdp.send('Input.insertText', { text: 'Bench person' });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: at.x, y: at.y, button: 'left', clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: at.x, y: at.y, button: 'left', clickCount: 1 });
    } else {
      await waitForMark(page, 'name', 'name prompt');
      await page.fill('input[name="name"]', 'Bench person');
      await page.click('button[type="submit"]');
    }
    const firstUsableMs = await waitForMark(page, 'usable', 'usable board (first visit)');
    const marks = await page.evaluate(() => {
      const m = (window as unknown as { __benchMarks: Marks }).__benchMarks;
      return { name: m.name ?? null, join: m.join ?? null, scripts: m.scripts ?? [] };
    });
    if (marks.name === null) throw new Error('web speed: no name prompt mark');
    const namePromptMs = marks.name;
    const joinToUsableMs = marks.join === null ? Number.NaN : firstUsableMs - marks.join;
    const inputMs = marks.join === null ? Number.NaN : marks.join - marks.name;
    const scripts = marks.scripts.map((url) => new URL(url).pathname.replace(/^\//, ''));

    // Return visit: the same person opens the link again, later.
    await page.goto('about:blank');
    await page.goto(link, { waitUntil: 'commit' });
    const returnUsableMs = await waitForMark(page, 'usable', 'usable board (return visit)');

    // Remote changes: someone else adds a statement at the top of the first column, once every
    // card of the board is drawn (a long board draws the cards below the first screen in idle moments).
    await page.waitForFunction((n) => document.querySelectorAll('.column .statement').length >= n, board.statements, {
      timeout: STEP_DEADLINE_MS,
      polling: 100,
    });
    const samples: number[] = [];
    for (let i = 0; i < changes; i++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const words = `Remote ${tag} ${i}: grandmother will take the children to school on Mondays.`;
      await page.evaluate((w) => {
        (window as unknown as { __benchMarks: Marks }).__benchMarks.expect = w;
      }, words);
      const sentAt = Date.now();
      addStatement(doc, { section: 'worries', text: words, author: { id: 'bench-writer', name: 'Sam' }, index: 0 });
      await page.waitForFunction((w) => (window as unknown as { __benchMarks: Marks }).__benchMarks.seen[w] !== undefined, words, {
        timeout: STEP_DEADLINE_MS,
        polling: 100,
      });
      const seenAt = await page.evaluate((w) => (window as unknown as { __benchMarks: Marks }).__benchMarks.seen[w]!, words);
      samples.push(seenAt - sentAt);
    }
    // The next run's first statement is FIRST_WORDS again.
    await writer.flush();
    return {
      namePromptMs,
      firstUsableMs,
      inputMs,
      joinToUsableMs,
      returnUsableMs,
      scriptsBeforeUsable: scripts,
      remoteChangeMs: percentile(samples, 50) ?? Number.NaN,
      remoteChangeSamplesMs: samples,
    };
  } finally {
    await context.close();
  }
}

/**
 * Builds the web app from this tree (unless BENCH_WEB_NO_BUILD=1) and runs the scenario.
 * BENCH_WEB_DIST=folder measures another build instead (for example one made from an older commit
 * with `vite build --outDir`), for before/after comparisons in the same minutes.
 */
export async function runWebSpeed(pinning: Pinning, sizes: WebSizes, log: (line: string) => void): Promise<WebResults> {
  const started = Date.now();
  const load = () =>
    os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const webRoot = process.env.BENCH_WEB_DIST ? path.resolve(process.env.BENCH_WEB_DIST) : WEB_ROOT;
  if (process.env.BENCH_WEB_NO_BUILD !== '1' && !process.env.BENCH_WEB_DIST) {
    log('web speed: building the web app (pnpm --filter @kinboard/web build)…');
    const build = spawnSync('pnpm', ['--filter', '@kinboard/web', 'build'], { cwd: path.resolve(BENCH_DIR, '..'), encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) throw new Error(`no built web app in ${webRoot}`);
  const firstLoad = firstLoadJs(webRoot);
  const boardLoad = loadWithChunk(webRoot, 'BoardSessionView');
  const server = await startServer('ours', pinning, null, webRoot);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  const bySize: Record<string, WebRun[]> = {};
  try {
    const target = new Target(server.info);
    for (const statements of sizes.statements) {
      const runs: WebRun[] = [];
      for (let run = 0; run < sizes.runs; run++) {
        // A fresh board each run: the remote changes of the last run are not on it.
        const board = await makeBoard(target, statements);
        try {
          const result = await oneRun(
            browser,
            board.link,
            { ...board, statements },
            sizes.remoteChanges,
            `${statements}-${run}`,
            WEB_INPUT,
          );
          runs.push(result);
          log(
            `web speed, ${statements} statements, run ${run + 1}: name prompt ${result.namePromptMs.toFixed(0)} ms, input ${result.inputMs.toFixed(0)} ms, first usable ${result.firstUsableMs.toFixed(0)} ms, return usable ${result.returnUsableMs.toFixed(0)} ms, remote change ${result.remoteChangeMs.toFixed(0)} ms`,
          );
        } finally {
          await board.writer.close();
        }
      }
      bySize[String(statements)] = runs;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  let fetchedBeforeUsable: FirstLoad | null = null;
  for (const run of Object.values(bySize).flat()) {
    const load = filesLoad(webRoot, run.scriptsBeforeUsable);
    if (!fetchedBeforeUsable || load.gzipBytes > fetchedBeforeUsable.gzipBytes) fetchedBeforeUsable = load;
  }
  return {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    settings: `Debian Chromium ${chromiumVersion} (${CHROMIUM}, headless, ${CHROMIUM_ARGS.join(' ')}), CPU slowed ${CPU_SLOWDOWN}× (Emulation.setCPUThrottlingRate), viewport ${VIEWPORT.width} × ${VIEWPORT.height}, Kinboard's server from this tree serving ${webRoot === WEB_ROOT ? 'apps/web/dist (built from this tree)' : webRoot} on 127.0.0.1 (${pinning.enabled ? 'server on CPU 0, Chromium not pinned' : 'not pinned'}), no network throttling`,
    firstLoad,
    boardLoad,
    fetchedBeforeUsable,
    input: WEB_INPUT,
    bySize,
    load: `1/5/15-min load average ${loadBefore} at start, ${load()} at end`,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
}
