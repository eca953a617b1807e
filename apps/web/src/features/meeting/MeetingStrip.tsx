import { useEffect, useState } from 'react';
import { extendTimer, pauseTimer, resumeTimer, setUpAgenda, summonEveryone } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useConnectionState } from '../../hooks/useConnectionState';
import { ensureScaleForChair } from '../scales';
import { useMeeting } from './meetingContext';
import { useAgenda, useCurrentStep, useStepTimer } from './useMeetingDoc';
import { useAgendaControls } from './useAgendaControls';
import { StepClock } from './StepClock';
import { FollowChip } from './FollowChip';
import { RoomControls } from './RoomControls';
import { focusText } from './follow';
import { t } from '../../i18n';
import { stepTitle } from './stepTitle';
import './MeetingStrip.css';

const FIVE_MINUTES = 5 * 60_000;

/** What everyone sees of the meeting in the header: the current step and its timer; the chair's moves. */
export function MeetingStrip() {
  const { connection, me } = useBoardSession();
  const { role, chairFocus } = useMeeting();
  // The precise place: the column or domain the chair is working in, not only the part.
  const focus = chairFocus.published;
  const [summoned, setSummoned] = useState('');
  const doc = connection.doc;
  const agenda = useAgenda(doc);
  const step = useCurrentStep(doc);
  const timer = useStepTimer(doc);
  const controls = useAgendaControls();
  const chair = role === 'facilitator';

  // The four questions are on every agenda; fixed ids make two chairs' set-ups one.
  useEffect(() => {
    if (chair && agenda.length === 0) setUpAgenda(doc);
  }, [chair, agenda.length, doc]);

  // A board made before scales existed gets its safety scale from the facilitator's screen.
  const { loaded } = useConnectionState(connection);
  useEffect(() => {
    ensureScaleForChair(doc, role, loaded);
  }, [doc, role, loaded]);

  const at = step ? agenda.findIndex((s) => s.id === step.id) : -1;
  return (
    <section className="meeting-strip" aria-label={t('meeting.MeetingStrip.theMeetingNow')}>
      <div className="meeting-strip__step">
        {step ? (
          <p className="meeting-strip__now">
            <span className="meeting-strip__count">
              {t('meeting.MeetingStrip.step')} {at + 1} {t('meeting.MeetingStrip.of', { length: agenda.length })}
            </span>{' '}
            <strong>{stepTitle(step)}</strong>
          </p>
        ) : (
          <p className="meeting-strip__now meeting-strip__now--none">
            {chair ? t('meeting.MeetingStrip.noAgendaStepChosenYet') : t('meeting.MeetingStrip.theMeetingHasNotMoved')}
          </p>
        )}
        {chair && agenda.length > 0 && (
          <div className="meeting-strip__moves">
            <button type="button" className="button button--secondary" onClick={controls.previous} disabled={at === 0}>
              {t('meeting.MeetingStrip.previousStep')}
            </button>
            <button type="button" className="button button--secondary" onClick={controls.next} disabled={at === agenda.length - 1}>
              {at === -1 ? t('meeting.MeetingStrip.startTheAgenda') : t('meeting.MeetingStrip.nextStep')}
            </button>
          </div>
        )}
      </div>
      {timer && (
        <div className="meeting-strip__timer">
          <StepClock reading={timer} announce />
          {chair && (
            <div className="meeting-strip__moves">
              {timer.running ? (
                <button type="button" className="button button--secondary" onClick={() => pauseTimer(doc)}>
                  {t('meeting.MeetingStrip.pauseTimer')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => resumeTimer(doc)}
                  disabled={timer.remainingMs === 0}
                >
                  {t('meeting.MeetingStrip.resumeTimer')}
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={() => extendTimer(doc, FIVE_MINUTES)}>
                {t('meeting.MeetingStrip.add5Minutes')}
              </button>
            </div>
          )}
        </div>
      )}
      {chair && (
        <div className="meeting-strip__summon">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              summonEveryone(doc, focus, me.name);
              setSummoned(t('meeting.MeetingStrip.summoned', { place: focusText(focus) }));
            }}
          >
            {t('meeting.MeetingStrip.bringEveryoneHere')}
          </button>
          <span className="visually-hidden" role="status">
            {summoned}
          </span>
        </div>
      )}
      {chair && <RoomControls focus={focus} />}
      <FollowChip />
    </section>
  );
}
