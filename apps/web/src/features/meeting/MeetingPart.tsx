import { useBoardSession } from '../../hooks/boardContext';
import { useBoardView } from '../../hooks/useBoardView';
import { useMeeting } from './meetingContext';
import { MeetingRunPanel } from './MeetingRunPanel';
import { LinksPanel } from './LinksPanel';
import { PeopleOnBoardPanel } from '../people';
import { PapersPanel } from '../outputs';
import { RecordsPanel } from './RecordsPanel';
import { AuditPanel } from './AuditPanel';
import { DeleteBoardPanel } from './DeleteBoardPanel';
import { useState } from 'react';
import { t } from '../../i18n';
import './MeetingPart.css';

/** Running the meeting: the agenda and timer, links, lock, people, meetings and their records. */
export function MeetingPart() {
  const { connection } = useBoardSession();
  const { role, status } = useMeeting();
  const board = useBoardView(connection.doc);
  const [ended, setEnded] = useState(0);
  const chair = role === 'facilitator';
  return (
    <div className="meeting-part">
      <h2 className="visually-hidden">{t('meeting.MeetingPart.meeting')}</h2>
      <MeetingRunPanel onEnded={() => setEnded((n) => n + 1)} />
      <RecordsPanel refresh={ended} />
      <PapersPanel meetingStartedAt={status.meeting?.startedAt ?? null} />
      {chair && (
        <>
          <LinksPanel />
          <PeopleOnBoardPanel />
          <AuditPanel />
          <DeleteBoardPanel title={board.title} />
        </>
      )}
    </div>
  );
}
