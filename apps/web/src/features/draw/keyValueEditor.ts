/**
 * The YKeyValue layout for someone who may change the drawing: reads like `KeyValueReader`, sets
 * and deletes keys, and tidies the array. Setting a key appends a new `{ key, val }` entry and
 * deletes the old one; when two people set a key at once, both entries arrive and the older (left)
 * one is deleted here, so a shape moved often keeps one entry.
 *
 * It does what y-utility's `YKeyValue` does, with one difference that matters: `destroy()` stops
 * it. A `YKeyValue` observes its array for as long as the document lives and writes each time it
 * tidies, so a person whose board is then locked would keep writing and be disconnected (4403).
 */
import type * as Y from 'yjs';
import { KeyValueReader, type KeyValueEntry } from './keyValueReader';

export class KeyValueEditor<T> extends KeyValueReader<T> {
  constructor(
    yarray: Y.Array<KeyValueEntry<T>>,
    private readonly origin: unknown,
  ) {
    super(yarray);
    this.tidy();
  }

  set(key: string, val: T): void {
    this.transact(() => {
      this.deleteEntries((entry) => entry.key === key);
      this.yarray.push([{ key, val }]);
    });
  }

  delete(key: string): void {
    if (!this.latest.has(key)) return;
    this.transact(() => this.deleteEntries((entry) => entry.key === key));
  }

  protected override afterChange(): void {
    this.tidy();
  }

  /** Deletes every entry that no longer counts: an older entry of a key set again later. */
  private tidy(): void {
    if (this.yarray.length === this.latest.size) return;
    const counted = new Set(this.latest.values());
    const stale = (entry: KeyValueEntry<T>) => typeof entry?.key === 'string' && !counted.has(entry);
    if (!this.yarray.toArray().some(stale)) return;
    this.transact(() => this.deleteEntries(stale));
  }

  /** Deletes matching entries from the right, so the positions still to visit stay put. */
  private deleteEntries(matches: (entry: KeyValueEntry<T>) => boolean): void {
    const entries = this.yarray.toArray();
    for (let i = entries.length - 1; i >= 0; i--) {
      if (matches(entries[i]!)) this.yarray.delete(i, 1);
    }
  }

  private transact(change: () => void): void {
    const doc = this.yarray.doc;
    if (doc) doc.transact(change, this.origin);
    else change();
  }
}
