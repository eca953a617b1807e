/**
 * WebSocket close codes the Kinboard sync server uses, shared with the web app so it can tell a
 * person why their connection ended. Codes 4400–4499 mean "do not retry with the same ticket and
 * state" (the stock y-websocket client stops reconnecting on them); 4500–4599 mean "try later".
 */
export const CloseCode = {
  /** A message could not be decoded as the y-websocket protocol. */
  malformed: 4400,
  /** The ticket was missing, wrong or expired, or the link it came from no longer works. */
  unauthorised: 4401,
  /** A viewer, or anyone but a facilitator while the board is locked, sent a change. */
  readOnly: 4403,
  /** A participant changed a part of the board only the facilitator may change (the meeting, scales, rounds, framework). */
  facilitatorOnly: 4405,
  /** The board was deleted. */
  boardGone: 4404,
  /** The facilitator removed this person from the meeting. */
  removed: 4408,
  /** One message was larger than the server accepts. */
  messageTooLarge: 4413,
  /** Accepting the change would make the board larger than the server allows. */
  boardTooLarge: 4414,
  /** Too many messages per second from one connection. */
  tooManyMessages: 4429,
  /**
   * Another connection sent a change the server could not apply whole, so the board was thrown
   * away and is reloaded from storage; reconnect at once (nothing saved is lost).
   */
  boardReloaded: 4500,
  /** The board already has as many connections as the server allows. */
  boardFull: 4503,
  /**
   * The connection was not reading what the server sent (more than the send-buffer limit was
   * waiting for it); reconnect, which starts again from what the device lacks.
   */
  notReading: 1013,
  /** The server could not read or save this board; reconnect shortly (the board is reloaded from storage). */
  storageFailure: 1011,
  /** The server is restarting; reconnect shortly. */
  serverRestarting: 1012,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Plain words for each close code, for the person whose connection ended. */
export const CLOSE_REASON_TEXT: Readonly<Record<number, string>> = {
  [CloseCode.malformed]: 'The connection sent something the server could not read.',
  [CloseCode.unauthorised]: 'This link no longer works. Ask the person running the meeting for a new one.',
  [CloseCode.readOnly]: 'You are viewing this board, so your changes cannot be saved.',
  [CloseCode.facilitatorOnly]:
    'Only the person running the meeting can change that part of the board, so your last change was not saved. Reload the page to carry on.',
  [CloseCode.boardGone]: 'This board has been deleted.',
  [CloseCode.removed]: 'The person running the meeting has removed you from this board.',
  [CloseCode.messageTooLarge]: 'That change was too large to save.',
  [CloseCode.boardTooLarge]: 'This board is full and cannot take more changes.',
  [CloseCode.tooManyMessages]: 'Too many changes arrived at once, so the connection was paused. It will reconnect in a moment.',
  [CloseCode.boardReloaded]: 'The board was reloaded on the server. Reconnecting…',
  [CloseCode.notReading]: 'The connection fell too far behind. Reconnecting…',
  [CloseCode.boardFull]: 'Too many people are connected to this board right now.',
  [CloseCode.storageFailure]:
    'The server could not save this board just now. Your latest changes are kept on this device and will be sent again when it reconnects.',
  [CloseCode.serverRestarting]: 'The server is restarting.',
};

/** True when reconnecting cannot help without the person doing something first. */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
