import { type ComponentType, Suspense, lazy, useEffect, useRef, useState } from 'react';
import { readBoardAddress } from '../lib/boardLink';
import { rememberDisplayName, rememberedDisplayName } from '../lib/deviceMemory';
import { requestTicketEarly } from '../connection/earlyTicket';
import { NamePrompt } from './NamePrompt';
import { FailureNotice } from './FailureNotice';
import { LoadingBoard } from './LoadingBoard';
import { t } from '../i18n';

// The live board's code comes after the first paint: the name prompt shows without it, and it
// downloads while the person types their name.
let boardCode: typeof import('./BoardSessionView') | null = null;
const loadBoard = () =>
  import('./BoardSessionView').then((m) => {
    boardCode = m;
    return m;
  });
const LazyBoardSessionView = lazy(() => loadBoard().then((m) => ({ default: m.BoardSessionView })));
/** How long "Join meeting" waits on the prompt for the board's code before showing the loading screen. */
const CODE_WAIT_MS = 300;
type BoardViewProps = { readonly boardId: string; readonly secret: string; readonly name: string };

/** A board opened from its link: asks for a name once, then shows the live board. */
export function BoardPage() {
  // The board's code starts downloading at once, so it is here by the time the name is given.
  useEffect(() => {
    void loadBoard();
  }, []);
  const [reading] = useState(() => readBoardAddress(window.location.pathname, window.location.hash));
  const [name, setName] = useState(rememberedDisplayName);
  const view = useRef<ComponentType<BoardViewProps> | null>(null);
  const joining = useRef(false);
  // A returning person's ticket is asked for now, while the board's code is still on its way
  // (a name given at the prompt asks for its ticket as "Join meeting" is pressed).
  useEffect(() => {
    const remembered = rememberedDisplayName();
    if (remembered && reading.ok) requestTicketEarly(reading.address.boardId, reading.address.secret, remembered);
  }, [reading]);

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
          if (reading.ok) requestTicketEarly(reading.address.boardId, reading.address.secret, chosen);
          // A name given before the board's code has come waits for it on the prompt, for a moment:
          // drawn through the lazy component, the loading screen would stay at least 300 ms (React).
          // Code slower than that (a slow network) shows the loading screen as before.
          if (boardCode) setName(chosen);
          else {
            const go = () => setName(chosen);
            void loadBoard().then(go, go);
            setTimeout(go, CODE_WAIT_MS);
          }
        }}
      />
    );
  }
  // Code already here (the usual case once a name was typed) is used as it is: a lazy component
  // would show the loading screen first, and React holds a fallback on screen for at least 300 ms.
  // Chosen once, so a later render never swaps it (that would start the board again).
  view.current ??= boardCode?.BoardSessionView ?? LazyBoardSessionView;
  const BoardSessionView = view.current;
  return (
    <Suspense fallback={<LoadingBoard phase="connecting" />}>
      <BoardSessionView boardId={reading.address.boardId} secret={reading.address.secret} name={name} />
    </Suspense>
  );
}
