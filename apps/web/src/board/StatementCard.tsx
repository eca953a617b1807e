import { memo, useEffect, useId, useRef, type DragEvent } from 'react';
import { MAX_STATEMENT_LENGTH, SECTIONS, isSectionId, moveStatement, type StatementView } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { useStatementTextBinding } from '../hooks/useStatementTextBinding';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, TrashIcon } from '../icons';
import { STATEMENT_DRAG_TYPE, useBoardActions, type FocusRequest } from './boardActions';

interface StatementCardProps {
  readonly statement: StatementView;
  readonly index: number;
  readonly count: number;
  readonly dropBefore: boolean;
}

/** A statement someone can change: live text box, move controls and delete. */
export const StatementCard = memo(function StatementCard({ statement, index, count, dropBefore }: StatementCardProps) {
  const { connection } = useBoardSession();
  const { focusRequest, requestFocus, draggingId, setDraggingId, removeStatement } = useBoardActions();
  const textarea = useStatementTextBinding(connection.doc, statement.id);
  const item = useRef<HTMLLIElement>(null);
  const moveUp = useRef<HTMLButtonElement>(null);
  const moveDown = useRef<HTMLButtonElement>(null);
  const moveTo = useRef<HTMLSelectElement>(null);
  const id = useId();
  const isFirst = index === 0;
  const isLast = index === count - 1;

  useEffect(() => {
    if (!focusRequest || focusRequest.statementId !== statement.id) return;
    const targets: Record<FocusRequest['control'], HTMLElement | null> = {
      text: textarea.current,
      // Focus stays on the button pressed, even at the end of the list, so pressing it again is harmless.
      'move-up': moveUp.current,
      'move-down': moveDown.current,
      'move-to': moveTo.current,
      drag: textarea.current,
    };
    const target = targets[focusRequest.control];
    if (!target) return;
    target.focus();
    if (target instanceof HTMLTextAreaElement && focusRequest.control === 'text') {
      target.setSelectionRange(target.value.length, target.value.length);
    }
    target.scrollIntoView({ block: 'nearest' });
    requestFocus(null);
  }, [focusRequest, statement.id, requestFocus, textarea]);

  function move(section: StatementView['section'], to: number | undefined, control: FocusRequest['control']) {
    moveStatement(connection.doc, statement.id, section, to);
    requestFocus({ statementId: statement.id, control });
  }

  function onDragStart(event: DragEvent) {
    event.dataTransfer.setData(STATEMENT_DRAG_TYPE, statement.id);
    event.dataTransfer.effectAllowed = 'move';
    if (item.current) event.dataTransfer.setDragImage(item.current, 24, 24);
    setDraggingId(statement.id);
  }

  const classes = ['statement'];
  if (dropBefore) classes.push('statement--drop-before');
  if (draggingId === statement.id) classes.push('statement--dragging');

  return (
    <li className={classes.join(' ')} ref={item}>
      <div className="statement__main">
        <span
          className="statement__grip"
          draggable
          onDragStart={onDragStart}
          onDragEnd={() => setDraggingId(null)}
          title="Drag to move"
          aria-hidden="true"
        >
          <GripIcon />
        </span>
        <textarea
          ref={textarea}
          className="statement__text"
          aria-label="Statement"
          aria-describedby={`${id}-author`}
          placeholder="Type here…"
          rows={2}
          maxLength={MAX_STATEMENT_LENGTH}
          spellCheck
        />
      </div>
      <div className="statement__footer">
        <p className="statement__author" id={`${id}-author`}>
          {statement.authorName ? `Added by ${statement.authorName}` : 'Added by someone'}
        </p>
        <div className="statement__controls">
          <button
            ref={moveUp}
            type="button"
            className="icon-button"
            aria-label="Move up"
            title="Move up"
            aria-disabled={isFirst}
            onClick={() => !isFirst && move(statement.section, index - 1, 'move-up')}
          >
            <ArrowUpIcon />
          </button>
          <button
            ref={moveDown}
            type="button"
            className="icon-button"
            aria-label="Move down"
            title="Move down"
            aria-disabled={isLast}
            onClick={() => !isLast && move(statement.section, index + 1, 'move-down')}
          >
            <ArrowDownIcon />
          </button>
          <span className="statement__move">
            <label className="statement__move-label" htmlFor={`${id}-move`}>
              Move to
            </label>
            <select
              ref={moveTo}
              id={`${id}-move`}
              className="statement__move-select"
              value={statement.section}
              onChange={(e) => isSectionId(e.target.value) && move(e.target.value, undefined, 'move-to')}
            >
              {SECTIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete statement"
            title="Delete statement"
            onClick={() => removeStatement({ id: statement.id, text: statement.text })}
          >
            <TrashIcon />
          </button>
        </div>
      </div>
    </li>
  );
});
