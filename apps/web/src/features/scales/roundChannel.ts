/**
 * The client's half of blind rounds (model: protocol/roundMessage.ts, server: SPEC.md B1–B5).
 *
 * In a blind round a person's number never enters the shared document before the reveal, so it
 * travels over the board's socket as a type-101 message to the server alone:
 *
 *   this client → server   answer | retract | reveal
 *   server → this client   held | retracted | revealed | refused   (only to the connection that asked)
 *
 * The channel takes a minimal transport rather than the y-websocket provider, so it can be tested
 * with a fake and never knows which socket carries it.
 */
import {
  MESSAGE_ROUND,
  encodeRoundMessage,
  parseRoundReply,
  readRoundMessageText,
  type RoundReply,
  type RoundRequest,
} from '@kinboard/model';

/** The body of an incoming message after its type, as lib0 reads it. */
export type MessageDecoder = Parameters<typeof readRoundMessageText>[0];

/** What the channel needs from a connection: send bytes, and hear messages of one type. */
export interface RoundTransport {
  /** Sends a whole encoded message; dropped (not queued) while the socket is closed. */
  send(bytes: Uint8Array): void;
  /** Calls `handler` with each incoming message of `type`; returns a function that stops it. */
  onMessage(type: number, handler: (decoder: MessageDecoder) => void): () => void;
}

export interface RoundChannel {
  send(request: RoundRequest): void;
  /** Hears every reply the server sends this connection; returns a function that stops it. */
  onReply(listener: (reply: RoundReply) => void): () => void;
  close(): void;
}

export function createRoundChannel(transport: RoundTransport): RoundChannel {
  const listeners = new Set<(reply: RoundReply) => void>();
  const stop = transport.onMessage(MESSAGE_ROUND, (decoder) => {
    const reply = parseRoundReply(readRoundMessageText(decoder));
    if (!reply) return;
    for (const listener of listeners) listener(reply);
  });
  return {
    send: (request) => transport.send(encodeRoundMessage(request)),
    onReply(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      stop();
    },
  };
}
