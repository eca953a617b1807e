/// <reference lib="dom" />
/**
 * `pnpm --filter @kinboard/bench exec tsx src/web/webProfile.ts [statements] [outDir]` — where a
 * phone-class browser spends its main thread on a board (issue 21): the web speed scenario's
 * settings (Chromium, CPU slowed 4×, 390 × 844), one board of `statements` statements, a first
 * visit from the press on "Join meeting" (after a person's pause at the prompt), a return
 * visit and one remote change, each recorded as a V8 CPU profile (summed by function and by script)
 * and a DevTools timeline (summed by event: script, layout, style, paint) with the requests'
 * start times. Not a benchmark: a tool for finding causes, printing a summary and writing the
 * .cpuprofile files to open in DevTools.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { addStatement } from '@kinboard/model';
import { choosePinning } from '../proc';
import { startServer } from '../launch';
import { Target } from '../client/target';
import { CHROMIUM, CHROMIUM_ARGS, CPU_SLOWDOWN, FIRST_WORDS, VIEWPORT, WEB_ROOT, makeBoard, marksScript } from './webSpeed';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string } };
}

const statements = Number(process.argv[2] ?? 150);
const outDir = path.resolve(process.argv[3] ?? 'profile-out');

function summariseProfile(profile: CpuProfile, top = 25): string[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (node.callFrame.functionName === '(idle)') continue;
    total += us;
    const script = node.callFrame.url.replace(/^.*\/assets\//, '') || `(${node.callFrame.functionName})`;
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    const key = `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  return [
    `busy (not idle) ${(total / 1000).toFixed(0)} ms; by script:`,
    ...rows(byScript, 12),
    'by function (self time):',
    ...rows(byFunction, top),
  ];
}

function summariseTrace(events: TraceEvent[], from: number): string[] {
  // The busiest renderer main thread: a navigation may move the page to a new renderer process.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  // Top-level work only: events not inside another event on the main thread.
  onMain.sort((a, b) => a.ts - b.ts);
  const byName = new Map<string, number>();
  let end = 0;
  for (const e of onMain) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur!);
  }
  const longTasks = onMain
    .filter((e) => e.name === 'RunTask' && e.dur! > 30_000)
    .map((e) => `  ${((e.ts - from) / 1000).toFixed(0).padStart(6)} ms  task of ${(e.dur! / 1000).toFixed(0)} ms`);
  const nested = new Map<string, number>();
  for (const e of onMain)
    if (/Layout|UpdateLayoutTree|Paint|ParseHTML|v8.compile|CompileScript|EvaluateScript|v8.parseOnBackground|GC|FunctionCall/.test(e.name))
      nested.set(e.name, (nested.get(e.name) ?? 0) + e.dur!);
  const requests = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url)
    .map((e) => `  ${((e.ts - from) / 1000).toFixed(0).padStart(6)} ms  ${e.args!.data!.url!.replace(/^https?:\/\/[^/]+/, '')}`);
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  return [
    'main thread, top-level events:',
    ...fmt(byName),
    'main thread, all events of these kinds (nested included):',
    ...fmt(nested),
    'requests (from the trace start):',
    ...requests,
    'tasks over 30 ms:',
    ...longTasks,
  ];
}

async function traced<T>(cdp: CDPSession, name: string, act: () => Promise<T>): Promise<T> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,toplevel,v8.execute,v8,blink.user_timing,loading,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  const start = Date.now();
  const result = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  fs.writeFileSync(path.join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  fs.writeFileSync(path.join(outDir, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
  const from = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  console.log(`\n=== ${name} (${Date.now() - start} ms wall) ===`);
  console.log([...summariseProfile(profile), ...summariseTrace(events, from)].join('\n'));
  return result;
}

fs.mkdirSync(outDir, { recursive: true });
const server = await startServer(
  'ours',
  choosePinning(),
  null,
  process.env.BENCH_WEB_DIST ? path.resolve(process.env.BENCH_WEB_DIST) : WEB_ROOT,
);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const target = new Target(server.info);
  const board = await makeBoard(target, statements);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: marksScript(FIRST_WORDS) });
  await context.addInitScript({
    content:
      'window.__longTasks = []; new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: "longtask", buffered: true });',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const usable = () =>
    page.waitForFunction(() => (window as unknown as { __benchMarks: { usable?: number } }).__benchMarks.usable, null, {
      polling: 100,
      timeout: 60_000,
    });
  // First visit: the prompt, a person's pause while typing (the board's code arrives meanwhile),
  // then from the press on "Join meeting" to the usable board.
  await page.goto(board.link);
  await page.waitForSelector('input[name="name"]');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await cdp.send('Input.insertText', { text: 'Profile person' });
  const at = await page.evaluate(() => {
    const r = document.querySelector('button[type="submit"]')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await traced(cdp, `first-visit-join-${statements}`, async () => {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: at.x, y: at.y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: at.x, y: at.y, button: 'left', clickCount: 1 });
    await usable();
    const m = await page.evaluate(() => (window as unknown as { __benchMarks: { join?: number; usable?: number } }).__benchMarks);
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `  ${e.startTime.toFixed(0).padStart(6)}–${(e as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(6)} ms  ${e.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)}`,
        )
        .join('\n'),
    );
    console.log(`join pressed at ${m.join?.toFixed(0)} ms, usable at ${m.usable?.toFixed(0)} ms\n${requests}`);
  });
  await page.goto('about:blank');
  await traced(cdp, `return-visit-${statements}`, async () => {
    await page.goto(board.link, { waitUntil: 'commit' });
    await usable();
    const timeline = await page.evaluate(() => {
      const rows = performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `  ${e.startTime.toFixed(0).padStart(6)}–${(e as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(6)} ms  ${e.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)}`,
        );
      const tasks = ((window as unknown as { __longTasks?: PerformanceEntry[] }).__longTasks ?? []).map(
        (e) => `  ${e.startTime.toFixed(0).padStart(6)}–${(e.startTime + e.duration).toFixed(0).padStart(6)} ms  long task`,
      );
      return [...rows, ...tasks].sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b)).join('\n');
    });
    console.log(`page timeline (from navigation start):\n${timeline}`);
    // PROFILE_SCREENSHOT=file.png: what the person sees at the moment the board became usable.
    if (process.env.PROFILE_SCREENSHOT) await page.screenshot({ path: process.env.PROFILE_SCREENSHOT });
    console.log(
      `usable at ${(await page.evaluate(() => (window as unknown as { __benchMarks: { usable: number } }).__benchMarks.usable)).toFixed(0)} ms`,
    );
  });
  await page.waitForFunction((n) => document.querySelectorAll('.column .statement').length >= n, statements, {
    polling: 100,
    timeout: 60_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await traced(cdp, `remote-change-${statements}`, async () => {
    const words = 'Remote profile: grandmother will take the children to school on Mondays.';
    await page.evaluate((w) => {
      (window as unknown as { __benchMarks: { expect: string } }).__benchMarks.expect = w;
    }, words);
    addStatement(board.doc, { section: 'worries', text: words, author: { id: 'bench-writer', name: 'Sam' }, index: 0 });
    await page.waitForFunction(
      (w) => (window as unknown as { __benchMarks: { seen: Record<string, number> } }).__benchMarks.seen[w],
      words,
      { polling: 50, timeout: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  await board.writer.close();
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
