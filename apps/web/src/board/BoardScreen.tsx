import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CloseCode, readBoardTitle, type FocusTarget } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { useBoardStatus } from '../hooks/useBoardStatus';
import { useDocView } from '../hooks/useDocView';
import { useConnectionState } from '../hooks/useConnectionState';
import { useStatementDeletion } from '../hooks/useStatementDeletion';
import { canEdit } from '../api/roles';
import { personColour } from '../lib/personColour';
import { forgetBoard } from '../lib/boardMemory';
import { MapPart } from '../features/map';
import { ScalesPart } from '../features/scales';
import { PlanPart } from '../features/plan';
import { DrawPart } from '../features/draw';
import {
  MeetingContext,
  MeetingPart,
  SharedScreen,
  boardAdmin,
  focusSection,
  useChairFocus,
  useSharedScreen,
  type MeetingControls,
} from '../features/meeting';
import { BoardActionsContext, type BoardActions, type FocusRequest } from '../features/statements';
import { NoMeetingWarning, SummonNotice } from '../features/meeting';
import { RecentlyRemoved, recordRemoval } from '../features/removed';
import { BoardHeader } from './BoardHeader';
import { EditNewsAnnouncer } from './EditNews';
import { BoardNav, type BoardPart } from './BoardNav';
import { BoardFocusContext, partOf, type BoardFocus, type BoardPartId } from './boardFocus';
import { FailureNotice } from './FailureNotice';
import { UndoToast } from '../ui/UndoToast';
import './BoardScreen.css';
import { LobbyBanner, usePersonLanguage } from '../features/people';
import { t } from '../i18n';

const PARTS: readonly BoardPart[] = [
  {
    id: 'map',
    get label() {
      return t('board.part.map');
    },
  },
  {
    id: 'scales',
    get label() {
      return t('board.part.scales');
    },
  },
  {
    id: 'plan',
    get label() {
      return t('board.part.plan');
    },
  },
  {
    id: 'draw',
    get label() {
      return t('board.part.draw');
    },
  },
  {
    id: 'meeting',
    get label() {
      return t('board.part.meeting');
    },
  },
];

/** Shown while a part's code arrives, the first time it is opened (Scaling, Plan, Draw, Meeting load on demand). */
const PART_LOADING = () => t('board.BoardScreen.opening');
/** The first link on the page, shown when focused: straight past the header to the part in view. */
const SKIP_TO_BOARD = () => t('board.BoardScreen.skipToBoard');

const PART_HOME: Record<BoardPartId, FocusTarget> = {
  map: 'map',
  scales: 'scale:safety',
  plan: 'plan',
  draw: 'draw:network',
  meeting: 'meeting',
};

/**
 * Moves the focus to the element with this id without touching the address: a board's address
 * keeps its secret after the #, so a plain "#main" link would lose it.
 */
export function skipTo(id: string) {
  return (event: React.MouseEvent) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
}

/** The live board: header, the parts of the board, and the part in view (or the shared screen). */
export function BoardScreen() {
  const { connection, me } = useBoardSession();
  // The title alone: reading every statement here too would double the work of each change.
  const title = useDocView(connection.doc, readBoardTitle);
  const state = useConnectionState(connection);
  usePersonLanguage();
  const status = useBoardStatus(connection.awareness);
  const onStatementRemoved = useCallback(() => recordRemoval(connection, 'statement'), [connection]);
  const deletion = useStatementDeletion(connection.doc, me, onStatementRemoved);
  const sharedScreen = useSharedScreen();
  // A viewer link is often the screen in the room: it follows the chair from the start.
  const chairFocus = useChairFocus(connection.doc, connection.awareness, state.role, state.role === 'viewer');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const { focus, choose } = chairFocus;
  // Locked out (changes refused while locked, waiting for the unlock): nothing more is taken in.
  const locked = (status.locked || state.lockedOut) && state.role !== 'facilitator';
  const editable = state.role !== null && canEdit(state.role) && state.phase !== 'failed' && !locked && !sharedScreen.on;
  const part = partOf(focus);
  const deleted = state.closeCode === CloseCode.boardGone;

  // Each part has its own title (WCAG 2.4.2); a deleted board's notice keeps its own.
  const partLabel = PARTS.find((p) => p.id === part)?.label ?? '';
  useEffect(() => {
    if (deleted || sharedScreen.on) return;
    document.title = t('board.BoardScreen.kinboard', { value: `${partLabel} – ${title || t('board.BoardHeader.meetingBoard')}` });
  }, [title, partLabel, deleted, sharedScreen.on]);

  // Leaving the shared screen puts the focus back on the button that opened it (or the phone's header button).
  const wasShared = useRef(sharedScreen.on);
  useEffect(() => {
    if (wasShared.current && !sharedScreen.on) {
      const opener = document.querySelector<HTMLElement>('[data-opens="shared-screen"]');
      const target = opener?.offsetParent ? opener : document.querySelector<HTMLElement>('.board-header__toggle');
      target?.focus();
    }
    wasShared.current = sharedScreen.on;
  }, [sharedScreen.on]);

  useEffect(() => {
    if (deleted) forgetBoard(connection.boardId);
  }, [deleted, connection.boardId]);

  // A column or domain in focus (the chair's, or a summon) is brought into view.
  const section = focusSection(focus);
  useEffect(() => {
    if (!section || sharedScreen.on) return;
    document.querySelector(`.board__main .column--${section}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [section, sharedScreen.on]);

  const admin = useMemo(
    () => boardAdmin({ boardId: connection.boardId, secret: connection.secret, credential: connection.credential }),
    [connection],
  );
  const requestFocus = useCallback((request: FocusRequest | null) => setFocusRequest(request), []);
  // The same object until one of these changes, so statement cards are not drawn again for every edit.
  const removeStatement = deletion.remove;
  const actions = useMemo<BoardActions>(
    () => ({ focusRequest, requestFocus, draggingId, setDraggingId, removeStatement }),
    [focusRequest, requestFocus, draggingId, removeStatement],
  );
  // The statement brought back gets the focus, where its Undo button was.
  const undoDeletion = () => {
    const restored = deletion.lastDeleted;
    deletion.undo();
    if (restored) setFocusRequest({ statementId: restored.id, control: 'text' });
  };
  const boardFocus = useMemo<BoardFocus>(() => ({ focus, setFocus: choose, editable }), [focus, choose, editable]);
  const meeting = useMemo<MeetingControls | null>(
    () => (state.role ? { role: state.role, status, admin, chairFocus, sharedScreen } : null),
    [state.role, status, admin, chairFocus, sharedScreen],
  );

  // A deleted board leaves nothing on anyone's screen.
  if (deleted) {
    return (
      <FailureNotice title={t('board.BoardScreen.thisBoardHasBeenDeleted')} message={t('board.BoardScreen.thePersonRunningTheMeeting')} />
    );
  }
  if (!meeting) return null;

  const partContent = (target: FocusTarget, canChange: boolean) => {
    switch (partOf(target)) {
      case 'map':
        return <MapPart editable={canChange} />;
      case 'scales':
        return <ScalesPart />;
      case 'plan':
        return <PlanPart />;
      case 'draw':
        return (
          state.role && (
            <DrawPart
              role={canChange ? state.role : 'viewer'}
              userId={me.id}
              userName={me.name}
              userColor={personColour(me.id)}
              leads={state.role === 'facilitator' && !sharedScreen.on}
            />
          )
        );
      case 'meeting':
        return <MeetingPart />;
    }
  };
  // Scaling, Plan, Draw and Meeting load their code the first time they are opened.
  const renderPart = (target: FocusTarget, canChange: boolean) => (
    <Suspense
      fallback={
        <p className="board__part-loading" role="status">
          {PART_LOADING()}
        </p>
      }
    >
      {partContent(target, canChange)}
    </Suspense>
  );

  return (
    <MeetingContext.Provider value={meeting}>
      <BoardFocusContext.Provider value={boardFocus}>
        <BoardActionsContext.Provider value={actions}>
          {sharedScreen.on ? (
            <div className="board board--viewing board--shared-screen" data-focus={focus}>
              <SharedScreen title={title} renderPart={(target) => renderPart(target, false)} />
            </div>
          ) : (
            <div className={editable ? 'board' : 'board board--viewing'} data-focus={focus}>
              <a className="skip-link" href="#main" onClick={skipTo('main')}>
                {SKIP_TO_BOARD()}
              </a>
              <BoardHeader title={title} state={state} locked={status.locked} />
              {state.role === 'facilitator' && (
                <Suspense fallback={null}>
                  <LobbyBanner />
                </Suspense>
              )}
              <BoardNav parts={PARTS} current={part} onChoose={(id) => choose(PART_HOME[id])} />
              <SummonNotice />
              <EditNewsAnnouncer />
              <main className="board__main" id="main" tabIndex={-1}>
                {renderPart(focus, editable)}
                {editable && <RecentlyRemoved isChair={state.role === 'facilitator'} />}
              </main>
              {editable && <NoMeetingWarning />}
              {editable && deletion.lastDeleted && (
                <UndoToast
                  title={t('board.BoardScreen.statementDeleted')}
                  deleted={deletion.lastDeleted}
                  onUndo={undoDeletion}
                  onDismiss={deletion.dismiss}
                />
              )}
            </div>
          )}
        </BoardActionsContext.Provider>
      </BoardFocusContext.Provider>
    </MeetingContext.Provider>
  );
}
