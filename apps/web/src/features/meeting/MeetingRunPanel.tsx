import { useId, useRef, useState } from 'react';
import { addAgendaStep, clearTimer, removeAgendaStep, startTimer } from '@kinboard/model';
import { useUnsentWords } from '../../lib/unsentDrafts';
import { useBoardSession } from '../../hooks/boardContext';
import { useFocusKeeper } from '../../hooks/useFocusKeeper';
import { useMeeting } from './meetingContext';
import { PanelNews } from './PanelNews';
import { useAgenda, useCurrentStep, useStepTimer } from './useMeetingDoc';
import { useAgendaControls } from './useAgendaControls';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DecisionForm, MeetingKindChoice } from '../outputs';
import './meetingPanel.css';
import './MeetingRunPanel.css';

const TIME_FORMAT = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

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
  const [minutes, setMinutes] = useState('10');
  // The minutes last used to start a timer: a different number typed since is not used yet.
  const [usedMinutes, setUsedMinutes] = useState('10');
  const [newStep, setNewStep] = useState('');
  useUnsentWords(newStep.trim().length > 0 || (chair && minutes !== usedMinutes));
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
      setTold('The meeting has ended. Its record is under Past meetings.');
      onEnded();
    }
  }

  function start() {
    const value = Number(minutes);
    if (!step) return setProblem('Choose an agenda step first, then start its timer.');
    if (!Number.isFinite(value) || value <= 0 || value > 240) return setProblem('Give the timer between 1 and 240 minutes.');
    setProblem(null);
    startTimer(doc, step.id, value * 60_000);
    setUsedMinutes(minutes);
  }

  function addStep(event: React.FormEvent) {
    event.preventDefault();
    try {
      addAgendaStep(doc, newStep);
      setNewStep('');
      setProblem(null);
    } catch {
      setProblem('A step needs a title of up to 120 characters.');
    }
  }

  return (
    <section className="meeting-panel" aria-labelledby="meeting-run-heading">
      <h2 id="meeting-run-heading">This meeting</h2>
      <p>
        {status.meeting
          ? `A meeting has been in progress since ${TIME_FORMAT.format(status.meeting.startedAt)}.`
          : 'No meeting is in progress. Starting one records who comes; ending it keeps a record of the board as it is then.'}
      </p>
      <MeetingKindChoice chair={chair} />
      {chair && (
        <div ref={startEnd} className="meeting-panel__row">
          {status.meeting ? (
            <ConfirmAction
              label="End meeting"
              question="End the meeting now? Kinboard will keep a record of the board and who came. The board stays open."
              confirmLabel="Yes, end the meeting"
              onConfirm={endMeeting}
            />
          ) : (
            <button type="button" className="button button--primary" onClick={startMeeting}>
              Start meeting
            </button>
          )}
        </div>
      )}

      <h3>Agenda</h3>
      <ol className="agenda">
        {agenda.map((s, index) => {
          const current = s.id === step?.id;
          return (
            <li key={s.id} className={current ? 'agenda__step agenda__step--current' : 'agenda__step'}>
              {chair ? (
                <button type="button" className="agenda__go" aria-current={current ? 'step' : undefined} onClick={() => controls.go(s.id)}>
                  <span className="agenda__number">{index + 1}.</span> {s.title}
                  {current && <span className="agenda__now"> (now)</span>}
                </button>
              ) : (
                <span className="agenda__title" aria-current={current ? 'step' : undefined}>
                  <span className="agenda__number">{index + 1}.</span> {s.title}
                  {current && <span className="agenda__now"> (now)</span>}
                </span>
              )}
              {chair && s.kind === 'own' && (
                <button type="button" className="button button--secondary agenda__remove" onClick={() => removeAgendaStep(doc, s.id)}>
                  Remove<span className="visually-hidden"> step “{s.title}”</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {agenda.length === 0 && <p>The agenda appears when the person running the meeting opens the board.</p>}

      {chair && (
        <>
          <div className="meeting-panel__row">
            <button type="button" className="button button--secondary" onClick={controls.previous}>
              Previous step
            </button>
            <button type="button" className="button button--secondary" onClick={controls.next}>
              Next step
            </button>
          </div>
          <form className="meeting-panel__form" onSubmit={addStep}>
            <label className="field__label" htmlFor={stepId}>
              Add your own step
            </label>
            <div className="meeting-panel__row">
              <input
                id={stepId}
                className="input input--inline"
                value={newStep}
                maxLength={120}
                onChange={(e) => setNewStep(e.target.value)}
              />
              <button type="submit" className="button button--secondary" disabled={newStep.trim().length === 0}>
                Add step
              </button>
            </div>
          </form>

          <h3>Step timer</h3>
          <div className="meeting-panel__row">
            <label className="field__label" htmlFor={minutesId}>
              Minutes
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
            />
            <button type="button" className="button button--secondary" onClick={start}>
              {timer ? 'Start again' : 'Start timer'}
            </button>
            {timer && (
              <button type="button" className="button button--secondary" onClick={() => clearTimer(doc)}>
                Clear timer
              </button>
            )}
          </div>
          <p className="field__hint">Everyone sees the timer count down. Pause it, resume it or add 5 minutes from the bar at the top.</p>

          <p className="field__hint">
            “Bring everyone here” at the top moves every screen to the part of the board you are on. People can move away again afterwards.
          </p>
        </>
      )}
      <DecisionForm chair={chair} />
      <PanelNews told={told} problem={problem} />
    </section>
  );
}
