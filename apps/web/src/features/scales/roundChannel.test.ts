import { describe, expect, it } from 'vitest';
import { MESSAGE_ROUND, encodeRoundMessage, readRoundMessageText, type RoundReply } from '@kinboard/model';
import { createRoundChannel, type MessageDecoder, type RoundTransport } from './roundChannel';

function fakeTransport() {
  const sent: Uint8Array[] = [];
  const handlers = new Map<number, (decoder: MessageDecoder) => void>();
  const transport: RoundTransport = {
    send: (bytes) => sent.push(bytes),
    onMessage(type, handler) {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
  };
  /** Delivers a message as y-websocket does: the type is read, the rest goes to the handler. */
  const deliver = (bytes: Uint8Array) => {
    // The type fits one byte (101 < 128); lib0's decoder is a plain { arr, pos } cursor.
    handlers.get(bytes[0]!)?.({ arr: bytes, pos: 1 } as unknown as MessageDecoder);
  };
  return { transport, sent, handlers, deliver };
}

describe('round channel', () => {
  it('sends requests as type-101 messages', () => {
    const { transport, sent } = fakeTransport();
    const channel = createRoundChannel(transport);
    channel.send({ op: 'reveal', round: 'r_1' });
    expect(sent[0]![0]).toBe(MESSAGE_ROUND);
    const text = readRoundMessageText({ arr: sent[0]!, pos: 1 } as unknown as MessageDecoder);
    expect(JSON.parse(text)).toEqual({ op: 'reveal', round: 'r_1' });
  });

  it("passes the server's replies to every listener until closed", () => {
    const { transport, deliver, handlers } = fakeTransport();
    const channel = createRoundChannel(transport);
    const heard: RoundReply[] = [];
    channel.onReply((reply) => heard.push(reply));
    deliver(encodeRoundMessage({ op: 'held', round: 'r_1', key: 'p:a' }));
    deliver(encodeRoundMessage({ op: 'refused', round: 'r_1', message: 'No' }));
    expect(heard.map((r) => r.op)).toEqual(['held', 'refused']);
    channel.close();
    expect(handlers.size).toBe(0);
  });
});
