import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { BoardView, FocusTarget, SectionView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useMembersInRoom, usePeopleHere } from '../../hooks/usePeopleHere';
import { BoardFocusContext, partOf, type BoardFocus } from '../../board/boardFocus';
import { useMeeting } from './meetingContext';
import { useAgenda, useCurrentStep, useStepTimer } from './useMeetingDoc';
import { focusSection } from './follow';
import { StepClock } from './StepClock';
import { t } from '../../i18n';
import { stepTitle } from './stepTitle';
import './SharedScreen.css';

interface SharedScreenProps {
  readonly board: BoardView;
  /** Renders the other parts (scaling, plan, drawing) read-only, for a focus outside the map. */
  readonly renderPart: (focus: FocusTarget) => ReactNode;
}

/**
 * The TV in the room: the part of the board the chair is on, in very large type, with the current
 * step, its timer and who is here. Nothing on it can change the board.
 */
export function SharedScreen({ board, renderPart }: SharedScreenProps) {
  const { connection } = useBoardSession();
  const { chairFocus, sharedScreen } = useMeeting();
  const people = usePeopleHere(connection.awareness);
  const inRoom = useMembersInRoom(connection.doc);
  const agenda = useAgenda(connection.doc);
  const step = useCurrentStep(connection.doc);
  const timer = useStepTimer(connection.doc);
  const leave = useRef<HTMLButtonElement>(null);
  // The chair's focus when a chair is here; otherwise where this screen was.
  const focus = chairFocus.chair?.focus ?? chairFocus.focus;
  const section = focusSection(focus);
  const readOnly = useMemo<BoardFocus>(() => ({ focus, setFocus: () => undefined, editable: false }), [focus]);

  useEffect(() => {
    leave.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') sharedScreen.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sharedScreen]);

  const at = step ? agenda.findIndex((s) => s.id === step.id) : -1;
  let content: ReactNode;
  if (section) {
    content = <BigColumn section={board.sections.find((s) => s.id === section)!} />;
  } else if (partOf(focus) === 'meeting') {
    content = (
      <section className="shared-column" aria-labelledby="shared-agenda">
        <h2 id="shared-agenda">{t('meeting.SharedScreen.agenda')}</h2>
        <ol>
          {agenda.map((s) => (
            <li
              key={s.id}
              aria-current={s.id === step?.id ? 'step' : undefined}
              className={s.id === step?.id ? 'shared-column__current' : undefined}
            >
              {s.title}
            </li>
          ))}
        </ol>
      </section>
    );
  } else if (partOf(focus) === 'map') {
    content = (
      <div className="shared-screen__columns">
        {board.sections.map((s) => (
          <BigColumn key={s.id} section={s} />
        ))}
      </div>
    );
  } else {
    content = <BoardFocusContext.Provider value={readOnly}>{renderPart(focus)}</BoardFocusContext.Provider>;
  }

  return (
    <div className="shared-screen">
      <header className="shared-screen__top">
        <div className="shared-screen__titles">
          <h1 className="shared-screen__title">{board.title || t('meeting.SharedScreen.meetingBoard')}</h1>
          {step && (
            <p className="shared-screen__step">
              <span className="shared-screen__step-count">
                {t('meeting.SharedScreen.step')} {at + 1} {t('meeting.SharedScreen.of', { length: agenda.length })}
              </span>{' '}
              {stepTitle(step)}
            </p>
          )}
        </div>
        {timer && <StepClock reading={timer} big announce />}
        <button ref={leave} type="button" className="button button--secondary shared-screen__leave" onClick={sharedScreen.close}>
          {t('meeting.SharedScreen.leaveSharedScreen')}
        </button>
      </header>
      <main className="shared-screen__main" id="main">
        {content}
      </main>
      <footer className="shared-screen__people">
        <h2 className="shared-screen__people-heading">{t('meeting.SharedScreen.hereToday')}</h2>
        <ul aria-label={t('meeting.SharedScreen.hereToday')}>
          {people.map((p) => (
            <li key={p.id}>
              {p.name} <span className="shared-screen__where">{t('meeting.SharedScreen.onADevice', { role: p.role })}</span>
            </li>
          ))}
          {inRoom.map((m) => (
            <li key={m.id}>
              {m.name} <span className="shared-screen__where">{t('meeting.SharedScreen.inTheRoom')}</span>
            </li>
          ))}
        </ul>
      </footer>
    </div>
  );
}

function BigColumn({ section }: { readonly section: SectionView }) {
  const headingId = `shared-${section.id}`;
  return (
    <section className={`shared-column shared-column--${section.id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.statements.length === 0 ? (
        <p className="shared-column__empty">{t('meeting.SharedScreen.nothingHereYet')}</p>
      ) : (
        <ul>
          {section.statements.map((s) => (
            <li key={s.id}>{s.text.trim() || t('meeting.SharedScreen.beingWritten')}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
