/**
 * What every part of the map shares while it is on screen: the map itself in the board's
 * framework's words, the network, the pairs, this screen's "highlight by source" choice and the
 * deployment's extra plain-language terms.
 *
 * It travels as a store, not as a context value: a statement card asks only for the pieces it
 * shows (`useMapSelector`) and is drawn again only when one of them changes, so a remote change to
 * one statement redraws that card, not all of them. The map keeps unchanged pieces as the same
 * objects between changes (keepIdentity), which is what makes "changed" cheap to tell.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DictionaryTerm, MappedStatement, MappingView, NetworkMemberView, PairsView } from '@kinboard/model';

/** A control to focus once a statement has moved and its card has remounted elsewhere. */
export interface MapFocusRequest {
  readonly statementId: string;
  readonly control: 'file-under';
}

export interface MapContextValue {
  readonly mapping: MappingView;
  readonly pairs: PairsView;
  readonly statementsById: ReadonlyMap<string, MappedStatement>;
  readonly network: readonly NetworkMemberView[];
  /** The source key (`SourceView.key`) this screen highlights, or null for everyone. */
  readonly highlight: string | null;
  readonly extraTerms: readonly DictionaryTerm[];
  readonly focusRequest: MapFocusRequest | null;
  readonly requestFocus: (request: MapFocusRequest | null) => void;
}

/** The map's current value and who to tell when it changes. */
export class MapStore {
  private value: MapContextValue;
  private readonly listeners = new Set<() => void>();

  constructor(value: MapContextValue) {
    this.value = value;
  }

  readonly get = (): MapContextValue => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Takes the new value at once (components drawn next read it); `publish` tells the others. */
  set(value: MapContextValue): void {
    this.value = value;
  }

  publish(): void {
    for (const listener of this.listeners) listener();
  }
}

export const MapContext = createContext<MapStore | null>(null);

function useMapStore(): MapStore {
  const store = useContext(MapContext);
  if (!store) throw new Error('useMap needs a MapContext provider (MapPart)');
  return store;
}

/** The whole map; drawn again on every change (for one-off parts such as the toolbar). */
export function useMap(): MapContextValue {
  const store = useMapStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * One piece of the map, drawn again only when that piece changes. `select` must return a piece of
 * the map as it is (or a primitive), never a new object or array.
 *
 * @example
 * const partner = useMapSelector((map) => map.statementsById.get(partnerId));
 */
export function useMapSelector<T>(select: (map: MapContextValue) => T): T {
  const store = useMapStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** True when a highlight is on and this statement is not from that source: show it dimmed. */
export function isDimmed(highlight: string | null, statement: MappedStatement): boolean {
  return highlight !== null && statement.source?.key !== highlight;
}
