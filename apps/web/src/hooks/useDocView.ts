import { useMemo, useSyncExternalStore } from 'react';
import { onLocaleChange } from '../i18n/messages';
import type * as Y from 'yjs';

/**
 * Any read model of the document (readScales, readPlan, readMapping…), read again after every
 * change. `read` must be a stable function (module-level or memoised).
 *
 * @example
 * const scales = useDocView(connection.doc, readScales);
 */
export function useDocView<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const store = useMemo(() => {
    let view = read(doc);
    return {
      subscribe(listener: () => void) {
        view = read(doc);
        const onUpdate = () => {
          view = read(doc);
          listener();
        };
        doc.on('update', onUpdate);
        // Read models in the person's language are read again when the language changes.
        const offLocale = onLocaleChange(onUpdate);
        return () => {
          doc.off('update', onUpdate);
          offLocale();
        };
      },
      getSnapshot: () => view,
    };
  }, [doc, read]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
