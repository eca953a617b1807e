import { useCallback, useEffect, useState } from 'react';
import { useMeeting } from './meetingContext';
import type { MeetingRecord, MeetingSummary } from './boardAdminApi';
import { MeetingRecordView } from './MeetingRecordView';
import { RecordComparison } from './RecordComparison';
import { meetingWhen } from './recordText';
import { t } from '../../i18n';
import { useRecordKinds } from './useRecordKinds';
import './meetingPanel.css';
import './RecordsPanel.css';

type Showing =
  | { kind: 'list' }
  | { kind: 'record'; record: MeetingRecord }
  | { kind: 'compare'; before: MeetingRecord; after: MeetingRecord };

/** Past meetings of this board: open one read-only, or compare two. */
export function RecordsPanel({ refresh }: { readonly refresh: number }) {
  const { admin } = useMeeting();
  const [meetings, setMeetings] = useState<readonly MeetingSummary[] | null>(null);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [showing, setShowing] = useState<Showing>({ kind: 'list' });
  const [problem, setProblem] = useState<string | null>(null);
  const kinds = useRecordKinds(admin, meetings);

  useEffect(() => {
    let live = true;
    void admin.meetings().then((result) => {
      if (!live) return;
      if (result.ok) setMeetings([...result.value.meetings].sort((a, b) => b.startedAt - a.startedAt));
      else setProblem(result.message);
    });
    return () => {
      live = false;
    };
  }, [admin, refresh]);

  const load = useCallback(
    async (id: string) => {
      const result = await admin.meetingRecord(id);
      if (!result.ok) setProblem(result.message);
      return result.ok ? result.value : null;
    },
    [admin],
  );

  async function open(id: string) {
    setProblem(null);
    const record = await load(id);
    if (record) setShowing({ kind: 'record', record });
  }

  async function compare() {
    setProblem(null);
    const records = await Promise.all(chosen.map(load));
    if (records.some((r) => r === null)) return;
    const [a, b] = (records as MeetingRecord[]).sort((x, y) => x.startedAt - y.startedAt);
    setShowing({ kind: 'compare', before: a!, after: b! });
  }

  function toggle(id: string, on: boolean) {
    setChosen((c) => (on ? [...c.filter((x) => x !== id), id].slice(-2) : c.filter((x) => x !== id)));
  }

  const back = () => setShowing({ kind: 'list' });

  return (
    <section className="meeting-panel" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('meeting.RecordsPanel.pastMeetings')}</h2>
      {showing.kind === 'record' && <MeetingRecordView record={showing.record} onClose={back} />}
      {showing.kind === 'compare' && (
        <>
          <RecordComparison before={showing.before} after={showing.after} />
          <button type="button" className="button button--secondary" onClick={back}>
            {t('meeting.RecordsPanel.backToPastMeetings')}
          </button>
        </>
      )}
      {showing.kind === 'list' &&
        (meetings === null ? (
          <p>{t('meeting.RecordsPanel.loadingPastMeetings')}</p>
        ) : meetings.length === 0 ? (
          <p>{t('meeting.RecordsPanel.noMeetingsHaveEndedOn')}</p>
        ) : (
          <>
            <ul className="records">
              {meetings.map((m) => {
                const when = meetingWhen(m.startedAt, m.endedAt);
                return (
                  <li key={m.id} className="records__item">
                    <span className="records__when">
                      {when}
                      <span className="records__who">
                        {' '}
                        · {t('meeting.RecordsPanel.attendeeCount', { count: m.attendees.length })}
                        {kinds.get(m.id) && <> · {kinds.get(m.id)}</>}
                      </span>
                    </span>
                    <span className="records__actions">
                      <button type="button" className="button button--secondary" onClick={() => void open(m.id)}>
                        {t('meeting.RecordsPanel.open')}
                        <span className="visually-hidden"> {t('meeting.RecordsPanel.theRecordOf', { when })}</span>
                      </button>
                      {meetings.length > 1 && (
                        <label className="checkbox">
                          <input type="checkbox" checked={chosen.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
                          <span>
                            {t('meeting.RecordsPanel.compare')}
                            <span className="visually-hidden"> {when}</span>
                          </span>
                        </label>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
            {meetings.length > 1 && (
              <div className="meeting-panel__row">
                <button type="button" className="button button--secondary" disabled={chosen.length !== 2} onClick={() => void compare()}>
                  {t('meeting.RecordsPanel.compareTheTwoChosenMeetings')}
                </button>
                <span className="field__hint">{chosen.length === 2 ? '' : t('meeting.RecordsPanel.tickTwoMeetingsToCompare')}</span>
              </div>
            )}
          </>
        ))}
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
