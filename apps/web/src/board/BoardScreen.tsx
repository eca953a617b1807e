import { useCallback, useEffect, useState } from 'react';
import { useBoardSession } from '../hooks/boardContext';
import { useBoardView } from '../hooks/useBoardView';
import { useConnectionState } from '../hooks/useConnectionState';
import { useStatementDeletion } from '../hooks/useStatementDeletion';
import { canEdit } from '../api/roles';
import { BoardHeader } from './BoardHeader';
import { SectionColumn } from './SectionColumn';
import { UndoToast } from './UndoToast';
import { BoardActionsContext, type BoardActions, type FocusRequest } from './boardActions';

/** The live board: header, who is here, and the three columns. */
export function BoardScreen() {
  const { connection } = useBoardSession();
  const board = useBoardView(connection.doc);
  const state = useConnectionState(connection);
  const deletion = useStatementDeletion(connection.doc);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const editable = state.role !== null && canEdit(state.role) && state.phase !== 'failed';

  useEffect(() => {
    document.title = `${board.title || 'Meeting board'} – Kinboard`;
  }, [board.title]);

  const requestFocus = useCallback((request: FocusRequest | null) => setFocusRequest(request), []);
  const actions: BoardActions = {
    focusRequest,
    requestFocus,
    draggingId,
    setDraggingId,
    removeStatement: deletion.remove,
  };

  return (
    <BoardActionsContext.Provider value={actions}>
      <div className={editable ? 'board' : 'board board--viewing'}>
        <BoardHeader title={board.title} state={state} />
        <main className="board__columns" id="main">
          {board.sections.map((section) => (
            <SectionColumn key={section.id} section={section} editable={editable} />
          ))}
        </main>
        {editable && deletion.lastDeleted && (
          <UndoToast deleted={deletion.lastDeleted} onUndo={deletion.undo} onDismiss={deletion.dismiss} />
        )}
      </div>
    </BoardActionsContext.Provider>
  );
}
