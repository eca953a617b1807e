import { useId, useState } from 'react';
import { useDraft } from '../../hooks/useDraft';
import {
  MAX_AGENCY_LENGTH,
  MAX_DISPUTE_WORDS_LENGTH,
  setStatementSource,
  setStatementStance,
  type MappedStatement,
  type StatementSource,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useMap } from './mapContext';
import './statementDetails.css';
import './SourcePanel.css';

function sourceChoice(statement: MappedStatement): string {
  const source = statement.source;
  if (!source) return '';
  if (source.kind === 'member') return `member:${source.memberId}`;
  return source.kind;
}

/** The short line a statement's "Whose view?" disclosure shows when closed. */
export function sourceSummary(statement: MappedStatement): string {
  const parts = [statement.source ? `${statement.source.label}’s view` : 'Whose view?'];
  if (statement.stance === 'agreed') parts.push('agreed');
  if (statement.stance === 'disputed') parts.push('disputed');
  return parts.join(' · ');
}

/** Whose view a statement is, and whether the family agrees, in a disclosure under the statement. */
export function SourcePanel({ statement }: { readonly statement: MappedStatement }) {
  const { connection } = useBoardSession();
  const { network } = useMap();
  const id = useId();
  const choice = sourceChoice(statement);
  const [agencyOpen, setAgencyOpen] = useState(false);
  const showAgency = agencyOpen || statement.source?.kind === 'agency';

  function choose(value: string) {
    if (value === 'agency') {
      setAgencyOpen(true);
      return;
    }
    setAgencyOpen(false);
    const source: StatementSource | null =
      value === '' ? null : value === 'child' || value === 'parent' ? { kind: value } : { kind: 'member', memberId: value.slice('member:'.length) };
    setStatementSource(connection.doc, statement.id, source);
  }

  return (
    <details className="source">
      <summary className="source__summary">{sourceSummary(statement)}</summary>
      <div className="source__fields">
        <div className="source__field">
          <label className="source__label" htmlFor={`${id}-source`}>
            Whose view is this?
          </label>
          <select id={`${id}-source`} className="map-select" value={showAgency ? 'agency' : choice} onChange={(e) => choose(e.target.value)}>
            <option value="">Not recorded</option>
            {network.length > 0 && (
              <optgroup label="People in the network">
                {network.map((m) => (
                  <option key={m.id} value={`member:${m.id}`}>
                    {m.name}
                    {m.relationship ? ` (${m.relationship})` : ''}
                  </option>
                ))}
              </optgroup>
            )}
            <option value="child">The child</option>
            <option value="parent">A parent</option>
            <option value="agency">An agency (school, health, police…)</option>
            {statement.source?.removed && <option value={choice}>{statement.source.label}</option>}
          </select>
        </div>
        {showAgency && <AgencyField statementId={statement.id} agency={statement.source?.agency ?? ''} />}
        <fieldset className="source__stance">
          <legend className="source__label">Does the family agree?</legend>
          {(
            [
              ['', 'Not asked yet'],
              ['agreed', 'Agreed'],
              ['disputed', 'Disputed'],
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
              {label}
            </label>
          ))}
        </fieldset>
        {statement.stance === 'disputed' && <DisputeWordsField statementId={statement.id} words={statement.disputeWords} />}
      </div>
    </details>
  );
}

function AgencyField({ statementId, agency }: { readonly statementId: string; readonly agency: string }) {
  const { connection } = useBoardSession();
  const { draft, setDraft, setEditing } = useDraft(agency);
  const id = useId();

  function save() {
    setEditing(false);
    const name = draft.trim();
    if (name && name !== agency) setStatementSource(connection.doc, statementId, { kind: 'agency', agency: name });
  }

  return (
    <div className="source__field">
      <label className="source__label" htmlFor={id}>
        Which agency?
      </label>
      <input
        id={id}
        className="input input--small"
        type="text"
        autoComplete="off"
        placeholder="For example: Amy’s school"
        maxLength={MAX_AGENCY_LENGTH}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </div>
  );
}

function DisputeWordsField({ statementId, words }: { readonly statementId: string; readonly words: string }) {
  const { connection } = useBoardSession();
  const { draft, setDraft, setEditing } = useDraft(words);
  const id = useId();

  function save() {
    setEditing(false);
    if (draft.trim() !== words) setStatementStance(connection.doc, statementId, 'disputed', draft.trim());
  }

  return (
    <div className="source__field">
      <label className="source__label" htmlFor={id}>
        The family’s words
      </label>
      <textarea
        id={id}
        className="input input--small source__dispute"
        rows={2}
        placeholder="What the family says about this, in their words"
        maxLength={MAX_DISPUTE_WORDS_LENGTH}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
      />
    </div>
  );
}
