import type { Role } from '../api/roles';

/**
 * Where the link to the server stands, as a person would say it. `failed` is final: the link was
 * refused or the server closed the board for good, and `failure` says why in plain words.
 */
export type ConnectionPhase = 'connecting' | 'waiting' | 'connected' | 'reconnecting' | 'offline' | 'failed';

/** Who this device is on the board, as the server issued it. */
export interface Me {
  readonly id: string;
  readonly name: string;
}

export interface ConnectionState {
  readonly phase: ConnectionPhase;
  /** What the link lets this person do; null until the server has answered once. */
  readonly role: Role | null;
  /** Who the server says this device is on the board; null until the first ticket. */
  readonly me: Me | null;
  /** Plain words for a final failure. */
  readonly failure: string | null;
  /** The server's close code behind a final failure (e.g. 4404 board deleted), if it closed the socket. */
  readonly closeCode: number | null;
  /** Plain words for a passing problem, e.g. "Too many people are connected". */
  readonly notice: string | null;
  /** True once the board has been received from the server at least once. */
  readonly loaded: boolean;
  /** True when every change made on this device is on the server's disk. */
  readonly everythingSaved: boolean;
  /**
   * True while the facilitator has locked this person out: the server refused their changes
   * (4403) and the board is locked. The connection reconnects by itself once it is unlocked.
   */
  readonly lockedOut: boolean;
}

export const INITIAL_CONNECTION_STATE: ConnectionState = {
  phase: 'connecting',
  role: null,
  me: null,
  failure: null,
  closeCode: null,
  notice: null,
  loaded: false,
  everythingSaved: true,
  lockedOut: false,
};

/** What a person locked out with changes still to send is told. */
export const LOCKED_OUT_TEXT =
  'The chair has locked the board for now. Your changes are kept on this device and will be added when it is unlocked.';

/** The exact words of the connection status line. */
export const CONNECTION_TEXT: Readonly<Record<Exclude<ConnectionPhase, 'failed'>, string>> = {
  connecting: 'Connecting…',
  waiting: 'Waiting to be let in…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};
