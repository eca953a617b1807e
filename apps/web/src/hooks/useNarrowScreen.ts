import { useSyncExternalStore } from 'react';

/** The width below which the board's header folds into one line (BoardHeader.css uses the same). */
const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the screen is phone-narrow, following rotation and zoom as they happen. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => globalThis.matchMedia?.(NARROW).matches ?? false,
    () => false,
  );
}
