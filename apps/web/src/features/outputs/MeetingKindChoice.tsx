import { useId } from 'react';
import { MEETING_KINDS, meetingKindName, readMeetingOutcome, setMeetingKind, type MeetingKind } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { paperSay } from '../../i18n';
import { WORDS } from './outputsWords';
import './outputs.css';

/** The kind of meeting: the chair chooses it (at the start, or later); everyone else reads it. */
export function MeetingKindChoice({ chair }: { readonly chair: boolean }) {
  const { connection } = useBoardSession();
  const outcome = useSharedDocView(connection.doc, readMeetingOutcome);
  const id = useId();
  if (!chair) {
    return (
      <p className="meeting-kind">
        {WORDS.kindLabel}: <strong>{outcome.kind ? meetingKindName(outcome.kind, paperSay) : WORDS.kindNotChosen}</strong>
      </p>
    );
  }
  return (
    <div className="meeting-kind field">
      <label className="field__label" htmlFor={id}>
        {WORDS.kindLabel}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {WORDS.kindHint}
      </p>
      <select
        id={id}
        className="input input--inline"
        aria-describedby={`${id}-hint`}
        value={outcome.kind ?? ''}
        onChange={(e) => setMeetingKind(connection.doc, e.currentTarget.value === '' ? null : (e.currentTarget.value as MeetingKind))}
      >
        <option value="">{WORDS.kindNotChosen}</option>
        {MEETING_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {meetingKindName(kind, paperSay)}
          </option>
        ))}
      </select>
    </div>
  );
}
