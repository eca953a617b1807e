// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { sendOnlyLocalChanges } from './localSender';

let provider: WebsocketProvider | null = null;
afterEach(() => provider?.destroy());

/** A provider that is never connected, whose sender records what it would send. */
function recordingProvider(doc: Y.Doc): { sent: unknown[]; provider: WebsocketProvider } {
  const made = new WebsocketProvider('ws://127.0.0.1:9', 'local-sender-test', doc, { connect: false, disableBc: true });
  const sent: unknown[] = [];
  // What a server would have, from what this device sent.
  const received = new Y.Doc();
  doc.off('update', made._updateHandler);
  made._updateHandler = (update: Uint8Array, origin: unknown) => {
    if (origin === made) return;
    Y.applyUpdate(received, update);
    sent.push([origin, received.getMap('statements').toJSON()]);
  };
  doc.on('update', made._updateHandler);
  provider = made;
  return { sent, provider: made };
}

describe('sendOnlyLocalChanges', () => {
  it('still sends every change made on this device, one made while applying the server’s included', () => {
    const doc = new Y.Doc();
    const { sent, provider: made } = recordingProvider(doc);
    sendOnlyLocalChanges(doc, made);
    const statements = doc.getMap<string>('statements');
    doc.transact(() => statements.set('mine', 'typed here'), 'local');
    // Someone's change arrives; this device answers it at once (as an observer might).
    statements.observe((event) => {
      if (event.transaction.origin === made && !statements.has('answer')) statements.set('answer', 'seen');
    });
    const server = new Y.Doc();
    server.getMap<string>('statements').set('theirs', 'from the server');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), made);
    doc.transact(() => statements.set('mine', 'typed again'), 'local');
    expect(sent).toEqual([
      ['local', { mine: 'typed here' }],
      [null, { mine: 'typed here', answer: 'seen' }],
      ['local', { mine: 'typed again', answer: 'seen' }],
    ]);
  });

  it('does not encode what the server sends: no update listener while it is applied', () => {
    const doc = new Y.Doc();
    const { provider: made } = recordingProvider(doc);
    sendOnlyLocalChanges(doc, made);
    const heard: unknown[] = [];
    // Any 'update' listener would make Yjs encode the transaction; this one only looks.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      heard.push([
        transaction.origin === made ? 'server' : transaction.origin,
        (doc as unknown as { _observers: Map<string, unknown> })._observers.has('update'),
      ]);
    });
    const server = new Y.Doc();
    server.getMap<string>('statements').set('theirs', 'the whole board');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), made);
    doc.transact(() => doc.getMap<string>('statements').set('mine', 'typed here'), 'local');
    expect(heard).toEqual([
      ['server', false],
      ['local', true],
    ]);
  });

  it('stops: nothing is sent once undone', () => {
    const doc = new Y.Doc();
    const { sent, provider: made } = recordingProvider(doc);
    const stop = sendOnlyLocalChanges(doc, made);
    stop();
    doc.transact(() => doc.getMap<string>('statements').set('mine', 'after the end'), 'local');
    expect(sent).toEqual([]);
  });
});
