/**
 * Keeps the board's secret off paper. Chromium prints the page's address in the header or footer
 * when the margins leave room for it, and a board's address carries its secret after `#`. While
 * the page prints, the address in the history entry is the same one without the fragment; after
 * printing it is put back, so the link in the address bar still opens the board.
 * `history.replaceState` neither reloads the page nor fires `hashchange`.
 */

/** The little of `window` this needs, so it can be tested without a browser. */
export interface PrintWindow {
  readonly location: { readonly href: string; readonly hash: string };
  readonly history: { readonly state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  addEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
  removeEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
}

/** The address without its fragment: `https://host/b/abc#s3cret` → `https://host/b/abc`. */
export function addressWithoutFragment(href: string): string {
  const at = href.indexOf('#');
  return at === -1 ? href : href.slice(0, at);
}

/**
 * From now until the returned function is called, every print (the button, Ctrl+P, the browser's
 * menu) happens with an address that has no secret in it.
 *
 * @example
 * useEffect(() => hideSecretWhilePrinting(window), []);
 */
export function hideSecretWhilePrinting(win: PrintWindow): () => void {
  let hidden: string | null = null;
  const before = () => {
    if (hidden !== null || win.location.hash === '') return;
    hidden = win.location.href;
    win.history.replaceState(win.history.state, '', addressWithoutFragment(hidden));
  };
  const after = () => {
    if (hidden === null) return;
    const address = hidden;
    hidden = null;
    win.history.replaceState(win.history.state, '', address);
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    after();
  };
}
