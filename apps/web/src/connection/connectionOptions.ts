import type { TicketAsk, TicketResult } from '../api/ticketRequest';
import type { LockStatus } from './lockStatusRequest';

/** What a BoardConnection needs: the board, the link's secret, who is here; tests replace the requests. */
export interface BoardConnectionOptions {
  readonly boardId: string;
  readonly secret: string;
  /** The name this person gave on this device (a personal link's name, set by the chair, wins). */
  readonly name: string;
  /** Where the sync socket lives; defaults to this page's origin. */
  readonly syncUrl?: string;
  readonly requestTicket?: (boardId: string, secret: string, ask: TicketAsk) => Promise<TicketResult>;
  readonly requestLockStatus?: (boardId: string, secret: string) => Promise<LockStatus>;
}

/** The sync socket on this page's own origin. */
export function defaultSyncUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/sync`;
}
