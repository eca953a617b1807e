import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { onDocChange } from './docChanges';

describe('onDocChange', () => {
  it('hears every transaction Yjs would send as an update, local or remote, and no other', () => {
    const doc = new Y.Doc();
    const heard: unknown[] = [];
    const updates: unknown[] = [];
    const stop = onDocChange(doc, (transaction) => heard.push(transaction.origin));
    doc.on('update', (_update: Uint8Array, origin: unknown) => updates.push(origin));
    const map = doc.getMap('statements');
    doc.transact(() => map.set('a', 'words'), 'local');
    doc.transact(() => undefined, 'nothing');
    doc.transact(() => map.delete('a'), 'deleted');
    const other = new Y.Doc();
    other.getMap('statements').set('b', 'from someone else');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    // The same update again changes nothing.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'again');
    expect(heard).toEqual(['local', 'deleted', 'remote']);
    expect(heard).toEqual(updates);
    stop();
    doc.transact(() => map.set('c', 'after'), 'late');
    expect(heard).toEqual(['local', 'deleted', 'remote']);
  });
});
