/**
 * The least a transport must offer the sync core. A room never knows which socket library
 * carried a message: the ws adapter (ws/syncUpgrade.ts) wraps a `ws` WebSocket in this shape,
 * and tests can wrap anything else.
 */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet sent; used to drop peers that stop reading. */
  readonly bufferedAmount: number;
  /** False once the socket is closing or closed. */
  readonly isOpen: boolean;
}
