import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { addStatement, readBoard } from '@kinboard/model';
import { TestServer, rawSocket, waitFor } from '../test/harness';
import { binaryFrame, sendBinary, writesStraightThrough } from './sharedFrame';

/** The header RFC 6455 §5.2 gives an unmasked, final, binary frame carrying `length` bytes. */
function rfcHeader(length: number): number[] {
  if (length < 126) return [0x82, length];
  if (length < 65_536) return [0x82, 126, length >> 8, length & 0xff];
  const big = [0, 0, 0, 0, 0, 0, 0, 0].map((_, i) => Math.floor(length / 2 ** (8 * (7 - i))) & 0xff);
  return [0x82, 127, ...big];
}

describe('[P10] a broadcast is framed once and written to every socket as it is', () => {
  it('frames a message byte for byte as the protocol says, on both sides of every length boundary', () => {
    for (const length of [0, 1, 125, 126, 127, 65_535, 65_536, 70_000]) {
      const message = new Uint8Array(randomBytes(length));
      const expected = Buffer.concat([Buffer.from(rfcHeader(length)), message]);
      expect(binaryFrame(message).equals(expected), `${length} bytes`).toBe(true);
    }
  });

  it('frames a new message anew, even one of the same length sent right after another', () => {
    const first = new Uint8Array([1, 2, 3]);
    const second = new Uint8Array([4, 5, 6]);
    expect([...binaryFrame(first)]).toEqual([0x82, 3, 1, 2, 3]);
    expect([...binaryFrame(second)]).toEqual([0x82, 3, 4, 5, 6]);
  });

  describe('on a real socket', () => {
    let wss: WebSocketServer | null = null;
    afterEach(() => new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve())));

    it('writes straight to the socket only while it is open, and the other side reads each message whole', async () => {
      wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
      await new Promise((resolve) => wss!.once('listening', resolve));
      const accepted = new Promise<WebSocket>((resolve) => wss!.once('connection', resolve));
      const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
      const received: Buffer[] = [];
      client.on('message', (data: Buffer, isBinary: boolean) => isBinary && received.push(data));
      const server = await accepted;
      // If a new `ws` moved what this relies on, every send would quietly take the slow way.
      expect(writesStraightThrough(server)).toBe(true);
      const messages = [0, 125, 126, 65_536].map((length) => new Uint8Array(randomBytes(length)));
      for (const message of messages) sendBinary(server, message);
      await waitFor(() => received.length === messages.length);
      expect(received.map((data, i) => data.equals(messages[i]!))).toEqual([true, true, true, true]);
      const closed = new Promise((resolve) => client.once('close', resolve));
      server.close(1000, 'done');
      expect(writesStraightThrough(server)).toBe(false);
      // A send after close goes the way ws handles it: nothing written, nothing thrown.
      expect(() => sendBinary(server, new Uint8Array([1]))).not.toThrow();
      await closed;
      expect(received).toHaveLength(messages.length);
    });
  });

  describe('through the board server, with stock clients', () => {
    let server: TestServer;
    afterEach(async () => {
      await server.cleanup();
    });

    it('[attack] everyone gets every update whole while one reader vanishes mid-broadcast without closing', async () => {
      server = await new TestServer().start();
      const board = await server.createBoard('Frames family');
      const writer = await (await server.connect(board, 'participant')).synced();
      const readers = await Promise.all([0, 1].map(async () => (await server.connect(board, 'participant')).synced()));
      const vanishing = await rawSocket(`ws://127.0.0.1:${server.port}/sync/${board.id}?ticket=${await server.ticket(board, 'viewer')}`);
      const author = { id: 'p1', name: 'Sam' };
      // Updates of every frame size: small, 16-bit and 64-bit lengths (a paste of 20 long statements).
      const sizes = [1, 200, 4_000, 5_000];
      for (const size of sizes) addStatement(writer.doc, { section: 'worries', text: 'w'.repeat(size), author });
      Y.transact(writer.doc, () => {
        for (let i = 0; i < 20; i++) addStatement(writer.doc, { section: 'worries', text: `${i}`.padEnd(5_000, 'x'), author });
      });
      // Gone without a close frame, while the broadcasts are on their way to it.
      (vanishing.ws as unknown as { _socket: { destroy(): void } })._socket.destroy();
      addStatement(writer.doc, { section: 'worries', text: 'written after one reader vanished', author });
      const count = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements).length;
      for (const reader of readers) {
        await waitFor(() => count(reader.doc) === sizes.length + 21, 5000, 'every statement');
        expect(readBoard(reader.doc)).toEqual(readBoard(writer.doc));
        expect(reader.closes).toEqual([]);
      }
      const late = await (await server.connect(board, 'participant')).synced();
      expect(count(late.doc)).toBe(sizes.length + 21);
      for (const client of [writer, ...readers, late]) client.destroy();
    });
  });
});
