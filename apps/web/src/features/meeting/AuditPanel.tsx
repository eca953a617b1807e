import { useState } from 'react';
import { useMeeting } from './meetingContext';
import type { AuditEntry } from './boardAdminApi';
import { dateTimeText } from './recordText';
import { t } from '../../i18n';
import './meetingPanel.css';
import './AuditPanel.css';

/** One audit line in plain words. */
export function auditText(entry: AuditEntry): string {
  const d = entry.detail;
  const who = typeof d.name === 'string' && d.name ? d.name : 'Someone without a name';
  switch (entry.event) {
    case 'joined':
      return `${who} joined as ${d.role ?? 'unknown'}`;
    case 'link_replaced':
      return `The ${d.role} link was replaced`;
    case 'link_expiry_set':
      return d.expiresAt
        ? `The ${d.role} link was set to stop working ${dateTimeText(Date.parse(String(d.expiresAt)))}`
        : `The ${d.role} link's end date was cleared`;
    case 'locked':
      return 'The board was locked';
    case 'unlocked':
      return 'The board was unlocked';
    case 'person_removed':
      return `${who} (${d.role}) was removed${d.linkReplaced ? ' and their link replaced' : ''}`;
    case 'meeting_started':
      return 'A meeting started';
    case 'meeting_ended':
      return 'A meeting ended';
    case 'exported':
      return `Exported: ${d.what}`;
    case 'board_created':
      return 'The board was made';
    default:
      return entry.event.replace(/_/g, ' ');
  }
}

/** Who joined with which role and when, link changes, locks, exports and meetings. */
export function AuditPanel() {
  const { admin } = useMeeting();
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function load() {
    setProblem(null);
    const result = await admin.audit();
    if (result.ok) setEntries([...result.value.entries].sort((a, b) => b.at - a.at));
    else setProblem(result.message);
  }

  return (
    <section className="meeting-panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('meeting.AuditPanel.auditTrail')}</h2>
      <p>{t('meeting.AuditPanel.aRecordOfWhoJoined')}</p>
      <button type="button" className="button button--secondary" onClick={() => void load()}>
        {entries ? t('meeting.AuditPanel.refreshTheAuditTrail') : t('meeting.AuditPanel.showTheAuditTrail')}
      </button>
      {entries && (
        <div className="audit__scroll" tabIndex={0} role="region" aria-label={t('meeting.AuditPanel.auditTrailEntries')}>
          <table className="audit">
            <caption className="visually-hidden">{t('meeting.AuditPanel.auditTrailNewestFirst')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meeting.AuditPanel.when')}</th>
                <th scope="col">{t('meeting.AuditPanel.whatHappened')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => (
                <tr key={`${entry.at}-${i}`}>
                  <td>{dateTimeText(entry.at)}</td>
                  <td>{auditText(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
