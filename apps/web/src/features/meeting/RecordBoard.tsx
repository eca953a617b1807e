import type { MappedStatement } from '@kinboard/model';
import type { MeetingRecord } from './boardAdminApi';
import './RecordBoard.css';

/**
 * The record's board, read-only: each column with its domains and statements, then each danger
 * statement with its paired goal, in the board's framework's words.
 */
export function RecordBoard({ record }: { readonly record: MeetingRecord }) {
  const { mapping, pairs } = record;
  const words = mapping.terms;
  // A three-column board whose statements nobody filed reads best as plain columns.
  const byDomain = mapping.view === 'seven-domain' || mapping.columns.some((c) => c.statements.some((s) => s.filed));
  return (
    <>
      <h4>The board at the end of the meeting</h4>
      <div className="meeting-record__columns">
        {mapping.columns.map((column) => (
          <section key={column.id} className={`meeting-record__column column--${column.id}`} aria-label={`Record: ${column.title}`}>
            <h5>{column.title}</h5>
            {column.statements.length === 0 && <p className="meeting-record__muted">Nothing written.</p>}
            {!byDomain && column.statements.length > 0 && <StatementList statements={column.statements} />}
            {byDomain &&
              column.domains
                .filter((domain) => domain.statements.length > 0)
                .map((domain) => (
                  <section key={domain.id} className="meeting-record__domain" aria-label={`Record: ${domain.title}`}>
                    <h6>{domain.title}</h6>
                    <StatementList statements={domain.statements} />
                  </section>
                ))}
          </section>
        ))}
      </div>
      <h4>
        Each {words.dangerStatement} and its {words.goal}
      </h4>
      {pairs.pairs.length + pairs.unpairedDangerStatements.length === 0 ? (
        <p>No {words.dangerStatements} were written.</p>
      ) : (
        <ul className="meeting-record__pairs" aria-label={`Each ${words.dangerStatement} and its ${words.goal}`}>
          {pairs.pairs.map((pair) => (
            <li key={pair.danger.id}>
              <span className="meeting-record__label">{capital(words.dangerStatement)}:</span> {pair.danger.text}
              <br />
              <span className="meeting-record__label">{capital(words.goal)}:</span> {pair.goal.text}
            </li>
          ))}
          {pairs.unpairedDangerStatements.map((danger) => (
            <li key={danger.id}>
              <span className="meeting-record__label">{capital(words.dangerStatement)}:</span> {danger.text}
              <br />
              <span className="meeting-record__muted">No {words.goal} yet.</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function StatementList({ statements }: { readonly statements: readonly MappedStatement[] }) {
  return (
    <ul>
      {statements.map((s) => (
        <li key={s.id}>
          {s.text}
          {s.source && <span className="meeting-record__muted"> (from {s.source.label})</span>}
          {s.stance === 'disputed' && (
            <span className="meeting-record__muted"> · the family disagree{s.disputeWords ? `: “${s.disputeWords}”` : ''}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
