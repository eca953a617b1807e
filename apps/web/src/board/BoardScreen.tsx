import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FocusTarget } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { useBoardStatus } from '../hooks/useBoardStatus';
import { useBoardView } from '../hooks/useBoardView';
import { useConnectionState } from '../hooks/useConnectionState';
import { useStatementDeletion } from '../hooks/useStatementDeletion';
import { canEdit } from '../api/roles';
import { personColour } from '../lib/personColour';
import { MapPart } from '../features/map/MapPart';
import { ScalesPart } from '../features/scales/ScalesPart';
import { PlanPart } from '../features/plan/PlanPart';
import { MeetingPart } from '../features/meeting/MeetingPart';
import { DrawPart } from '../features/draw/DrawPart';
import { BoardHeader } from './BoardHeader';
import { BoardNav, type BoardPart } from './BoardNav';
import { BoardFocusContext, partOf, type BoardFocus, type BoardPartId } from './boardFocus';
import { UndoToast } from './UndoToast';
import { BoardActionsContext, type BoardActions, type FocusRequest } from './boardActions';

const PARTS: readonly BoardPart[] = [
  { id: 'map', label: 'Board' },
  { id: 'scales', label: 'Scaling' },
  { id: 'plan', label: 'Plan' },
  { id: 'draw', label: 'Draw' },
  { id: 'meeting', label: 'Meeting' },
];

const PART_HOME: Record<BoardPartId, FocusTarget> = {
  map: 'map',
  scales: 'scale:safety',
  plan: 'plan',
  draw: 'draw:network',
  meeting: 'meeting',
};

/** The live board: header, the parts of the board, and the part in view. */
export function BoardScreen() {
  const { connection, me } = useBoardSession();
  const board = useBoardView(connection.doc);
  const state = useConnectionState(connection);
  const status = useBoardStatus(connection.awareness);
  const deletion = useStatementDeletion(connection.doc);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusTarget>('map');
  const locked = status.locked && state.role !== 'facilitator';
  const editable = state.role !== null && canEdit(state.role) && state.phase !== 'failed' && !locked;
  const part = partOf(focus);

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
  const boardFocus = useMemo<BoardFocus>(() => ({ focus, setFocus, editable }), [focus, editable]);

  return (
    <BoardFocusContext.Provider value={boardFocus}>
      <BoardActionsContext.Provider value={actions}>
        <div className={editable ? 'board' : 'board board--viewing'}>
          <BoardHeader title={board.title} state={state} locked={status.locked} />
          <BoardNav parts={PARTS} current={part} onChoose={(id) => setFocus(PART_HOME[id])} />
          <main className="board__main" id="main">
            {part === 'map' && <MapPart board={board} editable={editable} />}
            {part === 'scales' && <ScalesPart />}
            {part === 'plan' && <PlanPart />}
            {part === 'draw' && state.role && (
              <DrawPart role={editable ? state.role : 'viewer'} userId={me.id} userName={me.name} userColor={personColour(me.id)} />
            )}
            {part === 'meeting' && <MeetingPart />}
          </main>
          {editable && deletion.lastDeleted && (
            <UndoToast deleted={deletion.lastDeleted} onUndo={deletion.undo} onDismiss={deletion.dismiss} />
          )}
        </div>
      </BoardActionsContext.Provider>
    </BoardFocusContext.Provider>
  );
}
