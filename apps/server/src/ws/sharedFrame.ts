/**
 * One WebSocket frame for a message that goes to many sockets [P10].
 *
 * `ws` frames every send on its own: an options object, a header buffer, and two writes corked
 * into one. A room sends the same update to everyone on the board, so the frame (a server's frames
 * are never masked, so it is the same bytes for every socket) is built once and written to each
 * socket's stream as one buffer. That halves the time a broadcast takes per person, which is what
 * the last person in a big meeting waits for.
 *
 * `ws` keeps no public way to write a prepared frame, so this writes to the socket beneath it,
 * and only when `ws` itself would write straight there: the socket is open and its sender is not
 * holding frames back (it does while compressing, which is off here, or while reading a Blob,
 * which is never sent here). Otherwise the message goes through `ws.send` as usual. Frames written
 * either way go onto the same stream in the order they were sent, and count in `bufferedAmount`.
 * sharedFrame.test.ts fails if a new `ws` moves what this relies on.
 */
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';

/** The parts of a `ws` WebSocket (8.x) this writes through. */
interface WsInternals {
  readonly _socket: Socket | null;
  readonly _sender: { readonly _state: number } | null;
}

/** `ws`'s sender state in which it writes each frame at once (lib/sender.js: DEFAULT). */
const SENDER_WRITES_AT_ONCE = 0;

let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;

/**
 * The complete frame carrying `message` as one binary message: FIN and the binary opcode, the
 * length in 7, 16 or 64 bits, no mask (RFC 6455 §5.2). The frame of the message sent last is kept,
 * so a broadcast builds it once; a message must not change once handed to a socket (as with
 * `ws.send`, which does not copy it either).
 */
export function binaryFrame(message: Uint8Array): Buffer {
  if (message === lastMessage && lastFrame) return lastFrame;
  const length = message.byteLength;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(message, header);
  lastMessage = message;
  lastFrame = frame;
  return frame;
}

/** True when `ws` would write a frame to its socket straight away, so one may be written there instead. */
export function writesStraightThrough(ws: WebSocket): boolean {
  const { _socket: socket, _sender: sender } = ws as unknown as WsInternals;
  return ws.readyState === WebSocket.OPEN && socket !== null && sender !== null && sender._state === SENDER_WRITES_AT_ONCE;
}

/** Sends `message` as one binary message, through the shared frame when `ws` allows it. */
export function sendBinary(ws: WebSocket, message: Uint8Array): void {
  if (writesStraightThrough(ws)) (ws as unknown as WsInternals)._socket!.write(binaryFrame(message));
  else ws.send(message, { binary: true });
}
