import { forwardRef } from 'react';
import { DOMAINS, SECTIONS, fileStatement, isDomainId, type MappedStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useMap } from './mapContext';
import { t } from '../../i18n';

interface FileUnderSelectProps {
  readonly statement: MappedStatement;
  readonly id: string;
}

/** "File under": the seven domains, grouped by column, in the framework's words. */
export const FileUnderSelect = forwardRef<HTMLSelectElement, FileUnderSelectProps>(function FileUnderSelect({ statement, id }, ref) {
  const { connection } = useBoardSession();
  const { mapping, requestFocus } = useMap();
  const { terms } = mapping;
  return (
    <span className="statement__move">
      <label className="statement__move-label" htmlFor={id}>
        {t('statements.FileUnderSelect.fileUnder')}
      </label>
      <select
        ref={ref}
        id={id}
        className="statement__move-select"
        value={statement.filed ? statement.domain : ''}
        onChange={(e) => {
          if (!isDomainId(e.target.value)) return;
          fileStatement(connection.doc, statement.id, e.target.value);
          requestFocus({ statementId: statement.id, control: 'file-under' });
        }}
      >
        {!statement.filed && (
          <option value="" disabled>
            {t('statements.FileUnderSelect.chooseADomain')}
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
    </span>
  );
});
