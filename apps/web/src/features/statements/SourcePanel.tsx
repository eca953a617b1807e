import { useId } from 'react';
import {
  MAX_AGENCY_LENGTH,
  MAX_DISPUTE_WORDS_LENGTH,
  editStatementField,
  setStatementSource,
  setStatementStance,
  statementFieldText,
  type MappedStatement,
  type StatementSource,
  type StatementTextField,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { EVIDENCE_CHOICE_WORDS, EvidenceChoice } from './EvidenceChoice';
import { useMapSelector } from './mapContext';
import { t } from '../../i18n';
import './statementDetails.css';
import './SourcePanel.css';
import { MemberOptions } from '../people';

function sourceChoice(statement: MappedStatement): string {
  const source = statement.source;
  if (!source) return '';
  if (source.kind === 'member') return `member:${source.memberId}`;
  return source.kind;
}

/** The short line a statement's "Whose view?" disclosure shows when closed. */
export function sourceSummary(statement: MappedStatement): string {
  const parts = [statement.source ? t('statements.source.view', { label: statement.source.label }) : t('statements.source.whoseView')];
  if (statement.stance === 'agreed') parts.push(t('statements.source.agreedLower'));
  if (statement.stance === 'disputed') parts.push(t('statements.source.disputedLower'));
  if (statement.evidence) parts.push(EVIDENCE_CHOICE_WORDS.kinds[statement.evidence].toLowerCase());
  return parts.join(' · ');
}

/** Whose view a statement is, and whether the family agrees, in a disclosure under the statement. */
export function SourcePanel({ statement }: { readonly statement: MappedStatement }) {
  const { connection } = useBoardSession();
  const network = useMapSelector((map) => map.network);
  const id = useId();
  const choice = sourceChoice(statement);
  const showAgency = statement.source?.kind === 'agency';

  function choose(value: string) {
    // An agency is recorded as soon as it is chosen; its name is then shared as it is typed.
    const source: StatementSource | null =
      value === ''
        ? null
        : value === 'child' || value === 'parent' || value === 'agency'
          ? { kind: value }
          : { kind: 'member', memberId: value.slice('member:'.length) };
    setStatementSource(connection.doc, statement.id, source);
  }

  return (
    <details className="source">
      <summary className="source__summary">{sourceSummary(statement)}</summary>
      <div className="source__fields">
        <div className="source__field">
          <label className="source__label" htmlFor={`${id}-source`}>
            {t('statements.SourcePanel.whoseViewIsThis')}
          </label>
          <select id={`${id}-source`} className="map-select" value={choice} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('statements.SourcePanel.notRecorded')}</option>
            {network.length > 0 && (
              <optgroup label={t('statements.SourcePanel.peopleInTheNetwork')}>
                <MemberOptions members={network} valuePrefix="member:" />
              </optgroup>
            )}
            <option value="child">{t('statements.SourcePanel.theChild')}</option>
            <option value="parent">{t('statements.SourcePanel.aParent')}</option>
            <option value="agency">{t('statements.SourcePanel.anAgencySchoolHealthPolice')}</option>
            {statement.source?.removed && <option value={choice}>{statement.source.label}</option>}
          </select>
        </div>
        {showAgency && (
          <SharedField
            statementId={statement.id}
            field="sourceAgency"
            label={t('statements.SourcePanel.whichAgency')}
            placeholder={t('statements.SourcePanel.forExampleAmySSchool')}
            maxLength={MAX_AGENCY_LENGTH}
          />
        )}
        <fieldset className="source__stance">
          <legend className="source__label">{t('statements.SourcePanel.doesTheFamilyAgree')}</legend>
          {(
            [
              ['', 'statements.source.notAsked'],
              ['agreed', 'statements.source.agreed'],
              ['disputed', 'statements.source.disputed'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-stance`}
                value={value}
                checked={(statement.stance ?? '') === value}
                onChange={() => setStatementStance(connection.doc, statement.id, value === '' ? null : value)}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <EvidenceChoice statement={statement} />
        {statement.stance === 'disputed' && (
          <SharedField
            statementId={statement.id}
            field="disputeWords"
            label={t('statements.SourcePanel.theFamilySWords')}
            placeholder={t('statements.SourcePanel.whatTheFamilySaysAbout')}
            maxLength={MAX_DISPUTE_WORDS_LENGTH}
            multiline
          />
        )}
      </div>
    </details>
  );
}

interface SharedFieldProps {
  readonly statementId: string;
  readonly field: StatementTextField;
  readonly label: string;
  readonly placeholder: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
}

/** A box for one of the statement's words (the agency, the family's words), shared as it is typed. */
function SharedField({ statementId, field, label, placeholder, maxLength, multiline = false }: SharedFieldProps) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const source = {
    text: () => statementFieldText(doc, statementId, field),
    write: (value: string) => editStatementField(doc, statementId, field, value),
  };
  const inputRef = useSharedTextBinding<HTMLInputElement>(multiline ? '' : `${statementId}:${field}`, source);
  const areaRef = useSharedTextBinding<HTMLTextAreaElement>(multiline ? `${statementId}:${field}` : '', source);
  const id = useId();
  return (
    <div className="source__field">
      <label className="source__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          ref={areaRef}
          id={id}
          className="input input--small source__dispute"
          rows={2}
          placeholder={placeholder}
          maxLength={maxLength}
        />
      ) : (
        <input
          ref={inputRef}
          id={id}
          className="input input--small"
          type="text"
          autoComplete="off"
          placeholder={placeholder}
          maxLength={maxLength}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      )}
    </div>
  );
}
