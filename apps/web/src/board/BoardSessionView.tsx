import { useEffect, useMemo, useState } from 'react';
import { CloseCode } from '@kinboard/model';
import { BoardConnection } from '../connection/BoardConnection';
import { removedText } from '../connection/connectionState';
import { forgetOldParticipantId } from '../lib/deviceMemory';
import { BoardSessionContext, type BoardSession } from '../hooks/boardContext';
import { useConnectionState } from '../hooks/useConnectionState';
import type { Me } from '../connection/connectionState';
import { BoardScreen } from './BoardScreen';
import { FailureNotice } from './FailureNotice';
import { LoadingBoard } from './LoadingBoard';
import { WaitingToJoin } from './WaitingToJoin';
import { t } from '../i18n';

interface BoardSessionViewProps {
  readonly boardId: string;
  readonly secret: string;
  readonly name: string;
}

let early: { readonly key: string; readonly connection: BoardConnection } | null = null;
const keyOf = (boardId: string, secret: string, name: string) => JSON.stringify([boardId, secret, name]);

/**
 * Starts a returning person's connection as soon as this code has run, before React has drawn
 * anything of it (issue 21: on a phone the socket otherwise opened only after two renders and
 * their effects, each waiting for a frame). BoardSessionView takes it over, once, when it mounts
 * for the very same board, secret and name.
 */
export function connectEarly(boardId: string, secret: string, name: string): void {
  if (early) return;
  forgetOldParticipantId();
  const connection = new BoardConnection({ boardId, secret, name });
  connection.start();
  early = { key: keyOf(boardId, secret, name), connection };
}

/** The early connection for exactly this board and name, once; any other one is closed. */
function takeEarlyConnection(boardId: string, secret: string, name: string): BoardConnection | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.key === keyOf(boardId, secret, name)) return taken.connection;
  taken.connection.destroy();
  return null;
}

/** Owns the live connection for as long as the board is open. */
export function BoardSessionView({ boardId, secret, name }: BoardSessionViewProps) {
  const [connection, setConnection] = useState<BoardConnection | null>(null);

  useEffect(() => {
    let next = takeEarlyConnection(boardId, secret, name);
    if (!next) {
      forgetOldParticipantId();
      next = new BoardConnection({ boardId, secret, name });
      next.start();
    }
    setConnection(next);
    return () => next.destroy();
    // The name is read once; renaming goes through connection.rename.
  }, [boardId, secret]);

  if (!connection) return <LoadingBoard phase="connecting" />;
  return <ConnectedBoard connection={connection} />;
}

function ConnectedBoard({ connection }: { connection: BoardConnection }) {
  const state = useConnectionState(connection);
  const me = state.me;

  // Removed by the chair: the board leaves the screen at once, whatever was showing.
  if (state.closeCode === CloseCode.removed) {
    return <FailureNotice title={removedText()} message={t('board.BoardSessionView.thePersonRunningTheMeeting')} />;
  }
  // A board already on screen stays readable after a final close, with the reason above it.
  if (state.phase === 'failed' && !state.loaded) {
    return <FailureNotice message={state.failure ?? t('board.BoardSessionView.thisBoardCannotBeOpened')} />;
  }
  if (state.phase === 'waiting') return <WaitingToJoin />;
  if (!state.loaded || !state.role || !me) return <LoadingBoard phase={state.phase} notice={state.notice} />;
  return <SessionProvider connection={connection} me={me} />;
}

function SessionProvider({ connection, me }: { connection: BoardConnection; me: Me }) {
  const session = useMemo<BoardSession>(() => ({ connection, me: { id: me.id, name: me.name } }), [connection, me.id, me.name]);
  return (
    <BoardSessionContext.Provider value={session}>
      <BoardScreen />
    </BoardSessionContext.Provider>
  );
}
