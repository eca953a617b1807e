import { useEffect, useRef } from 'react';
import type { MeetingRecord } from './boardAdminApi';
import { meetingWhen, scaleName } from './recordText';

/** One ended meeting as it was kept: when, who came, the board's statements and the scale rounds. Read-only. */
export function MeetingRecordView({ record, onClose }: { readonly record: MeetingRecord; readonly onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  return (
    <article className="meeting-record" aria-labelledby="record-heading">
      <h3 id="record-heading" ref={heading} tabIndex={-1}>
        Meeting record: {meetingWhen(record.startedAt, record.endedAt)}
      </h3>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Back to past meetings
      </button>
      <h4>Who came</h4>
      {record.attendees.length === 0 ? (
        <p>Nobody was recorded.</p>
      ) : (
        <ul className="meeting-record__attendees" aria-label="Who came">
          {record.attendees.map((a) => (
            <li key={`${a.name}-${a.role}-${a.where}`}>
              {a.name} <span className="meeting-record__muted">({a.role === 'in the room' ? 'in the room' : `${a.role}, ${a.where}`})</span>
            </li>
          ))}
        </ul>
      )}
      <h4>The board at the end of the meeting</h4>
      <div className="meeting-record__columns">
        {record.board.sections.map((section) => (
          <section key={section.id} className={`meeting-record__column column--${section.id}`} aria-label={`Record: ${section.title}`}>
            <h5>{section.title}</h5>
            {section.statements.length === 0 ? (
              <p className="meeting-record__muted">Nothing written.</p>
            ) : (
              <ul>
                {section.statements.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <h4>Scaling</h4>
      {record.rounds.length === 0 ? (
        <p>No scale rounds in this meeting.</p>
      ) : (
        <ul className="meeting-record__rounds">
          {record.rounds.map((round) => (
            <li key={round.id}>
              <strong>{scaleName(round.scaleId)}</strong>:{' '}
              {round.answers.length === 0
                ? 'no answers'
                : round.answers.map((a) => `${a.name} ${a.value}`).join(', ')}
              {round.stats.median !== null && <span className="meeting-record__muted"> (middle answer {round.stats.median})</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
