import { memo, useEffect, useId, useMemo, useRef, useState, type DragEvent, type FocusEvent, type KeyboardEvent } from 'react';
import {
  MAX_STATEMENT_LENGTH,
  applyHint,
  checkPlainLanguage,
  editStatement,
  moveStatement,
  type MappedStatement,
  type PlainLanguageHint,
  type SectionId,
  type ViewId,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useStatementTextBinding } from '../../hooks/useStatementTextBinding';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, TrashIcon } from '../../icons';
import { STATEMENT_DRAG_TYPE, useBoardActions, type FocusRequest } from './statementActions';
import { FileUnderSelect } from './FileUnderSelect';
import { MoveToSelect } from './MoveToSelect';
import { HarmDetailsEditor } from './HarmDetailsEditor';
import { hintKey, hintStillFits } from './hintSegments';
import { isDimmed, useMapSelector } from './mapContext';
import { PairBlock } from './PairBlock';
import { PlanCoverageBadge } from '../plan';
import { HintList, HintOverlay } from './PlainLanguageHints';
import { SourcePanel } from './SourcePanel';
import { StatementBadges } from './StatementBadges';
import { useDebounced } from './useDebounced';
import { ReadAloud, t, useLocale } from '../../i18n';
import { useWhenIdle } from './useWhenIdle';
import './StatementCard.css';

interface StatementCardProps {
  readonly statement: MappedStatement;
  /** First or last in the list shown (the column, a domain, or the column's unsorted statements). */
  readonly isFirst: boolean;
  readonly isLast: boolean;
  /** The column position a step up or down in the list shown moves this statement to (null: none). */
  readonly stepTo: (statementId: string, by: -1 | 1) => number | null;
  readonly view: ViewId;
  readonly dropBefore: boolean;
}

const HINT_DELAY_MS = 250;
const NO_HINTS: readonly PlainLanguageHint[] = [];

/**
 * A statement someone can change: live text box with plain-language hints, move and file
 * controls, whose view it is, harm details or its pair, and delete. Drawn again only when its
 * statement, its place or the map's words it uses change (see mapContext).
 */
export const StatementCard = memo(function StatementCard({ statement, isFirst, isLast, stepTo, view, dropBefore }: StatementCardProps) {
  useLocale();
  const { connection } = useBoardSession();
  const { focusRequest, requestFocus, draggingId, setDraggingId, removeStatement } = useBoardActions();
  const highlight = useMapSelector((map) => map.highlight);
  const extraTerms = useMapSelector((map) => map.extraTerms);
  const mapFocusRequest = useMapSelector((map) => map.focusRequest);
  const requestMapFocus = useMapSelector((map) => map.requestFocus);
  const textarea = useStatementTextBinding(connection.doc, statement.id);
  const item = useRef<HTMLLIElement>(null);
  const moveUp = useRef<HTMLButtonElement>(null);
  const moveDown = useRef<HTMLButtonElement>(null);
  const moveTo = useRef<HTMLSelectElement>(null);
  const fileUnder = useRef<HTMLSelectElement>(null);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  const settledText = useDebounced(statement.text, HINT_DELAY_MS);
  // The plain-words check waits until the board is on screen (or this box is being edited).
  const checkNow = useWhenIdle() || editing;
  const hints = useMemo(
    () =>
      checkNow
        ? checkPlainLanguage(settledText, { domain: statement.domain, extraTerms }).filter(
            (hint) => !dismissed.has(hintKey(settledText, hint)),
          )
        : NO_HINTS,
    [checkNow, settledText, statement.domain, extraTerms, dismissed],
  );
  // Offsets belong to the settled text; while someone is still typing, underline nothing.
  const current = settledText === statement.text;
  // Hints shown while editing stay after the box loses focus, until the words change, so leaving
  // the box never moves the controls below it under the pointer.
  const [hintsShownFor, setHintsShownFor] = useState<string | null>(null);
  if (editing && current && hintsShownFor !== settledText) setHintsShownFor(settledText);
  const showHints = current && (editing || hintsShownFor === settledText);

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

  useEffect(() => {
    if (mapFocusRequest?.statementId !== statement.id || !fileUnder.current) return;
    fileUnder.current.focus();
    fileUnder.current.scrollIntoView({ block: 'nearest' });
    requestMapFocus(null);
  }, [mapFocusRequest, requestMapFocus, statement.id]);

  function move(section: SectionId, to: number | undefined, control: FocusRequest['control']) {
    moveStatement(connection.doc, statement.id, section, to);
    requestFocus({ statementId: statement.id, control });
  }

  function step(by: -1 | 1) {
    const to = stepTo(statement.id, by);
    if (to !== null) move(statement.section, to, by === -1 ? 'move-up' : 'move-down');
  }

  function onDragStart(event: DragEvent) {
    event.dataTransfer.setData(STATEMENT_DRAG_TYPE, statement.id);
    event.dataTransfer.effectAllowed = 'move';
    if (item.current) event.dataTransfer.setDragImage(item.current, 24, 24);
    setDraggingId(statement.id);
  }

  function acceptHint(hint: PlainLanguageHint) {
    const box = textarea.current;
    const text = box?.value ?? statement.text;
    if (hint.replacement === undefined || !hintStillFits(text, hint, settledText.slice(hint.start, hint.end))) return;
    editStatement(connection.doc, statement.id, applyHint(text, hint));
    if (box) {
      box.focus();
      const caret = hint.start + hint.replacement.length;
      box.setSelectionRange(caret, caret);
    }
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || !event.altKey) return;
    const first = hints.find((h) => h.replacement !== undefined);
    if (!first || !current) return;
    event.preventDefault();
    acceptHint(first);
  }

  function onBlur(event: FocusEvent) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEditing(false);
  }

  const classes = ['statement', `statement--${statement.domain}`];
  if (dropBefore) classes.push('statement--drop-before');
  if (draggingId === statement.id) classes.push('statement--dragging');
  if (isDimmed(highlight, statement)) classes.push('statement--dimmed');
  if (highlight !== null && statement.source?.key === highlight) classes.push('statement--highlighted');

  return (
    <li className={classes.join(' ')} ref={item} onFocus={() => setEditing(true)} onBlur={onBlur}>
      <StatementBadges statement={statement} view={view} />
      <div className="statement__main">
        <span
          className="statement__grip"
          draggable
          onDragStart={onDragStart}
          onDragEnd={() => setDraggingId(null)}
          title={t('statements.StatementCard.dragToMove')}
          aria-hidden="true"
        >
          <GripIcon />
        </span>
        <div className="statement__textwrap">
          <textarea
            ref={textarea}
            className="statement__text"
            aria-label={t('statements.StatementCard.statement')}
            aria-describedby={`${id}-author`}
            placeholder={t('statements.StatementCard.typeHere')}
            rows={2}
            maxLength={MAX_STATEMENT_LENGTH}
            spellCheck
            onKeyDown={onTextKeyDown}
          />
          {current && <HintOverlay text={statement.text} hints={hints} />}
        </div>
        {statement.stance === 'disputed' && <DisputeAside words={statement.disputeWords} />}
      </div>
      {statement.domain === 'danger-statements' && <PlanCoverageBadge statementId={statement.id} />}
      {showHints && (
        <HintList
          text={settledText}
          hints={hints}
          onUse={acceptHint}
          onDismiss={(hint) => setDismissed((before) => new Set(before).add(hintKey(settledText, hint)))}
        />
      )}
      <PairBlock statement={statement} editable />
      <div className="statement__extras">
        {/* Shown from the first word typed, not once the words settle: appearing later, it would move
            everything below it under a pointer already on its way there (noLostClicks.spec). */}
        <ReadAloud text={statement.text} what={settledText} />
        <SourcePanel statement={statement} />
        {statement.domain === 'harm' && <HarmDetailsEditor statement={statement} />}
      </div>
      <div className="statement__footer">
        <p className="statement__author" id={`${id}-author`}>
          {statement.authorName
            ? t('statements.StatementCard.addedBy', { authorName: statement.authorName })
            : t('statements.StatementCard.addedBySomeone')}
        </p>
        <div className="statement__controls">
          <button
            ref={moveUp}
            type="button"
            className="icon-button"
            aria-label={t('statements.StatementCard.moveUp')}
            title={t('statements.StatementCard.moveUp')}
            aria-disabled={isFirst}
            onClick={() => !isFirst && step(-1)}
          >
            <ArrowUpIcon />
          </button>
          <button
            ref={moveDown}
            type="button"
            className="icon-button"
            aria-label={t('statements.StatementCard.moveDown')}
            title={t('statements.StatementCard.moveDown')}
            aria-disabled={isLast}
            onClick={() => !isLast && step(1)}
          >
            <ArrowDownIcon />
          </button>
          {view === 'seven-domain' ? (
            <FileUnderSelect ref={fileUnder} statement={statement} id={`${id}-file`} />
          ) : (
            <MoveToSelect ref={moveTo} statement={statement} id={`${id}-move`} onMove={(section) => move(section, undefined, 'move-to')} />
          )}
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={t('statements.StatementCard.deleteStatement')}
            title={t('statements.StatementCard.deleteStatement')}
            onClick={() => removeStatement({ id: statement.id, text: statement.text })}
          >
            <TrashIcon />
          </button>
        </div>
      </div>
    </li>
  );
});

/** The family's words beside a disputed statement. */
export function DisputeAside({ words }: { readonly words: string }) {
  return (
    <div className="dispute">
      <p className="dispute__label">{t('statements.StatementCard.theFamilyDisagrees')}</p>
      {words ? (
        <p className="dispute__words">“{words}”</p>
      ) : (
        <p className="dispute__words dispute__words--empty">{t('statements.StatementCard.theirWordsAreNotWritten')}</p>
      )}
    </div>
  );
}
