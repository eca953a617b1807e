/**
 * The board's status as the server announces it: whether it is locked and which meeting is in
 * progress. The server publishes it as its own presence entry `{ board: BoardStatus }`; the
 * server strips a `board` field from every client's presence, so only the server's entry has one.
 */
export interface BoardStatus {
  readonly locked: boolean;
  readonly meeting: { readonly id: string; readonly startedAt: number } | null;
}

/** The presence field the server's own entry carries the board's status in. */
export const PRESENCE_STATUS_FIELD = 'board';

/** The status assumed until the server has said otherwise: unlocked, no meeting. */
export const UNKNOWN_STATUS: BoardStatus = Object.freeze({ locked: false, meeting: null });

/** Finds the server's status among presence states; the default when none is there yet. */
export function readBoardStatus(states: ReadonlyMap<number, Record<string, unknown>>): BoardStatus {
  for (const state of states.values()) {
    const status = state[PRESENCE_STATUS_FIELD] as Partial<BoardStatus> | undefined;
    if (status && typeof status === 'object' && typeof status.locked === 'boolean') {
      const meeting = status.meeting;
      const validMeeting =
        meeting && typeof meeting === 'object' && typeof meeting.id === 'string' && typeof meeting.startedAt === 'number' ? meeting : null;
      return { locked: status.locked, meeting: validMeeting };
    }
  }
  return UNKNOWN_STATUS;
}
