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
import * as wsModule from 'ws';
import { WebSocket } from 'ws';

/** The parts of a `ws` WebSocket (8.x) this writes through. */
interface WsInternals {
  readonly _socket: Socket | null;
  readonly _sender: { readonly _state: number } | null;
}

/** `ws`'s own framing, exported at run time though not in its type declarations. */
const { Sender } = wsModule as unknown as {
  Sender: {
    frame(data: Uint8Array, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean }): Uint8Array[];
  };
};
/** A whole unmasked binary message, as a server sends one (RFC 6455 §5.2). */
const BINARY_MESSAGE = { fin: true, opcode: 0x2, mask: false, readOnly: false, rsv1: false };

/** `ws`'s sender state in which it writes each frame at once (lib/sender.js: DEFAULT). */
const SENDER_WRITES_AT_ONCE = 0;

let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;

/**
 * The complete frame carrying `message` as one binary message, header and payload in one buffer
 * (the header as `ws` builds it). The frame of the message sent last is kept, so a broadcast
 * builds it once; a message must not change once handed to a socket (as with `ws.send`, which
 * does not copy it either).
 */
export function binaryFrame(message: Uint8Array): Buffer {
  if (message === lastMessage && lastFrame) return lastFrame;
  lastFrame = Buffer.concat(Sender.frame(message, BINARY_MESSAGE));
  lastMessage = message;
  return lastFrame;
}

/** The socket beneath `ws`, when `ws` would write a frame there straight away; otherwise null. */
function straightThrough(ws: WebSocket): Socket | null {
  const { _socket: socket, _sender: sender } = ws as unknown as WsInternals;
  return ws.readyState === WebSocket.OPEN && sender !== null && sender._state === SENDER_WRITES_AT_ONCE ? socket : null;
}

/** True when `ws` would write a frame to its socket straight away, so one may be written there instead. */
export function writesStraightThrough(ws: WebSocket): boolean {
  return straightThrough(ws) !== null;
}

/** Sends `message` as one binary message, through the shared frame when `ws` allows it. */
export function sendBinary(ws: WebSocket, message: Uint8Array): void {
  const socket = straightThrough(ws);
  if (socket) socket.write(binaryFrame(message));
  else ws.send(message, { binary: true });
}
