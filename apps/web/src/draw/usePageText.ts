import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { drawTextsMap, pageText } from './drawDoc';

/** A drawing page's text alternative, re-rendering when anyone changes it. */
export function usePageText(doc: Y.Doc, pageId: string): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      const texts = drawTextsMap(doc);
      texts.observe(listener);
      return () => texts.unobserve(listener);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => pageText(doc, pageId));
}
