import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readBoardStatus, type BoardStatus } from '@kinboard/model';

/** The server's word on the board: locked or not, and the meeting in progress. */
export function useBoardStatus(awareness: Awareness): BoardStatus {
  const store = useMemo(() => {
    const read = () => readBoardStatus(awareness.getStates() as Map<number, Record<string, unknown>>);
    let status = read();
    let key = JSON.stringify(status);
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          const next = read();
          const nextKey = JSON.stringify(next);
          if (nextKey === key) return;
          status = next;
          key = nextKey;
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => status,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
