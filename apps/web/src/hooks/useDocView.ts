import { useMemo, useSyncExternalStore } from 'react';
import { onLocaleChange } from '../i18n/messages';
import type * as Y from 'yjs';
import { keepIdentity } from '../lib/keepIdentity';
import { onDocChange } from '../lib/docChanges';

export interface DocViewOptions {
  /**
   * Hand out the parts of each new read that equal the last read's as the last read's objects
   * (keepIdentity), so memoised components showing them are not drawn again. For read models of
   * plain data that many components show a piece of (the map's statements).
   */
  readonly keepIdentity?: boolean;
}

/**
 * Any read model of the document (readScales, readPlan, readMapping…), read again after every
 * change. `read` must be a stable function (module-level or memoised).
 *
 * Reading is lazy: a change marks the view out of date and tells React once, after the change's
 * transaction (a microtask), and the view is read when React next asks for it. Several changes
 * in a row are read once, nothing is read inside Yjs's transaction, and a component that mounts
 * reads its view once, not again when it subscribes.
 *
 * @example
 * const scales = useDocView(connection.doc, readScales);
 */
export function useDocView<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, options: DocViewOptions = {}): T {
  const keep = options.keepIdentity === true;
  const store = useMemo(() => {
    let view: { readonly value: T } | null = null;
    /** The document's changes counted when the view was read. */
    let readAt = -1;
    const getSnapshot = (): T => {
      const now = changesOf(doc);
      if (view === null || readAt !== now) {
        const next = read(doc);
        view = { value: view !== null && keep ? keepIdentity(view.value, next) : next };
        readAt = now;
      }
      return view.value;
    };
    return {
      subscribe(listener: () => void) {
        let scheduled = false;
        const onChange = () => {
          if (scheduled) return;
          scheduled = true;
          queueMicrotask(() => {
            scheduled = false;
            listener();
          });
        };
        const offDoc = onDocChange(doc, onChange);
        // Read models in the person's language are read again when the language changes.
        const offLocale = onLocaleChange(() => {
          view = null;
          onChange();
        });
        return () => {
          offDoc();
          offLocale();
        };
      },
      getSnapshot,
    };
  }, [doc, read, keep]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

const changeCounts = new WeakMap<Y.Doc, { count: number }>();

/** How many changes `doc` has seen since the page first asked (one listener per document). */
function changesOf(doc: Y.Doc): number {
  let counter = changeCounts.get(doc);
  if (!counter) {
    const created = { count: 0 };
    onDocChange(doc, () => {
      created.count++;
    });
    changeCounts.set(doc, created);
    counter = created;
  }
  return counter.count;
}
