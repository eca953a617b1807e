import { useEffect, useRef, useState } from 'react';
import { readBoardAddress } from '../lib/boardLink';
import { rememberDisplayName, rememberedDisplayName } from '../lib/deviceMemory';
import { requestTicketEarly } from '../connection/earlyTicket';
import { NamePrompt } from './NamePrompt';
import { FailureNotice } from './FailureNotice';
import { LoadingBoard } from './LoadingBoard';
import { t } from '../i18n';

// The live board's code comes after the first paint: the name prompt shows without it, and it
// downloads while the person types their name.
type BoardModule = typeof import('./BoardSessionView');
type BoardView = BoardModule['BoardSessionView'];
let boardModule: Promise<BoardModule> | null = null;
const loadBoardModule = (): Promise<BoardModule> => {
  boardModule ??= import('./BoardSessionView');
  return boardModule;
};
const loadBoard = (): Promise<BoardView> => loadBoardModule().then((m) => m.BoardSessionView);

/**
 * The live board's component once its code is here. Not React.lazy under Suspense: React holds
 * back content that replaces a Suspense fallback until 300 ms after the fallback appeared, and the
 * board's connection only starts once that content is committed (issue 21: on a phone the socket
 * opened up to 300 ms late). A load that fails throws here, as lazy would.
 */
function useBoardView(): BoardView | null {
  const [view, setView] = useState<{ readonly ready: BoardView } | { readonly failed: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    loadBoard().then(
      (ready) => live && setView({ ready }),
      (failed: unknown) => live && setView({ failed }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (view && 'failed' in view) throw view.failed;
  return view?.ready ?? null;
}

/**
 * A returning person (a whole link, a name remembered on this device) never sees the name prompt:
 * the board's code and their ticket are asked for as this script starts, before React's first
 * render, and arrive in parallel; the connection opens as soon as the code has run (issue 21: each
 * waited behind React's renders before). A name given at the prompt connects the usual way, once
 * the code is here.
 */
function startReturnVisit(): void {
  if (typeof window === 'undefined') return;
  const reading = readBoardAddress(window.location.pathname, window.location.hash);
  const remembered = rememberedDisplayName();
  if (!reading.ok || !remembered) return;
  const { boardId, secret } = reading.address;
  requestTicketEarly(boardId, secret, remembered);
  // The connection starts as soon as its code has run; a failed load is reported where the board
  // is drawn (useBoardView).
  loadBoardModule().then(
    (m) => m.connectEarly(boardId, secret, remembered),
    () => undefined,
  );
}
startReturnVisit();

/** A board opened from its link: asks for a name once, then shows the live board. */
export function BoardPage() {
  // The board's code starts downloading at once, so it is here by the time the name is given.
  const BoardSessionView = useBoardView();
  const [reading] = useState(() => readBoardAddress(window.location.pathname, window.location.hash));
  const [name, setName] = useState(rememberedDisplayName);
  const joining = useRef(false);

  // Only the name prompt is "Join the meeting": a broken link's page keeps its own title (WCAG 2.4.2).
  useEffect(() => {
    if (!name && reading.ok) document.title = t('board.BoardPage.joinTheMeetingKinboard');
  }, [name, reading.ok]);

  if (!reading.ok && reading.problem === 'damaged') {
    return <FailureNotice title={t('board.BoardPage.thisLinkDoesNotWork')} message={t('board.BoardPage.partOfThisLinkGot')} />;
  }
  if (!reading.ok) {
    return <FailureNotice message={t('board.BoardPage.thisLinkIsNotComplete')} />;
  }
  if (!name) {
    return (
      <NamePrompt
        onJoin={(chosen) => {
          // One join: a second press while the code comes would ask for a second newcomer's ticket.
          if (joining.current) return;
          joining.current = true;
          rememberDisplayName(chosen);
          // The ticket is asked for now, before the board is drawn (the connection takes this answer).
          requestTicketEarly(reading.address.boardId, reading.address.secret, chosen);
          setName(chosen);
        }}
      />
    );
  }
  if (!BoardSessionView) return <LoadingBoard phase="connecting" />;
  return <BoardSessionView boardId={reading.address.boardId} secret={reading.address.secret} name={name} />;
}
