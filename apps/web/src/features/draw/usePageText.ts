import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { drawPageText, readPageText } from '@kinboard/model';

/** A drawing page's text alternative as plain text, re-rendering when anyone changes it. */
export function usePageText(doc: Y.Doc, pageId: string): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      let text: Y.Text;
      try {
        text = drawPageText(doc, pageId);
      } catch {
        // Not an id a page's words can have: there is nothing to follow, and it reads as ''.
        return () => {};
      }
      text.observe(listener);
      return () => text.unobserve(listener);
    },
    [doc, pageId],
  );
  return useSyncExternalStore(subscribe, () => readPageText(doc, pageId));
}
