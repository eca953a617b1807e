import { useEffect, useRef } from 'react';
import { formatScaleValue } from '@kinboard/model';
import type { Attendee, MeetingRecord } from './boardAdminApi';
import { RecordPapers } from '../outputs';
import { interpreterText } from '../people';
import { RecordBoard } from './RecordBoard';
import { RecordDrawings, RecordRemoved } from './RecordDrawings';
import { RecordPlan } from './RecordPlan';
import { meetingWhen, scaleName } from './recordText';
import { t } from '../../i18n';
import './meetingPanel.css';
import './MeetingRecordView.css';

/**
 * One ended meeting as it was kept, read-only: when, who came (in the room or remote), the whole
 * board at the end (columns, domains, pairs, plan, network) and the scale rounds of that meeting.
 */
export function MeetingRecordView({ record, onClose }: { readonly record: MeetingRecord; readonly onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  const inRoom = record.attendees.filter((a) => a.where === 'in the room');
  const remote = record.attendees.filter((a) => a.where === 'remote');
  const phone = record.attendees.filter((a) => a.where === 'phone');
  return (
    <article className="meeting-record" aria-labelledby="record-heading">
      <h3 id="record-heading" ref={heading} tabIndex={-1}>
        {t('meeting.MeetingRecordView.meetingRecord', { meetingWhen: meetingWhen(record.startedAt, record.endedAt) })}
      </h3>
      <RecordPapers record={record} />
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('meeting.MeetingRecordView.backToPastMeetings')}
      </button>
      <h4>{t('meeting.MeetingRecordView.whoCame')}</h4>
      {record.attendees.length === 0 ? (
        <p>{t('meeting.MeetingRecordView.nobodyWasRecorded')}</p>
      ) : (
        <div className="meeting-record__columns">
          <People title={t('meeting.MeetingRecordView.inTheRoom')} people={inRoom} />
          <People title={t('meeting.MeetingRecordView.joinedByLink')} people={remote} />
          {phone.length > 0 && <People title={t('meeting.MeetingRecordView.onThePhone')} people={phone} />}
        </div>
      )}
      <RecordBoard record={record} />
      <RecordPlan record={record} />
      <RecordDrawings drawings={record.drawings} board={record.boardAtEnd} />
      <RecordRemoved removed={record.removed} />
      <h4>{t('meeting.MeetingRecordView.scaling')}</h4>
      {record.rounds.length === 0 ? (
        <p>{t('meeting.MeetingRecordView.noScaleRoundsInThis')}</p>
      ) : (
        <ul className="meeting-record__rounds" aria-label={t('meeting.MeetingRecordView.scaleRoundsInThisMeeting')}>
          {record.rounds.map((round) => (
            <li key={round.id}>
              <strong>{scaleName(round.scaleId, record)}</strong>
              {round.stats.median !== null && (
                <span className="meeting-record__muted">
                  {' '}
                  {t('meeting.MeetingRecordView.middleAnswer', { formatScaleValue: formatScaleValue(round.stats.median) })}
                </span>
              )}
              {round.answers.length === 0 ? (
                <p className="meeting-record__muted">{t('meeting.MeetingRecordView.noAnswers')}</p>
              ) : (
                <ul>
                  {round.answers.map((a) => (
                    <li key={a.key}>
                      {a.name}: {formatScaleValue(a.value)}
                      {a.recordedBy && (
                        <span className="meeting-record__muted">
                          {' '}
                          {t('meeting.MeetingRecordView.recordedBy', { recordedBy: a.recordedBy })}
                        </span>
                      )}
                      {a.whyNotLower && <span>{t('meeting.MeetingRecordView.whyNotLower', { whyNotLower: a.whyNotLower })}</span>}
                      {a.oneHigher && <span>{t('meeting.MeetingRecordView.onePointHigher', { oneHigher: a.oneHigher })}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function People({ title, people }: { readonly title: string; readonly people: readonly Attendee[] }) {
  return (
    <section aria-label={title}>
      <h5>{title}</h5>
      {people.length === 0 ? (
        <p className="meeting-record__muted">{t('meeting.MeetingRecordView.nobody')}</p>
      ) : (
        <ul>
          {people.map((a) => (
            <li key={`${a.name}-${a.role}`}>
              {a.name}
              {a.role !== 'in the room' && <span className="meeting-record__muted"> ({roleWords(a.role)})</span>}
              {a.interprets && (
                <span className="meeting-record__muted"> · {interpreterText(a.interprets.forName, a.interprets.language)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function roleWords(role: Attendee['role']): string {
  return t('meeting.MeetingRecordView.roleWords', { role });
}
