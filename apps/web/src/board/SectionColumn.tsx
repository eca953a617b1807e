import { useId, useRef, useState, type DragEvent } from 'react';
import { addStatement, moveStatement, type SectionView } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { PlusIcon } from '../icons';
import { STATEMENT_DRAG_TYPE, useBoardActions } from './boardActions';
import { StatementCard } from './StatementCard';
import { StatementReadOnly } from './StatementReadOnly';
import { dropIndexAmongOthers } from './dropIndex';

interface SectionColumnProps {
  readonly section: SectionView;
  readonly editable: boolean;
}

/** One of the three questions, with its statements in order. Statements can be dropped here. */
export function SectionColumn({ section, editable }: SectionColumnProps) {
  const { connection, me } = useBoardSession();
  const { requestFocus, draggingId, setDraggingId } = useBoardActions();
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const count = section.statements.length;

  function add() {
    const id = addStatement(connection.doc, { section: section.id, text: '', author: me });
    requestFocus({ statementId: id, control: 'text' });
  }

  function isStatementDrag(event: DragEvent) {
    return editable && event.dataTransfer.types.includes(STATEMENT_DRAG_TYPE);
  }

  function onDragOver(event: DragEvent) {
    if (!isStatementDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const items = list.current ? Array.from(list.current.children) : [];
    const index = items.findIndex((item) => {
      const box = item.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    setDropAt(index === -1 ? items.length : index);
  }

  function onDrop(event: DragEvent) {
    if (!isStatementDrag(event)) return;
    event.preventDefault();
    const id = event.dataTransfer.getData(STATEMENT_DRAG_TYPE) || draggingId;
    const at = dropAt ?? count;
    setDropAt(null);
    setDraggingId(null);
    if (!id) return;
    const index = dropIndexAmongOthers(section.statements.map((s) => s.id), id, at);
    moveStatement(connection.doc, id, section.id, index);
    requestFocus({ statementId: id, control: 'drag' });
  }

  function onDragLeave(event: DragEvent) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(null);
  }

  return (
    <section className={`column column--${section.id}`} aria-labelledby={headingId}>
      <div className="column__header">
        <h2 id={headingId}>{section.title}</h2>
        <p className="column__count">
          {count} {count === 1 ? 'statement' : 'statements'}
        </p>
      </div>
      <div
        className={dropAt !== null ? 'column__body column__body--drop' : 'column__body'}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onDragLeave={onDragLeave}
      >
        {count === 0 && (
          <p className="column__empty">{editable ? 'Nothing here yet. Add the first statement.' : 'Nothing here yet.'}</p>
        )}
        <ul className="statements" ref={list}>
          {section.statements.map((statement, index) =>
            editable ? (
              <StatementCard
                key={statement.id}
                statement={statement}
                index={index}
                count={count}
                dropBefore={dropAt === index}
              />
            ) : (
              <StatementReadOnly key={statement.id} statement={statement} />
            ),
          )}
        </ul>
        {dropAt === count && count > 0 && <div className="drop-marker" aria-hidden="true" />}
      </div>
      {editable && (
        <button type="button" className="add-button" onClick={add}>
          <PlusIcon />
          Add a statement
        </button>
      )}
    </section>
  );
}
