/** The web speed scenario's Markdown: each figure's median over the runs with their range, and its target. */
import { percentile } from '../stats';
import type { FirstLoad } from './firstLoad';
import { WEB_FIGURE_TITLES, WEB_TARGETS, type WebInput, type WebResults } from './webSpeed';

/** The first load's JavaScript must stay under this many bytes of gzip (issue 21). */
export const FIRST_LOAD_GZIP_LIMIT = 150 * 1024;

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (load: FirstLoad | undefined) =>
  load
    ? `${(load.gzipBytes / 1024).toFixed(1)} KB of JavaScript gzip (${(load.rawBytes / 1024).toFixed(0)} KB raw) in ${load.files.length} files`
    : 'n/a';

const INPUT_WORDS: Record<WebInput, string> = {
  person:
    'the bench gives its name the way a person\'s device delivers it, as soon as the page shows the prompt (the page tells the bench through a binding, nothing polls): the name as one text input (CDP Input.insertText) and one mouse press and release on "Join meeting" (CDP Input.dispatchMouseEvent). "First visit → usable board" is the page\'s own time plus that input (its own row); a person takes seconds to type a name, which no figure here includes',
  playwright:
    'the bench gives its name with Playwright\'s page.fill and page.click (each first polls the element until it is visible, stable, enabled and receives events), after finding the prompt by polling every 100 ms: the way of measuring before 3 December 2026, 18:30. "First visit → usable board" includes that input and the page\'s work competing with it under the CPU slowdown',
};

export function webMarkdown(r: WebResults): string {
  const lines = [
    '# Kinboard web speed on a phone-class device',
    '',
    `- Date: ${r.date}; run took ${r.durationSeconds} s`,
    `- Settings: ${r.settings}`,
    `- Machine load: ${r.load} (other work on the machine disturbs the figures; the CPU slowdown multiplies whatever the page gets)`,
    "- Peers: none. This scenario measures Kinboard's own web app; neither the stock y-websocket server nor Hocuspocus comes with a board app to compare.",
    '- "Usable": the first statement of the first column shows its words in a text box inside the viewport, and an enabled "Add a statement" button is on the page. Times are taken in the page (performance.now() on each animation frame) from the navigation start.',
    `- First visit: ${INPUT_WORDS[r.input ?? 'playwright']}.`,
    '- Remote change: another person (a Node y-protocols client) adds a statement at the top of the first column once every card of the board is drawn; the time from its sending to the first frame that shows it (Date.now() on both sides).',
    '- Each run is a fresh board and a fresh browser context (nothing cached); the return visit is the same context opening the link again (name remembered, code cached).',
    '',
    `First load: ${kb(r.firstLoad)}. A board link then fetches the live board's code (the BoardSessionView chunk, from the name prompt on): with it, ${kb(r.boardLoad)}; target < ${FIRST_LOAD_GZIP_LIMIT / 1024} KB for everything a board link needs before the board is usable: ${(r.boardLoad ?? r.firstLoad).gzipBytes < FIRST_LOAD_GZIP_LIMIT ? 'pass' : 'miss'}.`,
    ...(r.fetchedBeforeUsable
      ? [
          '',
          `Fetched by the first visits when the board became usable (the page's resource timing; the largest of the runs): ${kb(r.fetchedBeforeUsable)}: ${r.fetchedBeforeUsable.files.map((f) => f.replace(/^assets\//, '')).join(', ')}.`,
        ]
      : []),
    '',
    '| Statements | Figure | Median (range of runs) | Runs | Target | Result |',
    '|---:|---|---:|---:|---|---|',
  ];
  for (const [size, runs] of Object.entries(r.bySize)) {
    for (const key of Object.keys(WEB_FIGURE_TITLES)) {
      const values = runs.map((run) => run[key as keyof typeof run] as number).filter((v) => Number.isFinite(v));
      if (values.length === 0) continue;
      const median = percentile(values, 50)!;
      const target = WEB_TARGETS[key]?.(Number(size)) ?? null;
      lines.push(
        `| ${size} | ${WEB_FIGURE_TITLES[key]} | ${ms(median)} (${ms(Math.min(...values))}–${ms(Math.max(...values))}) | ${values.length} | ${target === null ? '' : `≤ ${target} ms`} | ${target === null ? '' : median <= target ? 'pass' : 'miss'} |`,
      );
    }
  }
  lines.push('', 'Benchmarks are not tests: nothing here fails CI. "miss" marks a target not yet met (judged on the median).', '');
  return lines.join('\n');
}
