import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export type PresenceStates = Map<number, Record<string, unknown>>;

/**
 * Any reading of presence (who is here, the board's status, the chair's focus), read again when
 * presence changes and handed to React only when the reading itself changed. `read` must be
 * stable (module-level or memoised).
 *
 * @example
 * const status = useAwarenessView(connection.awareness, (states) => readBoardStatus(states));
 */
export function useAwarenessView<T>(awareness: Awareness, read: (states: PresenceStates, myClientId: number) => T): T {
  const store = useMemo(() => {
    const readNow = () => read(awareness.getStates() as PresenceStates, awareness.clientID);
    let view = readNow();
    let key = JSON.stringify(view);
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          const next = readNow();
          const nextKey = JSON.stringify(next);
          if (nextKey === key) return;
          view = next;
          key = nextKey;
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => view,
    };
  }, [awareness, read]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
