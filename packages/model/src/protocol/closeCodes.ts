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

/** The name of a close code (`boardGone` for 4404), or null: the web app words each name as a message. */
export function closeCodeName(code: number): keyof typeof CloseCode | null {
  const entry = Object.entries(CloseCode).find(([, value]) => value === code);
  return entry ? (entry[0] as keyof typeof CloseCode) : null;
}

/** True when reconnecting cannot help without the person doing something first. */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
