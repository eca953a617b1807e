import { createContext, useContext } from 'react';
import type { Author } from '@kinboard/model';
import type { BoardConnection } from '../connection/BoardConnection';

/** The board this screen shows and the person using it. */
export interface BoardSession {
  readonly connection: BoardConnection;
  readonly me: Author;
}

export const BoardSessionContext = createContext<BoardSession | null>(null);

export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error('useBoardSession needs a BoardSessionContext provider');
  return session;
}
