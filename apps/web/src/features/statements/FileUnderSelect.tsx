import { forwardRef, useState } from 'react';
import { DOMAINS, SECTIONS, fileStatement, isDomainId, type DomainId, type MappedStatement } from '@kinboard/model';
import { t } from '../../i18n';
import { useBoardSession } from '../../hooks/boardContext';
import { useMapSelector } from './mapContext';

const WORDS = {
  get label() {
    return t('statements.FileUnderSelect.fileUnder');
  },
  get choose() {
    return t('statements.FileUnderSelect.chooseADomain');
  },
  get confirm() {
    return t('statements.FileUnderSelect.confirm');
  },
};

interface FileUnderSelectProps {
  readonly statement: MappedStatement;
  readonly id: string;
}

/**
 * "File under": the seven domains, grouped by column, in the framework's words. Chosen in the list
 * and done with the File button, so browsing the list with the arrow keys files nothing (WCAG 3.2.2).
 */
export const FileUnderSelect = forwardRef<HTMLSelectElement, FileUnderSelectProps>(function FileUnderSelect({ statement, id }, ref) {
  const { connection } = useBoardSession();
  const terms = useMapSelector((map) => map.mapping.terms);
  const requestFocus = useMapSelector((map) => map.requestFocus);
  const [choice, setChoice] = useState<DomainId | null>(null);
  const current = statement.filed ? statement.domain : '';
  const pending = choice !== null && choice !== current;
  return (
    <span className="statement__move">
      <label className="statement__move-label" htmlFor={id}>
        {WORDS.label}
      </label>
      <select
        ref={ref}
        id={id}
        className="statement__move-select"
        value={choice ?? current}
        onChange={(e) => isDomainId(e.target.value) && setChoice(e.target.value)}
      >
        {!statement.filed && (
          <option value="" disabled>
            {WORDS.choose}
          </option>
        )}
        {SECTIONS.map((section) => (
          <optgroup key={section.id} label={terms.columns[section.id].short}>
            {DOMAINS.filter((d) => d.section === section.id).map((d) => (
              <option key={d.id} value={d.id}>
                {terms.domains[d.id].title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary button--small statement__move-go"
        aria-disabled={!pending}
        onClick={() => {
          if (!pending) return;
          fileStatement(connection.doc, statement.id, choice);
          setChoice(null);
          requestFocus({ statementId: statement.id, control: 'file-under' });
        }}
      >
        {WORDS.confirm}
      </button>
    </span>
  );
});
