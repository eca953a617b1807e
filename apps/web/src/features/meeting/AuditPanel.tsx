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
  const who = typeof d.name === 'string' && d.name ? d.name : t('meeting.audit.noName');
  switch (entry.event) {
    case 'joined':
      return t('meeting.audit.joined', { who, role: String(d.role ?? 'unknown') });
    case 'link_replaced':
      return t('meeting.audit.linkReplaced', { role: String(d.role) });
    case 'link_expiry_set':
      return d.expiresAt
        ? t('meeting.audit.linkExpirySet', { role: String(d.role), when: dateTimeText(Date.parse(String(d.expiresAt))) })
        : t('meeting.audit.linkExpiryCleared', { role: String(d.role) });
    case 'locked':
      return t('meeting.audit.locked');
    case 'unlocked':
      return t('meeting.audit.unlocked');
    case 'person_removed':
      return d.linkReplaced
        ? t('meeting.audit.removedAndReplaced', { who, role: String(d.role) })
        : t('meeting.audit.removed', { who, role: String(d.role) });
    case 'meeting_started':
      return t('meeting.audit.meetingStarted');
    case 'meeting_ended':
      return t('meeting.audit.meetingEnded');
    case 'exported':
      return t('meeting.audit.exported', { what: String(d.what) });
    case 'board_created':
      return t('meeting.audit.boardCreated');
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
