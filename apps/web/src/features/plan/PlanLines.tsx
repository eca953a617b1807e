import { useId, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  MAX_PLAN_LINE_LENGTH,
  addPlanLine,
  editPlanLine,
  movePlanLine,
  planLineText,
  removePlanLine,
  type PlanLineView,
  type PlanList,
} from '@kinboard/model';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../icons';
import { quietly } from './quietly';
import { t } from '../../i18n';
import './PlanLines.css';

interface PlanLinesProps {
  readonly doc: Y.Doc;
  readonly list: PlanList;
  readonly lines: readonly PlanLineView[];
  /** The line's name for buttons and labels: "stress point", "bottom line". */
  readonly singular: string;
}

/** One short line, shared letter by letter as it is typed. */
function LineEditor({
  doc,
  line,
  index,
  count,
  singular,
}: {
  readonly doc: Y.Doc;
  readonly line: PlanLineView;
  readonly index: number;
  readonly count: number;
  readonly singular: string;
}) {
  const ref = useSharedTextBinding<HTMLInputElement>(line.id, {
    text: () => planLineText(doc, line.id),
    write: (value) => editPlanLine(doc, line.id, value),
  });
  const label = `${singular[0]!.toUpperCase()}${singular.slice(1)} ${index + 1}`;
  return (
    <li className="plan-line">
      <input
        ref={ref}
        className="input plan-input"
        aria-label={label}
        maxLength={MAX_PLAN_LINE_LENGTH}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      />
      <button
        type="button"
        className="button plan-icon-button"
        aria-label={t('plan.PlanLines.moveUp', { label })}
        disabled={index === 0}
        onClick={() => quietly(() => movePlanLine(doc, line.id, index - 1))}
      >
        <ArrowUpIcon size={18} />
      </button>
      <button
        type="button"
        className="button plan-icon-button"
        aria-label={t('plan.PlanLines.moveDown', { label })}
        disabled={index === count - 1}
        onClick={() => quietly(() => movePlanLine(doc, line.id, index + 1))}
      >
        <ArrowDownIcon size={18} />
      </button>
      <button
        type="button"
        className="button plan-icon-button plan-button--danger"
        aria-label={t('plan.PlanLines.remove', { label })}
        onClick={() => quietly(() => removePlanLine(doc, line.id))}
      >
        <TrashIcon size={18} />
      </button>
    </li>
  );
}

/** A short list of the plan: trigger times and stress points, or the agency's bottom lines. */
export function PlanLines({ doc, list, lines, singular }: PlanLinesProps) {
  const words = useKeptWords(`plan.${list}`, '');
  const text = words.value;
  const id = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length === 0) return;
    if (quietly(() => addPlanLine(doc, list, { text }))) words.clear();
  };
  return (
    <>
      {lines.length > 0 && (
        <ul className="plan-lines">
          {lines.map((line, index) => (
            <LineEditor key={line.id} doc={doc} line={line} index={index} count={lines.length} singular={singular} />
          ))}
        </ul>
      )}
      <form className="plan-inline plan-lines__add" onSubmit={add}>
        <label className="visually-hidden" htmlFor={id}>
          {t('plan.PlanLines.new', { singular })}
        </label>
        <input
          id={id}
          className="input plan-input"
          value={text}
          maxLength={MAX_PLAN_LINE_LENGTH}
          placeholder={t('plan.PlanLines.writeA', { singular })}
          aria-describedby={words.restored ? words.noteId : undefined}
          onChange={(e) => words.set(e.currentTarget.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('plan.PlanLines.add', { singular })}
        </button>
        <KeptWordsNote words={words} />
      </form>
    </>
  );
}
