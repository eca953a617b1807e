import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readBoard, type BoardView } from '@kinboard/model';

/**
 * The board as plain data, read again after every change to the document. Components render
 * from this and never from the shared types.
 */
export function useBoardView(doc: Y.Doc): BoardView {
  const store = useMemo(() => {
    let view: BoardView = readBoard(doc);
    return {
      subscribe(listener: () => void) {
        // Changes may have arrived between the first read and this subscription.
        view = readBoard(doc);
        const onUpdate = () => {
          view = readBoard(doc);
          listener();
        };
        doc.on('update', onUpdate);
        return () => doc.off('update', onUpdate);
      },
      getSnapshot: () => view,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
