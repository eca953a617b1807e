/**
 * What the meeting's controls share across the screen: the board's management calls, the
 * server's status, following the chair, and shared-screen mode.
 */
import { createContext, useContext } from 'react';
import type { BoardStatus } from '@kinboard/model';
import type { Role } from '../../api/roles';
import type { BoardAdmin } from './boardAdminApi';
import type { ChairFocus } from './useChairFocus';

export interface SharedScreen {
  readonly on: boolean;
  readonly open: () => void;
  readonly close: () => void;
}

export interface MeetingControls {
  readonly role: Role;
  readonly status: BoardStatus;
  readonly admin: BoardAdmin;
  readonly chairFocus: ChairFocus;
  readonly sharedScreen: SharedScreen;
}

export const MeetingContext = createContext<MeetingControls | null>(null);

export function useMeeting(): MeetingControls {
  const meeting = useContext(MeetingContext);
  if (!meeting) throw new Error('useMeeting needs a MeetingContext provider');
  return meeting;
}
