import { columnGroups, type HarmDetails, type MappedStatement } from '@kinboard/model';
import type { MeetingRecord } from './boardAdminApi';
import { type MessageId, localMapping, t } from '../../i18n';
import './RecordBoard.css';

/**
 * The record's board, read-only: each column with its domains and statements, then each danger
 * statement with its paired goal, in the board's framework's words.
 */
export function RecordBoard({ record }: { readonly record: MeetingRecord }) {
  const { pairs } = record;
  const mapping = localMapping(record.mapping);
  const words = mapping.terms;
  return (
    <>
      <h4>{t('meeting.RecordBoard.theBoardAtTheEnd')}</h4>
      <div className="meeting-record__columns">
        {mapping.columns.map((column) => {
          // Grouped the way the board showed it: plain columns, or domains with "Not sorted yet".
          const groups = columnGroups(mapping, column)?.map((g) =>
            g.id === 'not-sorted-yet' ? { ...g, title: t('terms.notSortedYet.title') } : g,
          );
          return (
            <section
              key={column.id}
              className={`meeting-record__column column--${column.id}`}
              aria-label={t('meeting.RecordBoard.record', { title: column.title })}
            >
              <h5>{column.title}</h5>
              {column.statements.length === 0 && <p className="meeting-record__muted">{t('meeting.RecordBoard.nothingWritten')}</p>}
              {!groups && column.statements.length > 0 && <StatementList statements={column.statements} />}
              {groups?.map((group) => (
                <section
                  key={group.id}
                  className="meeting-record__domain"
                  aria-label={t('meeting.RecordBoard.record', { title: group.title })}
                >
                  <h6>{group.title}</h6>
                  <StatementList statements={group.statements} />
                </section>
              ))}
            </section>
          );
        })}
      </div>
      <h4>{t('meeting.RecordBoard.eachAndIts', { dangerStatement: words.dangerStatement, goal: words.goal })}</h4>
      {pairs.pairs.length + pairs.unpairedDangerStatements.length === 0 ? (
        <p>{t('meeting.RecordBoard.noWereWritten', { dangerStatements: words.dangerStatements })}</p>
      ) : (
        <ul
          className="meeting-record__pairs"
          aria-label={t('meeting.RecordBoard.eachAndIts', { dangerStatement: words.dangerStatement, goal: words.goal })}
        >
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
              <span className="meeting-record__muted">{t('meeting.RecordBoard.noYet', { goal: words.goal })}</span>
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

const HARM_WORDS: readonly (readonly [keyof HarmDetails, MessageId])[] = [
  ['when', 'meeting.harm.when'],
  ['howOften', 'meeting.harm.howOften'],
  ['howSevere', 'meeting.harm.howSevere'],
  ['impactOnChild', 'meeting.harm.impactOnChild'],
];

function StatementList({ statements }: { readonly statements: readonly MappedStatement[] }) {
  return (
    <ul>
      {statements.map((s) => (
        <li key={s.id}>
          {s.text}
          {s.source && <span className="meeting-record__muted"> {t('meeting.RecordBoard.from', { label: s.source.label })}</span>}
          {s.stance === 'disputed' && (
            <span className="meeting-record__muted">
              {' '}
              {t('meeting.RecordBoard.theFamilyDisagree')}
              {s.disputeWords ? `: “${s.disputeWords}”` : ''}
            </span>
          )}
          {s.stance === 'agreed' && <span className="meeting-record__muted"> {t('meeting.RecordBoard.theFamilyAgree')}</span>}
          {s.harm && (
            <dl className="meeting-record__rule-details" aria-label={t('meeting.RecordBoard.harmDetails')}>
              {HARM_WORDS.filter(([key]) => s.harm![key]).map(([key, term]) => (
                <div key={key}>
                  <dt>{t(term)}</dt>
                  <dd>{s.harm![key]}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
