import { startTransition, useEffect, useState } from 'react';

/** Statements a list draws in its first render where the columns stand side by side: more than fill the screen. */
export const FIRST_SHOWN = 12;
/**
 * Where the columns are stacked (a phone), the first column's first render: one more than fill
 * the phone's first screen (two cards fill 390 × 844 below the header; each card is about 60 of the
 * 460 elements of the first screen). The rest of the column and the columns below it fill in
 * idle moments, long before anyone scrolls to them.
 */
export const FIRST_SHOWN_STACKED = 3;
/** How many more each idle moment adds, until the whole list is drawn. */
const MORE_SHOWN = 30;
const IDLE_TIMEOUT_MS = 100;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 0);
  return () => window.clearTimeout(timer);
}

/**
 * How many of a list's `total` items to draw: the first screenful at once, the rest a batch per
 * idle moment, so a long board shows and takes typing before all its cards exist. Once the whole
 * list has been drawn it stays whole (items added later are drawn at once). An empty list is not
 * "drawn whole": a board still arriving from the server starts empty. Each batch is drawn as a
 * transition, so typing and other people's changes go first.
 */
export function useShownCount(total: number, first: number = FIRST_SHOWN): number {
  const [shown, setShown] = useState(first);
  const complete = shown === Number.POSITIVE_INFINITY;
  useEffect(() => {
    if (complete || total === 0) return;
    if (shown >= total) {
      setShown(Number.POSITIVE_INFINITY);
      return;
    }
    return whenIdle(() =>
      startTransition(() => setShown((before) => (before + MORE_SHOWN >= total ? Number.POSITIVE_INFINITY : before + MORE_SHOWN))),
    );
  }, [complete, shown, total]);
  return Math.min(shown, total);
}
