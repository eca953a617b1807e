import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { readLocalMapping } from '../../i18n';
import { readNetwork, readPairs, sourcesOf, type MappedStatement, type PairsView } from '@kinboard/model';
import { useBoardFocus } from '../../board/boardFocus';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { keepIdentity } from '../../lib/keepIdentity';
import { useExtraTerms } from './dictionaryTerms';
import { MapContext, MapStore, SectionColumn, type MapContextValue, type MapFocusRequest } from '../statements';
import { MapToolbar } from './MapToolbar';
import { lazyPiece } from '../../lib/lazyPiece';
import './MapPart.css';

// Each child's three houses come below every column: their code loads while the columns are drawn.
const ThreeHouses = lazyPiece(() => import('./ThreeHouses').then((m) => m.ThreeHouses));

const KEEP_IDENTITY = { keepIdentity: true } as const;

interface MapPartProps {
  readonly editable: boolean;
}

/**
 * The case map: the three columns or the seven domains (everyone sees the same view), the
 * danger statements with their goals, whose view each statement is, and each child's three houses.
 */
export function MapPart({ editable }: MapPartProps) {
  const { connection } = useBoardSession();
  const { focus } = useBoardFocus();
  // Unchanged statements stay the same objects from one change to the next: only the cards a
  // change touches are drawn again.
  const mapping = useDocView(connection.doc, readLocalMapping, KEEP_IDENTITY);
  const network = useDocView(connection.doc, readNetwork, KEEP_IDENTITY);
  const lastPairs = useRef<PairsView | null>(null);
  const extraTerms = useExtraTerms();
  const [highlight, setHighlight] = useState<string | null>(null);
  const [focusRequest, requestFocus] = useState<MapFocusRequest | null>(null);
  // A highlighted source can disappear (its last statement deleted or given another source, by
  // anyone): then nothing is highlighted, rather than everything dimmed under "everyone equally".
  const sourceKeys = useMemo(() => new Set(sourcesOf(mapping.columns.flatMap((c) => c.statements)).map((s) => s.key)), [mapping]);
  const highlightShown = highlight !== null && sourceKeys.has(highlight) ? highlight : null;
  useEffect(() => {
    if (highlight !== null && highlightShown === null) setHighlight(null);
  }, [highlight, highlightShown]);

  const value = useMemo<MapContextValue>(() => {
    const statementsById = new Map<string, MappedStatement>();
    for (const column of mapping.columns) for (const s of column.statements) statementsById.set(s.id, s);
    const pairs = keepIdentity(lastPairs.current, readPairs(connection.doc, mapping));
    lastPairs.current = pairs;
    return {
      mapping,
      pairs,
      statementsById,
      network,
      highlight: highlightShown,
      extraTerms,
      focusRequest,
      requestFocus,
    };
  }, [mapping, network, highlightShown, extraTerms, focusRequest, connection.doc]);

  // Cards drawn in this pass read the new map at once; cards that are not drawn again (same
  // statement, same place) are told after the commit and draw again only if their piece changed.
  const [store] = useState(() => new MapStore(value));
  store.set(value);
  useLayoutEffect(() => store.publish(), [store, value]);

  useFollowFocus(focus);

  return (
    <MapContext.Provider value={store}>
      <div className="map">
        <MapToolbar editable={editable} highlight={highlightShown} onHighlight={setHighlight} />
        <div className={mapping.view === 'seven-domain' ? 'board__columns board__columns--domains' : 'board__columns'}>
          {mapping.columns.map((column, position) => (
            <SectionColumn key={column.id} column={column} view={mapping.view} editable={editable} position={position} />
          ))}
        </div>
        <ThreeHouses editable={editable} />
      </div>
    </MapContext.Provider>
  );
}

/** Brings the column, domain or child's houses the chair points at into view. */
function useFollowFocus(focus: string) {
  useEffect(() => {
    const [kind, id] = focus.split(':', 2);
    if (!id || !['column', 'domain', 'house'].includes(kind!)) return;
    const target =
      document.querySelector<HTMLElement>(`[data-focus-target="${CSS.escape(focus)}"]`) ??
      (kind === 'domain' ? document.querySelector<HTMLElement>(`[data-domains~="${CSS.escape(id)}"]`) : null);
    target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [focus]);
}
