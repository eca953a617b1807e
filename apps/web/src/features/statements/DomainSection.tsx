import { useId } from 'react';
import { addStatementToDomain, type DomainId, type MappedStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useBoardActions } from './statementActions';
import { PlusIcon } from '../../icons';
import { DangerStatementWriter } from './DangerStatementWriter';
import { StatementList } from './StatementList';
import { t } from '../../i18n';
import './DomainSection.css';

type DomainSectionProps = {
  readonly title: string;
  readonly hint: string;
  readonly statements: readonly MappedStatement[];
  readonly columnIds: readonly string[];
  readonly editable: boolean;
} & ({ readonly kind: 'domain'; readonly domain: DomainId } | { readonly kind: 'unsorted' });

/** One of the seven domains inside its column, or the column's statements not yet sorted into one. */
export function DomainSection(props: DomainSectionProps) {
  const { title, hint, statements, columnIds, editable } = props;
  const { connection, me } = useBoardSession();
  const { requestFocus } = useBoardActions();
  const headingId = useId();
  const domain = props.kind === 'domain' ? props.domain : null;

  function add() {
    if (!domain) return;
    const id = addStatementToDomain(connection.doc, { domain, text: '', author: me });
    requestFocus({ statementId: id, control: 'text' });
  }

  return (
    <section
      className={domain ? `domain domain--${domain}` : 'domain domain--unsorted'}
      aria-labelledby={headingId}
      data-focus-target={domain ? `domain:${domain}` : undefined}
    >
      <div className="domain__header">
        <div className="domain__heading">
          <h3 id={headingId} className="domain__title">
            {title}
          </h3>
          <p className="domain__count">{statements.length}</p>
        </div>
        <p className="domain__hint">{hint}</p>
      </div>
      <StatementList
        statements={statements}
        columnIds={columnIds}
        view="seven-domain"
        editable={editable}
        drop={domain ? { kind: 'domain', domain } : null}
        empty={editable ? t('statements.DomainSection.nothingHereYetAddOne') : t('statements.DomainSection.nothingHereYet')}
      />
      {editable && domain && (
        <button type="button" className="add-button add-button--domain" onClick={add}>
          <PlusIcon />
          {t('statements.DomainSection.addAStatement')}
        </button>
      )}
      {editable && domain === 'danger-statements' && <DangerStatementWriter />}
    </section>
  );
}
