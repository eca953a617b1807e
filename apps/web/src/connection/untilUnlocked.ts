/**
 * While a device is locked out (4403 on a board the chair locked, not a viewer), asks about the
 * lock with back-off until it is lifted, the device goes offline, or the board or link is gone.
 */
import { CloseCode } from '@kinboard/model';
import { backoffDelay, wait } from '../lib/backoff';
import type { FailureCode } from './connectionState';
import type { LockStatus } from './lockStatusRequest';

/** The lock is asked about from about 1 s apart, doubling to 8 s. */
const LOCK_POLL = { baseMs: 1000, maxMs: 8000 } as const;

/** `unlocked` (reconnect), `offline` (wait for the network), a final failure's code, or null when stopped. */
export type UnlockOutcome = 'unlocked' | 'offline' | FailureCode | null;

export async function untilUnlocked(ask: () => Promise<LockStatus>, signal: AbortSignal, isOffline: () => boolean): Promise<UnlockOutcome> {
  let attempt = 0;
  while (!signal.aborted) {
    if (isOffline()) return 'offline';
    const status = await ask();
    if (signal.aborted) return null;
    if (status.kind === 'gone') return CloseCode.boardGone;
    if (status.kind === 'refused') return CloseCode.unauthorised;
    if (status.kind === 'status' && status.role === 'viewer') return CloseCode.readOnly;
    if (status.kind === 'status' && (!status.locked || status.role === 'facilitator')) return 'unlocked';
    try {
      await wait(backoffDelay(attempt++, LOCK_POLL), signal);
    } catch {
      return null;
    }
  }
  return null;
}
