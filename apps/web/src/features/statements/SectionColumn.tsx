import { memo, useId, useState } from 'react';
import { addStatement, type ColumnView, type ViewId } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { PlusIcon } from '../../icons';
import { useBoardActions } from './statementActions';
import { DangerStatementWriter } from './DangerStatementWriter';
import { DomainSection } from './DomainSection';
import { StatementList } from './StatementList';
import { FIRST_SHOWN, FIRST_SHOWN_STACKED } from './useShownCount';
import { t } from '../../i18n';
import './SectionColumn.css';

/** Below this width the columns stand one under the other (BoardScreen.css, .board__columns). */
const SIDE_BY_SIDE = '(min-width: 60rem)';

function columnsStacked(): boolean {
  return globalThis.matchMedia ? !globalThis.matchMedia(SIDE_BY_SIDE).matches : false;
}

interface SectionColumnProps {
  readonly column: ColumnView;
  readonly view: ViewId;
  readonly editable: boolean;
  /** Where the column stands among the three (0 first). */
  readonly position: number;
}

/**
 * One of the three questions. In the three-column view it lists all its statements in order; in
 * the seven-domain view it shows its domains, with anything not yet sorted at the top.
 */
export const SectionColumn = memo(function SectionColumn({ column, view, editable, position }: SectionColumnProps) {
  const { connection, me } = useBoardSession();
  const { requestFocus } = useBoardActions();
  const headingId = useId();
  const count = column.statements.length;
  const columnIds = column.statements.map((s) => s.id);

  function add() {
    const id = addStatement(connection.doc, { section: column.id, text: '', author: me });
    requestFocus({ statementId: id, control: 'text' });
  }

  const unsorted = column.statements.filter((s) => !s.filed);
  // On a phone only the first column's first cards are on screen: draw those first.
  const [firstShown] = useState(() => (!columnsStacked() ? FIRST_SHOWN : position === 0 ? FIRST_SHOWN_STACKED : 0));

  return (
    <section
      className={`column column--${column.id}`}
      aria-labelledby={headingId}
      data-focus-target={`column:${column.id}`}
      data-domains={column.domains.map((d) => d.id).join(' ')}
    >
      <div className="column__header">
        <h2 id={headingId}>{column.title}</h2>
        <p className="column__count">
          {count} {count === 1 ? t('statements.SectionColumn.statement') : t('statements.SectionColumn.statements')}
        </p>
      </div>
      {view === 'three-column' ? (
        <>
          <StatementList
            statements={column.statements}
            columnIds={columnIds}
            view={view}
            editable={editable}
            drop={{ kind: 'column', section: column.id }}
            firstShown={firstShown}
            empty={editable ? t('statements.SectionColumn.nothingHereYetAddThe') : t('statements.SectionColumn.nothingHereYet')}
          />
          {editable && (
            <button type="button" className="add-button" onClick={add}>
              <PlusIcon />
              {t('statements.SectionColumn.addAStatement')}
            </button>
          )}
          {editable && column.id === 'worries' && <DangerStatementWriter />}
        </>
      ) : (
        <>
          <p className="column__hint">{column.hint}</p>
          {unsorted.length > 0 && (
            <DomainSection
              kind="unsorted"
              title={t('statements.SectionColumn.notSortedYet')}
              hint={editable ? t('statements.SectionColumn.sortIntoADomainChoose') : t('statements.SectionColumn.sortIntoADomain')}
              statements={unsorted}
              columnIds={columnIds}
              editable={editable}
            />
          )}
          {column.domains.map((domain) => (
            <DomainSection
              key={domain.id}
              kind="domain"
              domain={domain.id}
              title={domain.title}
              hint={domain.hint}
              statements={domain.statements.filter((s) => s.filed)}
              columnIds={columnIds}
              editable={editable}
            />
          ))}
        </>
      )}
    </section>
  );
});
