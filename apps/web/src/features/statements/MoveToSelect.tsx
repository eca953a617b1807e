import { forwardRef, useState } from 'react';
import { SECTIONS, isSectionId, type MappedStatement, type SectionId } from '@kinboard/model';
import { t } from '../../i18n';
import { useMapSelector } from './mapContext';

const WORDS = {
  get label() {
    return t('statements.MoveToSelect.label');
  },
  get confirm() {
    return t('statements.MoveToSelect.confirm');
  },
};

interface MoveToSelectProps {
  readonly statement: MappedStatement;
  readonly id: string;
  readonly onMove: (section: SectionId) => void;
}

/**
 * "Move to": another column, chosen in the list and done with the Move button, so browsing the
 * list with the arrow keys moves nothing (WCAG 3.2.2).
 */
export const MoveToSelect = forwardRef<HTMLSelectElement, MoveToSelectProps>(function MoveToSelect({ statement, id, onMove }, ref) {
  const columns = useMapSelector((map) => map.mapping.terms.columns);
  const [choice, setChoice] = useState<SectionId | null>(null);
  const pending = choice !== null && choice !== statement.section;
  return (
    <span className="statement__move">
      <label className="statement__move-label" htmlFor={id}>
        {WORDS.label}
      </label>
      <select
        ref={ref}
        id={id}
        className="statement__move-select"
        value={choice ?? statement.section}
        onChange={(e) => isSectionId(e.target.value) && setChoice(e.target.value)}
      >
        {SECTIONS.map((s) => (
          <option key={s.id} value={s.id}>
            {columns[s.id].title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary button--small statement__move-go"
        aria-disabled={!pending}
        onClick={() => pending && onMove(choice)}
      >
        {WORDS.confirm}
      </button>
    </span>
  );
});
