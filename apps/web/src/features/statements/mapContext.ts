/**
 * What every part of the map shares while it is on screen: the map itself in the board's
 * framework's words, the network, the pairs, this screen's "highlight by source" choice and the
 * deployment's extra plain-language terms.
 */
import { createContext, useContext } from 'react';
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

export const MapContext = createContext<MapContextValue | null>(null);

export function useMap(): MapContextValue {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap needs a MapContext provider (MapPart)');
  return map;
}

/** True when a highlight is on and this statement is not from that source: show it dimmed. */
export function isDimmed(highlight: string | null, statement: MappedStatement): boolean {
  return highlight !== null && statement.source?.key !== highlight;
}
