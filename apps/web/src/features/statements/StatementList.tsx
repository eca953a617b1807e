import { useCallback, useRef, useState, type DragEvent } from 'react';
import { fileStatement, moveStatement, type DomainId, type MappedStatement, type SectionId, type ViewId } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { STATEMENT_DRAG_TYPE, useBoardActions } from './statementActions';
import { dropIndexAmongOthers } from '../../lib/dropIndex';
import { StatementCard } from './StatementCard';
import { columnIndexForStep } from './statementMoves';
import { StatementReadOnly } from './StatementReadOnly';
import { useShownCount } from './useShownCount';
import './StatementList.css';

/** What dropping a dragged statement on a list does: move it into a column, or file it under a domain. */
export type DropTarget = { readonly kind: 'column'; readonly section: SectionId } | { readonly kind: 'domain'; readonly domain: DomainId };

interface StatementListProps {
  readonly statements: readonly MappedStatement[];
  /** Every statement of the column, in column order: moves are made in column positions. */
  readonly columnIds: readonly string[];
  readonly view: ViewId;
  readonly editable: boolean;
  /** Null when statements cannot be dropped here. */
  readonly drop: DropTarget | null;
  readonly empty: string;
  /** How many cards the first render draws (the rest follow in idle moments). */
  readonly firstShown?: number;
}

/** Statements in order, as cards to change or as words to read; a drop target for dragged statements. */
export function StatementList({ statements, columnIds, view, editable, drop, empty, firstShown }: StatementListProps) {
  const { connection } = useBoardSession();
  const { requestFocus, draggingId, setDraggingId } = useBoardActions();
  const list = useRef<HTMLUListElement>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const count = statements.length;
  const listIds = statements.map((s) => s.id);
  // Cards ask for the order only when a move button is pressed: a card whose statement and place
  // did not change is not drawn again because another statement arrived or moved.
  const order = useRef({ listIds, columnIds });
  order.current = { listIds, columnIds };
  const stepTo = useCallback((id: string, by: -1 | 1) => columnIndexForStep(order.current.columnIds, order.current.listIds, id, by), []);
  // A long list draws its first screenful at once and the rest in idle moments.
  const shown = useShownCount(count, firstShown);

  function isStatementDrag(event: DragEvent) {
    return editable && drop !== null && event.dataTransfer.types.includes(STATEMENT_DRAG_TYPE);
  }

  function onDragOver(event: DragEvent) {
    if (!isStatementDrag(event)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const items = list.current ? Array.from(list.current.children) : [];
    const index = items.findIndex((item) => {
      const box = item.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    setDropAt(index === -1 ? items.length : index);
  }

  function onDrop(event: DragEvent) {
    if (!isStatementDrag(event) || !drop) return;
    event.preventDefault();
    event.stopPropagation();
    const id = event.dataTransfer.getData(STATEMENT_DRAG_TYPE) || draggingId;
    const at = dropAt ?? count;
    setDropAt(null);
    setDraggingId(null);
    if (!id) return;
    const index = dropIndexAmongOthers(listIds, id, at);
    if (drop.kind === 'column') moveStatement(connection.doc, id, drop.section, index);
    else fileStatement(connection.doc, id, drop.domain, index);
    requestFocus({ statementId: id, control: 'drag' });
  }

  function onDragLeave(event: DragEvent) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(null);
  }

  return (
    <div
      className={dropAt !== null ? 'column__body column__body--drop' : 'column__body'}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={onDragLeave}
    >
      {count === 0 && <p className="column__empty">{empty}</p>}
      <ul className="statements" ref={list}>
        {statements
          .slice(0, shown)
          .map((statement, index) =>
            editable ? (
              <StatementCard
                key={statement.id}
                statement={statement}
                isFirst={index === 0}
                isLast={index === count - 1}
                stepTo={stepTo}
                view={view}
                dropBefore={dropAt === index}
              />
            ) : (
              <StatementReadOnly key={statement.id} statement={statement} view={view} />
            ),
          )}
      </ul>
      {dropAt === count && count > 0 && <div className="drop-marker" aria-hidden="true" />}
    </div>
  );
}
