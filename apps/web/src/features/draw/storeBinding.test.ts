import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  PageRecordType,
  type TLGeoShape,
  type TLRecord,
  type TLStore,
} from 'tldraw';
import { bindStoreToDoc } from './storeBinding';
import { drawRecordsArray } from '@kinboard/model';

const PAGE = PageRecordType.create({ id: PageRecordType.createId('network-map'), name: 'Network map', index: 'a1' as never });

function newStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
}

/** Two documents joined by a deterministic in-memory wire that can be paused. */
function connectedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  let paused = false;
  const queued: Array<() => void> = [];
  const wire = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'wire') return;
      const deliver = () => Y.applyUpdate(to, update, 'wire');
      if (paused) queued.push(deliver);
      else deliver();
    });
  wire(a, b);
  wire(b, a);
  return {
    a,
    b,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      while (queued.length > 0) queued.shift()!();
    },
  };
}

function box(id: string, x: number): TLGeoShape {
  return {
    id: createShapeId(id),
    typeName: 'shape',
    type: 'geo',
    parentId: PAGE.id,
    index: 'a1' as never,
    x,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: new (defaultShapeUtils.find((u) => u.type === 'geo')!)(null as never).getDefaultProps() as never,
  } as unknown as TLGeoShape;
}

function shapesOf(store: TLStore): Array<Pick<TLGeoShape, 'id' | 'x'>> {
  return store
    .allRecords()
    .filter((r): r is TLGeoShape => r.typeName === 'shape')
    .map(({ id, x }) => ({ id, x }))
    .sort((p, q) => p.id.localeCompare(q.id));
}

/** The document's records, less the default page a store makes for itself when it has no page yet. */
function documentRecords(store: TLStore): TLRecord[] {
  return store
    .allRecords()
    .filter((r) => store.schema.types[r.typeName]?.scope === 'document' && r.id !== 'page:page')
    .sort((p, q) => p.id.localeCompare(q.id));
}

describe('bindStoreToDoc', () => {
  it("sends a person's shapes to another store and back", () => {
    const { a, b } = connectedDocs();
    const storeA = newStore();
    const storeB = newStore();
    bindStoreToDoc(storeA, a, { readOnly: false });
    bindStoreToDoc(storeB, b, { readOnly: false });

    storeA.put([PAGE, box('mum', 10)]);
    expect(shapesOf(storeB)).toEqual([{ id: createShapeId('mum'), x: 10 }]);
    storeB.update(createShapeId('mum'), (shape) => ({ ...shape, x: 40 }));
    expect(shapesOf(storeA)).toEqual([{ id: createShapeId('mum'), x: 40 }]);
  });

  it('converges when two stores edit the same and different shapes at once', () => {
    const { a, b, pause, resume } = connectedDocs();
    const storeA = newStore();
    const storeB = newStore();
    bindStoreToDoc(storeA, a, { readOnly: false });
    bindStoreToDoc(storeB, b, { readOnly: false });
    storeA.put([PAGE, box('mum', 0), box('dad', 0)]);

    pause();
    storeA.update(createShapeId('mum'), (shape) => ({ ...shape, x: 100 }));
    storeB.update(createShapeId('mum'), (shape) => ({ ...shape, x: 200 }));
    storeA.put([box('nan', 5)]);
    storeB.put([box('school', 7)]);
    for (let i = 0; i < 20; i++) storeB.update(createShapeId('dad'), (shape) => ({ ...shape, x: i }));
    resume();

    expect(shapesOf(storeA)).toEqual(shapesOf(storeB));
    expect(shapesOf(storeA).map((s) => s.id)).toEqual(['dad', 'mum', 'nan', 'school'].map((id) => createShapeId(id)).sort());
    expect([100, 200]).toContain(storeA.get(createShapeId('mum'))!.x);
    expect(storeA.get(createShapeId('dad'))!.x).toBe(19);
    // One entry per record: moving a shape twenty times leaves one entry, not twenty.
    const keys = drawRecordsArray(a)
      .toArray()
      .map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(drawRecordsArray(a).toArray()).toEqual(drawRecordsArray(b).toArray());
  });

  it('propagates deletions, including one made while the other store was editing', () => {
    const { a, b, pause, resume } = connectedDocs();
    const storeA = newStore();
    const storeB = newStore();
    bindStoreToDoc(storeA, a, { readOnly: false });
    bindStoreToDoc(storeB, b, { readOnly: false });
    storeA.put([PAGE, box('mum', 0), box('dad', 0)]);

    storeB.remove([createShapeId('dad')]);
    expect(shapesOf(storeA).map((s) => s.id)).toEqual([createShapeId('mum')]);

    pause();
    storeA.remove([createShapeId('mum')]);
    storeB.put([box('nan', 1)]);
    resume();
    expect(shapesOf(storeA)).toEqual([{ id: createShapeId('nan'), x: 1 }]);
    expect(shapesOf(storeB)).toEqual(shapesOf(storeA));
  });

  it('restores the same records in a new store from the saved document', () => {
    const doc = new Y.Doc();
    const store = newStore();
    const unbind = bindStoreToDoc(store, doc, { readOnly: false });
    store.put([PAGE, box('mum', 3), box('dad', 9)]);
    store.update(createShapeId('dad'), (shape) => ({ ...shape, x: 12 }));
    store.remove([createShapeId('mum')]);
    unbind();

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    const fresh = newStore();
    bindStoreToDoc(fresh, reloaded, { readOnly: true });
    expect(documentRecords(fresh)).toEqual(documentRecords(store));
  });

  it('never writes to the document for a viewer, even when the store changes', () => {
    const { a, b } = connectedDocs();
    const editor = newStore();
    const viewer = newStore();
    bindStoreToDoc(editor, a, { readOnly: false });
    bindStoreToDoc(viewer, b, { readOnly: true });
    const viewerWrites: unknown[] = [];
    b.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== 'wire') viewerWrites.push(origin);
    });

    editor.put([PAGE, box('mum', 0)]);
    editor.update(createShapeId('mum'), (shape) => ({ ...shape, x: 5 }));
    viewer.put([box('scribble', 1)]);
    expect(shapesOf(viewer)).toContainEqual({ id: createShapeId('mum'), x: 5 });
    expect(shapesOf(editor)).not.toContainEqual(expect.objectContaining({ id: createShapeId('scribble') }));
    expect(viewerWrites).toEqual([]);
  });

  it('never writes for a read-only binding when two people set the same shape at once, even after it could edit', () => {
    // Two editors, each on their own device, who move the same shape while apart; then a third
    // device (read-only, as when the board is locked) receives both moves.
    const first = new Y.Doc();
    const firstStore = newStore();
    bindStoreToDoc(firstStore, first, { readOnly: false });
    firstStore.put([PAGE, box('mum', 0)]);
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const secondStore = newStore();
    bindStoreToDoc(secondStore, second, { readOnly: false });

    const locked = new Y.Doc();
    Y.applyUpdate(locked, Y.encodeStateAsUpdate(first), 'wire');
    const lockedStore = newStore();
    // The person could edit until the board was locked; their canvas then reopened read-only.
    const unbindEditable = bindStoreToDoc(lockedStore, locked, { readOnly: false });
    unbindEditable();
    const readOnlyStore = newStore();
    bindStoreToDoc(readOnlyStore, locked, { readOnly: true });
    const localUpdates: unknown[] = [];
    locked.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== 'wire') localUpdates.push(origin);
    });

    firstStore.update(createShapeId('mum'), (shape) => ({ ...shape, x: 100 }));
    secondStore.update(createShapeId('mum'), (shape) => ({ ...shape, x: 200 }));
    Y.applyUpdate(locked, Y.encodeStateAsUpdate(first, Y.encodeStateVector(locked)), 'wire');
    Y.applyUpdate(locked, Y.encodeStateAsUpdate(second, Y.encodeStateVector(locked)), 'wire');

    const entries = drawRecordsArray(locked)
      .toArray()
      .filter((entry) => entry.key === createShapeId('mum'));
    expect(entries).toHaveLength(2);
    expect(localUpdates).toEqual([]);
    // It still shows the move that counts: the rightmost entry, as every editor will keep it.
    expect(readOnlyStore.get(createShapeId('mum'))!.x).toBe((entries[1]!.val as TLGeoShape).x);
  });

  it('tidies the duplicate an editor receives after two people set the same shape at once', () => {
    const { a, b, pause, resume } = connectedDocs();
    const storeA = newStore();
    const storeB = newStore();
    bindStoreToDoc(storeA, a, { readOnly: false });
    bindStoreToDoc(storeB, b, { readOnly: false });
    storeA.put([PAGE, box('mum', 0)]);
    pause();
    storeA.update(createShapeId('mum'), (shape) => ({ ...shape, x: 100 }));
    storeB.update(createShapeId('mum'), (shape) => ({ ...shape, x: 200 }));
    resume();
    for (const doc of [a, b]) {
      expect(
        drawRecordsArray(doc)
          .toArray()
          .filter((entry) => entry.key === createShapeId('mum')),
      ).toHaveLength(1);
    }
    expect(storeA.get(createShapeId('mum'))!.x).toBe(storeB.get(createShapeId('mum'))!.x);
  });

  it('skips a record the store cannot read and keeps the rest', () => {
    const doc = new Y.Doc();
    const writer = newStore();
    bindStoreToDoc(writer, doc, { readOnly: false });
    writer.put([PAGE, box('mum', 0)]);
    doc.transact(() =>
      drawRecordsArray(doc).push([{ key: 'shape:broken', val: { id: 'shape:broken', typeName: 'shape', type: 'nonsense' } }]),
    );

    const bad: string[] = [];
    const reader = newStore();
    bindStoreToDoc(reader, doc, { readOnly: true, onBadRecord: (id) => bad.push(id) });
    expect(shapesOf(reader).map((s) => s.id)).toEqual([createShapeId('mum')]);
    expect(bad).toEqual(['shape:broken']);
  });
});
