import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_PLACE_LENGTH, Placer } from './placement';

function newItems(update: Uint8Array): { placer: Placer; items: Y.Item[] } {
  const decoded = Y.decodeUpdate(update);
  return { placer: new Placer(new Y.Doc(), decoded.structs), items: decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item) };
}

describe('placement [L5][L3]', () => {
  it('places a paragraph typed backwards offline (20 000 items, each placed by the next) without overflowing the stack', () => {
    const doc = new Y.Doc();
    const text = doc.getMap('statements').set('s1', new Y.Text());
    for (let i = 0; i < 20_000; i++) text.insert(0, 'a');
    const { placer, items } = newItems(Y.encodeStateAsUpdate(doc));
    expect(items.length).toBeGreaterThan(1000);
    for (const item of items) expect(placer.ofNewItem(item)).not.toBe('missing');
    expect(placer.ofNewItem(items.at(-1)!)).toEqual(['statements', 's1', '#']);
  });

  it('reports maps nested past MAX_PLACE_LENGTH as tooDeep, however deep they go', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      let map = doc.getMap('statements');
      for (let i = 0; i < 5000; i++) {
        const inner = new Y.Map<unknown>();
        map.set('k', inner);
        map = inner;
      }
    });
    const { placer, items } = newItems(Y.encodeStateAsUpdate(doc));
    const places = items.map((item) => placer.ofNewItem(item));
    expect(places.slice(0, MAX_PLACE_LENGTH - 1).every(Array.isArray)).toBe(true);
    expect(places.at(-1)).toBe('tooDeep');
  });

  it('says missing for an item whose neighbour neither the board nor the update has', () => {
    const doc = new Y.Doc();
    const text = doc.getMap('statements').set('s1', new Y.Text('abc'));
    const before = Y.encodeStateVector(doc);
    text.insert(3, 'd');
    const { placer, items } = newItems(Y.encodeStateAsUpdate(doc, before));
    expect(placer.ofNewItem(items[0]!)).toBe('missing');
  });
});
