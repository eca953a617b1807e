import { createContext, useContext } from 'react';
import type { DeletedStatement } from '../../hooks/useStatementDeletion';

/** Which control should get focus after a statement moves or appears, since it may remount. */
export interface FocusRequest {
  readonly statementId: string;
  readonly control: 'text' | 'move-up' | 'move-down' | 'move-to' | 'drag';
}

/** Screen-wide state that statements share: focus after moves, the statement being dragged. */
export interface BoardActions {
  readonly focusRequest: FocusRequest | null;
  readonly requestFocus: (request: FocusRequest | null) => void;
  readonly draggingId: string | null;
  readonly setDraggingId: (id: string | null) => void;
  readonly removeStatement: (statement: DeletedStatement) => void;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions needs a BoardActionsContext provider');
  return actions;
}

/** MIME type for a dragged statement; a private type keeps text boxes from accepting the drop. */
export const STATEMENT_DRAG_TYPE = 'application/x-kinboard-statement';
