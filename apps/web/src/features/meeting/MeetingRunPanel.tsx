import { useId, useRef, useState } from 'react';
import { addAgendaStep, clearTimer, removeAgendaStep, startTimer } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useFocusKeeper } from '../../hooks/useFocusKeeper';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { useMeeting } from './meetingContext';
import { PanelNews } from './PanelNews';
import { useAgenda, useCurrentStep, useStepTimer } from './useMeetingDoc';
import { useAgendaControls } from './useAgendaControls';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { formatDate, t } from '../../i18n';
import { stepTitle } from '../../i18n';
import { RoomLanguageChoice } from './RoomLanguageChoice';
import { DecisionForm, MeetingKindChoice } from '../outputs';
import './meetingPanel.css';
import './MeetingRunPanel.css';

/** A kept draft that is text (the timer's minutes as typed, which may be empty). */
const keptText = (stored: unknown): string | null => (typeof stored === 'string' ? stored : null);

const TIME_FORMAT = { format: (date: Date | number) => formatDate(date, { hour: 'numeric', minute: '2-digit' }) };

/** Running the meeting: start and end, the agenda, the step timer, and "bring everyone here". */
export function MeetingRunPanel({ onEnded }: { readonly onEnded: () => void }) {
  const { connection } = useBoardSession();
  const { role, status, admin } = useMeeting();
  const doc = connection.doc;
  const startEnd = useRef<HTMLDivElement>(null);
  // Start meeting becomes End meeting and back: the focus stays on whichever is there now.
  useFocusKeeper(startEnd, Boolean(status.meeting));
  const agenda = useAgenda(doc);
  const step = useCurrentStep(doc);
  const timer = useStepTimer(doc);
  const controls = useAgendaControls();
  const chair = role === 'facilitator';
  // The minutes last used to start a timer: a different number typed since is not used yet, and
  // waits on this device (across parts and reloads) until a timer is started with it.
  const [usedMinutes, setUsedMinutes] = useState('10');
  const typedMinutes = useKeptDraft('meeting.timerMinutes', keptText);
  const minutes = typedMinutes.value ?? usedMinutes;
  const setMinutes = (next: string) => typedMinutes.set(next === usedMinutes ? null : next);
  const stepWords = useKeptWords('meeting.newStep', '');
  const newStep = stepWords.value;
  const [problem, setProblem] = useState<string | null>(null);
  const [told, setTold] = useState('');
  const minutesId = useId();
  const stepId = useId();

  async function startMeeting() {
    setProblem(null);
    const result = await admin.startMeeting();
    if (!result.ok) setProblem(result.message);
  }

  async function endMeeting() {
    setProblem(null);
    const result = await admin.endMeeting();
    if (!result.ok) setProblem(result.message);
    else {
      setTold(t('meeting.MeetingRunPanel.ended'));
      onEnded();
    }
  }

  function start() {
    const value = Number(minutes);
    if (!step) return setProblem(t('meeting.MeetingRunPanel.chooseStep'));
    if (!Number.isFinite(value) || value <= 0 || value > 240) return setProblem(t('meeting.MeetingRunPanel.timerRange'));
    setProblem(null);
    startTimer(doc, step.id, value * 60_000);
    setUsedMinutes(minutes);
    typedMinutes.set(null);
  }

  function addStep(event: React.FormEvent) {
    event.preventDefault();
    try {
      addAgendaStep(doc, newStep);
      stepWords.clear();
      setProblem(null);
    } catch {
      setProblem(t('meeting.MeetingRunPanel.stepTitleLength'));
    }
  }

  return (
    <section className="meeting-panel" aria-labelledby="meeting-run-heading">
      <h2 id="meeting-run-heading">{t('meeting.MeetingRunPanel.thisMeeting')}</h2>
      <p>
        {status.meeting
          ? t('meeting.MeetingRunPanel.aMeetingHasBeenIn', { format: TIME_FORMAT.format(status.meeting.startedAt) })
          : t('meeting.MeetingRunPanel.noMeetingIsInProgress')}
      </p>
      <MeetingKindChoice chair={chair} />
      {chair && (
        <div ref={startEnd} className="meeting-panel__row">
          {status.meeting ? (
            <ConfirmAction
              label={t('meeting.MeetingRunPanel.endMeeting')}
              question={t('meeting.MeetingRunPanel.endTheMeetingNowKinboard')}
              confirmLabel={t('meeting.MeetingRunPanel.yesEndTheMeeting')}
              onConfirm={endMeeting}
            />
          ) : (
            <button type="button" className="button button--primary" onClick={startMeeting}>
              {t('meeting.MeetingRunPanel.startMeeting')}
            </button>
          )}
        </div>
      )}

      <h3>{t('meeting.MeetingRunPanel.agenda')}</h3>
      <ol className="agenda">
        {agenda.map((s, index) => {
          const current = s.id === step?.id;
          return (
            <li key={s.id} className={current ? 'agenda__step agenda__step--current' : 'agenda__step'}>
              {chair ? (
                <button type="button" className="agenda__go" aria-current={current ? 'step' : undefined} onClick={() => controls.go(s.id)}>
                  <span className="agenda__number">{index + 1}.</span> {stepTitle(s)}
                  {current && <span className="agenda__now"> {t('meeting.MeetingRunPanel.now')}</span>}
                </button>
              ) : (
                <span className="agenda__title" aria-current={current ? 'step' : undefined}>
                  <span className="agenda__number">{index + 1}.</span> {stepTitle(s)}
                  {current && <span className="agenda__now"> {t('meeting.MeetingRunPanel.now')}</span>}
                </span>
              )}
              {chair && s.kind === 'own' && (
                <button type="button" className="button button--secondary agenda__remove" onClick={() => removeAgendaStep(doc, s.id)}>
                  {t('meeting.MeetingRunPanel.remove')}
                  <span className="visually-hidden"> {t('meeting.MeetingRunPanel.step', { title: stepTitle(s) })}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {agenda.length === 0 && <p>{t('meeting.MeetingRunPanel.theAgendaAppearsWhenThe')}</p>}

      {chair && (
        <>
          <div className="meeting-panel__row">
            <button type="button" className="button button--secondary" onClick={controls.previous}>
              {t('meeting.MeetingRunPanel.previousStep')}
            </button>
            <button type="button" className="button button--secondary" onClick={controls.next}>
              {t('meeting.MeetingRunPanel.nextStep')}
            </button>
          </div>
          <form className="meeting-panel__form" onSubmit={addStep}>
            <label className="field__label" htmlFor={stepId}>
              {t('meeting.MeetingRunPanel.addYourOwnStep')}
            </label>
            <div className="meeting-panel__row">
              <input
                id={stepId}
                className="input input--inline"
                value={newStep}
                maxLength={120}
                aria-describedby={stepWords.restored ? stepWords.noteId : undefined}
                onChange={(e) => stepWords.set(e.target.value)}
              />
              <button type="submit" className="button button--secondary" disabled={newStep.trim().length === 0}>
                {t('meeting.MeetingRunPanel.addStep')}
              </button>
            </div>
            <KeptWordsNote words={stepWords} />
          </form>

          <h3>{t('meeting.MeetingRunPanel.stepTimer')}</h3>
          <div className="meeting-panel__row">
            <label className="field__label" htmlFor={minutesId}>
              {t('meeting.MeetingRunPanel.minutes')}
            </label>
            <input
              id={minutesId}
              className="input input--minutes"
              type="number"
              min={1}
              max={240}
              inputMode="numeric"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-describedby={typedMinutes.restored ? typedMinutes.noteId : undefined}
            />
            <button type="button" className="button button--secondary" onClick={start}>
              {timer ? t('meeting.MeetingRunPanel.startAgain') : t('meeting.MeetingRunPanel.startTimer')}
            </button>
            {timer && (
              <button type="button" className="button button--secondary" onClick={() => clearTimer(doc)}>
                {t('meeting.MeetingRunPanel.clearTimer')}
              </button>
            )}
          </div>
          <KeptWordsNote words={typedMinutes} />
          <p className="field__hint">{t('meeting.MeetingRunPanel.everyoneSeesTheTimerCount')}</p>

          <p className="field__hint">{t('meeting.MeetingRunPanel.bringEveryoneHereAtThe')}</p>

          <h3>{t('meeting.RoomControls.region')}</h3>
          <RoomLanguageChoice />
        </>
      )}
      <DecisionForm chair={chair} />
      <PanelNews told={told} problem={problem} />
    </section>
  );
}
