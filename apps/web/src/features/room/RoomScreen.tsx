import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ROOM_JOIN, currentStep, readAgenda, readRoomScreen, roomPageAt, type FocusTarget } from '@kinboard/model';
import type * as Y from 'yjs';
import { useBoardSession } from '../../hooks/boardContext';
import { useAwarenessView } from '../../hooks/useAwarenessView';
import { useDocView } from '../../hooks/useDocView';
import { useMembersInRoom, usePeopleHere } from '../../hooks/usePeopleHere';
import { DRAW_PAGES, drawPageOf } from '../draw';
import { stepTitle } from '../../i18n';
import { useExtraTerms } from '../map';
import { RoomDrawing } from './RoomDrawing';
import { RoomJoin } from './RoomJoin';
import { RoomPager } from './RoomPager';
import { RoomScale, useScaleQuestion } from './RoomScale';
import { roomContent } from './roomBlocks';
import { ROOM_PAGES_FIELD, chairJoinLink } from './roomPresence';
import { ROOM_WORDS } from './roomWords';
import { secondWords, useSecondLanguage } from './secondLanguage';
import './RoomScreen.css';
import './RoomStatement.css';

export interface RoomScreenProps {
  readonly title: string;
  readonly locked: boolean;
  /** The step timer, as the meeting shows it. */
  readonly clock: ReactNode;
  readonly onLeave: () => void;
  /** A part the room screen has no view of its own for, read-only. */
  readonly renderPart: (target: FocusTarget) => ReactNode;
}

/** Past this many people of a kind, the footer says how many rather than taking lines from the content. */
const MANY = 3;

const readStep = (doc: Y.Doc) => {
  const step = currentStep(doc);
  const agenda = readAgenda(doc);
  return step ? { id: step.id, title: step.title, at: agenda.findIndex((s) => s.id === step.id) + 1, of: agenda.length } : null;
};

/**
 * The screen in the room: what the meeting is on (the board's room-screen state, the same on every
 * room screen, never this device's or the chair's own navigation), in large type on black, paged
 * when long, with the step, its timer, the lock and who is here. Nothing on it changes the board.
 */
export function RoomScreen({ title, locked, clock, onLeave, renderPart }: RoomScreenProps) {
  const { connection } = useBoardSession();
  const { doc, awareness } = connection;
  const view = useDocView(doc, readRoomScreen);
  const step = useDocView(doc, readStep);
  const people = usePeopleHere(awareness).filter((p) => !p.isMe);
  const inRoom = useMembersInRoom(doc);
  const joinLink = useAwarenessView(awareness, chairJoinLink);
  const extraTerms = useExtraTerms();
  const leave = useRef<HTMLButtonElement>(null);
  const [count, setCount] = useState<{ readonly key: string; readonly pages: number }>({ key: view.key, pages: 1 });
  const pages = count.key === view.key ? count.pages : 1;
  const onPages = useCallback((n: number) => setCount({ key: view.key, pages: n }), [view.key]);
  const [now, setNow] = useState(Date.now);
  const page = roomPageAt(view, pages, now);

  useEffect(() => {
    leave.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onLeave]);

  // The chair's "1 of 3" comes from the room screens: each says how many pages it made.
  useEffect(() => {
    awareness.setLocalStateField(ROOM_PAGES_FIELD, { key: view.key, pages });
  }, [awareness, view.key, pages]);
  useEffect(() => () => awareness.setLocalStateField(ROOM_PAGES_FIELD, null), [awareness]);

  // Turning pages by itself: every screen works the page out from the same stored start.
  const turning = view.paceSeconds > 0 && pages > 1;
  useEffect(() => {
    setNow(Date.now());
    if (!turning) return undefined;
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [turning, view]);

  const target = view.target;
  const scaleId = target?.startsWith('scale:') ? target.slice('scale:'.length) : null;
  const question = useScaleQuestion(doc, scaleId);
  const read = useCallback(
    (d: Y.Doc) => (target && target !== ROOM_JOIN ? roomContent(d, target, extraTerms) : null),
    [target, extraTerms],
  );
  const content = useDocView(doc, read);
  // The chair's second language: the question, heading and join steps again, in that language.
  const translate = useSecondLanguage(view.secondLanguage);
  const secondLanguage = view.secondLanguage;
  const readSecond = useCallback(
    (d: Y.Doc) => (translate && secondLanguage ? secondWords(d, secondLanguage, target, currentStep(d) !== null, translate) : null),
    [translate, secondLanguage, target],
  );
  const second = useDocView(doc, readSecond);

  let heading = content?.title ?? '';
  let body: ReactNode;
  if (target === null) {
    heading = step ? stepTitle(step) : ROOM_WORDS.notStarted;
    body = step ? <p className="room-empty">{ROOM_WORDS.ownStep}</p> : null;
  } else if (target === ROOM_JOIN) {
    heading = ROOM_WORDS.joinHeading;
    body = <RoomJoin link={joinLink} second={second} />;
  } else if (scaleId !== null) {
    heading = question;
    body = <RoomScale doc={doc} scaleId={scaleId} page={page} onPages={onPages} extraTerms={extraTerms} />;
  } else if (drawPageOf(target) !== null) {
    const drawPage = DRAW_PAGES.find((p) => p.id === drawPageOf(target)) ?? DRAW_PAGES[0];
    heading = drawPage.name;
    body = <RoomDrawing doc={doc} pageId={drawPage.id} />;
  } else if (content) {
    body =
      content.blocks.length === 0 ? (
        <p className="room-empty">{ROOM_WORDS.nothingYet}</p>
      ) : (
        <RoomPager blocks={content.blocks} page={page} onPages={onPages} />
      );
  } else {
    body = <div className="room-screen__part">{renderPart(target)}</div>;
  }

  return (
    <div className="room-screen">
      <header className="room-screen__top">
        <div className="room-screen__titles">
          <h1 className="room-screen__title">{title || ROOM_WORDS.boardTitle}</h1>
          {step && (
            <p className="room-screen__step">
              <span className="room-screen__step-count">{ROOM_WORDS.stepCount(step.at, step.of)}</span> {stepTitle(step)}
            </p>
          )}
        </div>
        {clock}
        <button ref={leave} type="button" className="button button--secondary room-screen__leave" onClick={onLeave}>
          {ROOM_WORDS.leave}
        </button>
      </header>
      {locked && (
        <p className="room-screen__locked" role="status">
          {ROOM_WORDS.locked}
        </p>
      )}
      <main className="room-screen__main" id="main">
        <section
          className={`room-showing${content?.tone ? ` room-showing--${content.tone}` : ''}`}
          aria-labelledby="room-showing-heading"
          data-room-target={target ?? ''}
        >
          <div className="room-showing__head">
            <div className="room-showing__headings">
              <h2 id="room-showing-heading">{heading}</h2>
              {second?.heading && (
                <p className="room-showing__second" lang={second.lang} dir={second.dir}>
                  {second.heading}
                </p>
              )}
            </div>
            {pages > 1 && (
              <p className="room-showing__page">
                <span className="visually-hidden">{ROOM_WORDS.pageWord} </span>
                {ROOM_WORDS.page(page + 1, pages)}
              </p>
            )}
          </div>
          {body}
        </section>
      </main>
      <footer className="room-screen__people">
        <h2 className="room-screen__people-heading">{ROOM_WORDS.hereToday}</h2>
        <ul aria-label={ROOM_WORDS.hereToday}>
          {people.length > MANY ? (
            <li>{ROOM_WORDS.onDevices(people.length)}</li>
          ) : (
            people.map((p) => (
              <li key={p.id}>
                {p.name} <span className="room-screen__where">{ROOM_WORDS.onDevice(p.role)}</span>
              </li>
            ))
          )}
          {inRoom.length > MANY ? (
            <li>{ROOM_WORDS.manyInRoom(inRoom.length)}</li>
          ) : (
            inRoom.map((m) => (
              <li key={m.id}>
                {m.name} <span className="room-screen__where">{ROOM_WORDS.inRoom}</span>
              </li>
            ))
          )}
        </ul>
      </footer>
    </div>
  );
}
