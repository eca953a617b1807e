import { useMemo, useSyncExternalStore } from 'react';
import { onLocaleChange } from '../i18n/messages';
import type * as Y from 'yjs';
import { onDocChange } from '../lib/docChanges';

interface SharedStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

const stores = new WeakMap<Y.Doc, Map<(doc: Y.Doc) => unknown, SharedStore<unknown>>>();

function sharedStore<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): SharedStore<T> {
  let perDoc = stores.get(doc);
  if (!perDoc) stores.set(doc, (perDoc = new Map()));
  const existing = perDoc.get(read);
  if (existing) return existing as SharedStore<T>;
  let view = read(doc);
  const listeners = new Set<() => void>();
  let offLocale = () => {};
  let offDoc = () => {};
  const onUpdate = () => {
    view = read(doc);
    for (const listener of listeners) listener();
  };
  const store: SharedStore<T> = {
    subscribe(listener) {
      if (listeners.size === 0) {
        // Changes may have arrived while nobody was listening.
        view = read(doc);
        offDoc = onDocChange(doc, onUpdate);
        // Read models in the person's language are read again when the language changes.
        offLocale = onLocaleChange(onUpdate);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          offDoc();
          offLocale();
        }
      };
    },
    getSnapshot: () => view,
  };
  perDoc.set(read, store as SharedStore<unknown>);
  return store;
}

/**
 * A read model of the document, read once per change however many components ask for it (a plan
 * coverage badge sits beside every danger statement). `read` must be module-level.
 *
 * @example
 * const plan = useSharedDocView(connection.doc, readPlan);
 */
export function useSharedDocView<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const store = useMemo(() => sharedStore(doc, read), [doc, read]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
