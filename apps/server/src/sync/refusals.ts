/**
 * Why the room stops handling a message: a rule the message broke, which closes that connection
 * with a documented code [L1][R1][R3], or a storage failure, which has already closed the board [S1].
 */
import { CloseCode } from '@kinboard/model';

/**
 * Thrown out of a message's handling once storage has failed and the room has closed every
 * connection ([S1]); it stops the handling and must not be reported again.
 */
export class StorageFailed extends Error {
  constructor() {
    super('storage failed');
  }
}

/** Thrown when a message breaks a rule; carries the close code for that connection. */
export class ConnectionRefused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** The short close reason sent with `code` (the web app shows its own words for each code). */
export function reasonText(code: number): string {
  switch (code) {
    case CloseCode.messageTooLarge:
      return 'message too large';
    case CloseCode.tooManyMessages:
      return 'too many messages';
    case CloseCode.readOnly:
      return 'read-only';
    case CloseCode.facilitatorOnly:
      return 'facilitator only';
    case CloseCode.boardTooLarge:
      return 'board too large';
    default:
      return 'malformed message';
  }
}
