/**
 * What the connection does after the server closes its socket. The server's 4400–4499 codes
 * mean "not as you are", which is not always "never": a participant refused with 4403 has been
 * locked out by the facilitator, and their changes can go in once the board is unlocked; 4429
 * asks for a pause, not a goodbye.
 */
import { CloseCode, isFinalClose } from '@kinboard/model';
import type { Role } from '../api/roles';

export type CloseOutcome =
  /** Stop for good and say why. */
  | 'final'
  /** Ask the server whether the board is locked; wait for it to be unlocked, then reconnect. */
  | 'waitForUnlock'
  /** Reconnect after a longer pause than usual. */
  | 'slowDown'
  /** Reconnect with the usual back-off (network trouble, restarts, a full board). */
  | 'retry';

export function closeOutcome(code: number, role: Role | null): CloseOutcome {
  // A viewer's change is refused whatever the lock says: waiting cannot help.
  if (code === CloseCode.readOnly) return role === 'viewer' ? 'final' : 'waitForUnlock';
  if (code === CloseCode.tooManyMessages) return 'slowDown';
  return isFinalClose(code) ? 'final' : 'retry';
}
