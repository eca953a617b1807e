import { useId, useState } from 'react';
import { FRAMEWORKS, setBoardView, setFramework, sourcesOf, type ViewId } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useConnectionState } from '../../hooks/useConnectionState';
import { useMap } from '../statements';
import { localTerms, t } from '../../i18n';
import './MapToolbar.css';

interface MapToolbarProps {
  readonly editable: boolean;
  readonly highlight: string | null;
  readonly onHighlight: (key: string | null) => void;
}

const VIEW_CHOICES: readonly { id: ViewId; label: string }[] = [
  {
    id: 'three-column',
    get label() {
      return t('map.view.threeColumn');
    },
  },
  {
    id: 'seven-domain',
    get label() {
      return t('map.view.sevenDomain');
    },
  },
];

/** On a phone the controls fold behind this button so the first statement is on the first screen. */
const FOLD_TEXT = () => t('map.MapToolbar.foldText');

/** The map's controls: the view everyone sees, the framework's words, and a highlight for this screen. */
export function MapToolbar({ editable, highlight, onHighlight }: MapToolbarProps) {
  const { connection } = useBoardSession();
  const { role } = useConnectionState(connection);
  const { mapping } = useMap();
  const id = useId();
  const allStatements = mapping.columns.flatMap((c) => c.statements);
  const sources = sourcesOf(allStatements);
  const isFacilitator = role === 'facilitator' && editable;
  const [open, setOpen] = useState(false);

  return (
    <div className={open ? 'map-toolbar map-toolbar--open' : 'map-toolbar'}>
      <button
        type="button"
        className="map-toolbar__toggle"
        aria-expanded={open}
        aria-controls={`${id}-groups`}
        onClick={() => setOpen((o) => !o)}
      >
        {FOLD_TEXT()}
      </button>
      <div className="map-toolbar__groups" id={`${id}-groups`}>
        <div className="map-toolbar__group">
          <span className="map-toolbar__label" id={`${id}-view`}>
            {t('map.MapToolbar.boardView')}
          </span>
          {editable ? (
            <div className="segmented" role="group" aria-labelledby={`${id}-view`}>
              {VIEW_CHOICES.map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  className="segmented__option"
                  aria-pressed={mapping.view === choice.id}
                  onClick={() => setBoardView(connection.doc, choice.id)}
                >
                  <span className="segmented__tick" aria-hidden="true">
                    ✓{' '}
                  </span>
                  {choice.label}
                </button>
              ))}
            </div>
          ) : (
            <span className="map-toolbar__value" aria-labelledby={`${id}-view`}>
              {VIEW_CHOICES.find((c) => c.id === mapping.view)?.label}
            </span>
          )}
        </div>

        <div className="map-toolbar__group">
          {isFacilitator ? (
            <>
              <label className="map-toolbar__label" htmlFor={`${id}-framework`}>
                {t('map.MapToolbar.framework')}
              </label>
              <select
                id={`${id}-framework`}
                className="map-select"
                value={mapping.framework}
                aria-describedby={`${id}-framework-hint`}
                onChange={(e) => setFramework(connection.doc, e.target.value as (typeof FRAMEWORKS)[number])}
              >
                {FRAMEWORKS.map((f) => (
                  <option key={f} value={f}>
                    {localTerms(f).name}
                  </option>
                ))}
              </select>
              <span className="map-toolbar__hint" id={`${id}-framework-hint`}>
                {mapping.terms.usedFor}
              </span>
            </>
          ) : (
            <>
              <span className="map-toolbar__label">{t('map.MapToolbar.framework')}</span>
              <span className="map-toolbar__value">{mapping.terms.name}</span>
            </>
          )}
        </div>

        <div className="map-toolbar__group">
          <label className="map-toolbar__label" htmlFor={`${id}-highlight`}>
            {t('map.MapToolbar.highlightBySource')}
          </label>
          <select
            id={`${id}-highlight`}
            className="map-select"
            value={highlight ?? ''}
            onChange={(e) => onHighlight(e.target.value || null)}
          >
            <option value="">{t('map.MapToolbar.showEveryoneSEqually')}</option>
            {sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
          {sources.length === 0 && <span className="map-toolbar__hint">{t('map.MapToolbar.recordWhoseViewAStatement')}</span>}
        </div>
      </div>
    </div>
  );
}
