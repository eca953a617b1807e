/**
 * Which part of the board this screen shows. Focus targets are the model's (`column:worries`,
 * `domain:harm`, `scale:safety`, `plan`, `draw:{pageId}`, `meeting`, `map`), so the chair's focus
 * can be followed and "bring everyone here" can move every screen.
 */
import { createContext, useContext } from 'react';
import type { FocusTarget } from '@kinboard/model';

export type BoardPartId = 'map' | 'scales' | 'plan' | 'draw' | 'meeting';

export interface BoardFocus {
  readonly focus: FocusTarget;
  /** Shows a part of the board (and, for the facilitator, tells followers). */
  readonly setFocus: (target: FocusTarget) => void;
  /** What this person may change right now (role, and the lock for non-facilitators). */
  readonly editable: boolean;
}

export const BoardFocusContext = createContext<BoardFocus | null>(null);

export function useBoardFocus(): BoardFocus {
  const focus = useContext(BoardFocusContext);
  if (!focus) throw new Error('useBoardFocus needs a BoardFocusContext provider');
  return focus;
}

/** The part of the board a focus target belongs to. */
export function partOf(target: FocusTarget): BoardPartId {
  if (target.startsWith('scale:')) return 'scales';
  if (target === 'plan') return 'plan';
  if (target.startsWith('draw:')) return 'draw';
  if (target === 'meeting') return 'meeting';
  return 'map';
}
