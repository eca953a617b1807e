import { useEffect, useMemo, useState } from 'react';
import { BoardConnection } from '../connection/BoardConnection';
import { participantId } from '../lib/deviceMemory';
import { personColour } from '../lib/personColour';
import { BoardSessionContext, type BoardSession } from '../hooks/boardContext';
import { useConnectionState } from '../hooks/useConnectionState';
import { BoardScreen } from './BoardScreen';
import { FailureNotice } from './FailureNotice';
import { LoadingBoard } from './LoadingBoard';

interface BoardSessionViewProps {
  readonly boardId: string;
  readonly secret: string;
  readonly name: string;
}

/** Owns the live connection for as long as the board is open. */
export function BoardSessionView({ boardId, secret, name }: BoardSessionViewProps) {
  const [connection, setConnection] = useState<BoardConnection | null>(null);

  useEffect(() => {
    const id = participantId();
    const next = new BoardConnection({ boardId, secret, person: { id, name, color: personColour(id) } });
    next.start();
    setConnection(next);
    return () => next.destroy();
    // The name is read once; renaming goes through connection.rename.
  }, [boardId, secret]);

  if (!connection) return <LoadingBoard phase="connecting" />;
  return <ConnectedBoard connection={connection} name={name} />;
}

function ConnectedBoard({ connection, name }: { connection: BoardConnection; name: string }) {
  const state = useConnectionState(connection);
  const id = participantId();
  const session = useMemo<BoardSession>(() => ({ connection, me: { id, name } }), [connection, id, name]);

  // A board already on screen stays readable after a final close, with the reason above it.
  if (state.phase === 'failed' && !state.loaded) {
    return <FailureNotice message={state.failure ?? 'This board cannot be opened.'} />;
  }
  if (!state.loaded || !state.role) return <LoadingBoard phase={state.phase} notice={state.notice} />;
  return (
    <BoardSessionContext.Provider value={session}>
      <BoardScreen />
    </BoardSessionContext.Provider>
  );
}
