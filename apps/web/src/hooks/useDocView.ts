import { useMemo, useSyncExternalStore } from 'react';
import { onLocaleChange } from '../i18n/messages';
import type * as Y from 'yjs';
import { keepIdentity } from '../lib/keepIdentity';

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
 * @example
 * const scales = useDocView(connection.doc, readScales);
 */
export function useDocView<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, options: DocViewOptions = {}): T {
  const keep = options.keepIdentity === true;
  const store = useMemo(() => {
    let view = read(doc);
    const readAgain = () => {
      view = keep ? keepIdentity(view, read(doc)) : read(doc);
    };
    return {
      subscribe(listener: () => void) {
        readAgain();
        const onUpdate = () => {
          readAgain();
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
  }, [doc, read, keep]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
