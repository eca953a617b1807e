import { closeCodeName } from '@kinboard/model';
import type { MessageId } from '../i18n';
import type { Role } from '../api/roles';
import { t } from '../i18n';

/**
 * Where the link to the server stands, as a person would say it. `failed` is final: the link was
 * refused or the server closed the board for good, and `failure` says why in plain words.
 */
export type ConnectionPhase = 'connecting' | 'waiting' | 'connected' | 'reconnecting' | 'offline' | 'failed';

/** Who this device is on the board, as the server issued it. */
export interface Me {
  readonly id: string;
  readonly name: string;
  /** The interface language on their person record when the ticket was issued; null when none. */
  readonly language?: string | null;
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

/**
 * Why a connection stopped for good, as a code: the server's close code (4401 link refused or
 * replaced, 4404 board deleted, …), or `unknownBoard` when no board answers to the link and this
 * device never showed one, or `turnedAway` when the chair turned this newcomer away in the lobby.
 */
export type FailureCode = number | 'unknownBoard' | 'turnedAway';

/** The plain words for a server close code, or null for a code this app does not know. */
export function closeReasonText(code: number): string | null {
  const name = closeCodeName(code);
  return name ? t(`connection.close.${name}` as MessageId) : null;
}

/** The plain words for a failure's code. */
export function failureText(code: FailureCode): string {
  if (code === 'unknownBoard') return t('connection.unknownBoard');
  if (code === 'turnedAway') return t('connection.turnedAway');
  return closeReasonText(code) ?? t('connection.genericFinal');
}

/** What a person locked out with changes still to send is told. */
export function lockedOutText(): string {
  return t('connection.lockedOut');
}

/** The exact words of the connection status line. */
export const CONNECTION_TEXT: Readonly<Record<Exclude<ConnectionPhase, 'failed'>, string>> = {
  get connecting() {
    return t('connection.phase.connecting');
  },
  get waiting() {
    return t('connection.phase.waiting');
  },
  get connected() {
    return t('connection.phase.connected');
  },
  get reconnecting() {
    return t('connection.phase.reconnecting');
  },
  get offline() {
    return t('connection.phase.offline');
  },
};

/** What a person the chair removed reads, once the board has left their screen. */
export function removedText(): string {
  return t('connection.removed');
}
