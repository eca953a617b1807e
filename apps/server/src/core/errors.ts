/** Errors the core raises for a caller to turn into a response. */
export const ServiceErrorCode = {
  invalidRequest: 'invalid_request',
  boardNotFound: 'board_not_found',
  wrongSecret: 'wrong_secret',
  linkExpired: 'link_expired',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  /** The chair turned a newcomer away at the lobby. */
  refused: 'refused',
  /** Too many newcomers are waiting in a board's lobby. */
  lobbyFull: 'lobby_full',
  /** The process serving the board did not take or answer a handed-over action in time (MP6). */
  busy: 'busy',
} as const;
export type ServiceErrorCode = (typeof ServiceErrorCode)[keyof typeof ServiceErrorCode];

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
