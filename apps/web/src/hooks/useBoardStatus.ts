import type { Awareness } from 'y-protocols/awareness';
import { readBoardStatus, type BoardStatus } from '@kinboard/model';
import { useAwarenessView } from './useAwarenessView';

/** The server's word on the board: locked or not, and the meeting in progress. */
export function useBoardStatus(awareness: Awareness): BoardStatus {
  return useAwarenessView(awareness, readBoardStatus);
}
