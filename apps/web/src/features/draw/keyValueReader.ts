/**
 * A read-only view of a YKeyValue layout (`Y.Array<{ key, val }>`, the rightmost entry of a key
 * wins) that fires the same `change` events as y-utility's `YKeyValue` but never writes.
 *
 * YKeyValue tidies the array as it reads it: it deletes the older of two entries for one key, which
 * is a change to the document. Someone who may not change the board (a viewer, or anyone while it is
 * locked) must not write at all (the server closes their socket with 4403 on any update), so they
 * read through this and leave the tidying to `KeyValueEditor`s.
 */
import type * as Y from 'yjs';

export interface KeyValueEntry<T> {
  readonly key: string;
  readonly val: T;
}

export type KeyValueChange<T> =
  | { readonly action: 'add'; readonly newValue: T }
  | { readonly action: 'update'; readonly oldValue: T; readonly newValue: T }
  | { readonly action: 'delete'; readonly oldValue: T };

export type KeyValueListener<T> = (changes: Map<string, KeyValueChange<T>>, transaction: Y.Transaction) => void;

/** The entry that counts for each key: the rightmost one. */
export function latestEntries<T>(yarray: Y.Array<KeyValueEntry<T>>): Map<string, KeyValueEntry<T>> {
  const latest = new Map<string, KeyValueEntry<T>>();
  const entries = yarray.toArray();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry && typeof entry.key === 'string' && !latest.has(entry.key)) latest.set(entry.key, entry);
  }
  return latest;
}

export class KeyValueReader<T> {
  protected latest: Map<string, KeyValueEntry<T>>;
  private readonly listeners = new Set<KeyValueListener<T>>();

  constructor(protected readonly yarray: Y.Array<KeyValueEntry<T>>) {
    this.latest = latestEntries(yarray);
    yarray.observe(this.onArrayChange);
  }

  get(key: string): T | undefined {
    return this.latest.get(key)?.val;
  }

  entries(): IterableIterator<KeyValueEntry<T>> {
    return this.latest.values();
  }

  on(_event: 'change', listener: KeyValueListener<T>): void {
    this.listeners.add(listener);
  }

  off(_event: 'change', listener: KeyValueListener<T>): void {
    this.listeners.delete(listener);
  }

  destroy(): void {
    this.yarray.unobserve(this.onArrayChange);
    this.listeners.clear();
  }

  private readonly onArrayChange = (_event: Y.YArrayEvent<KeyValueEntry<T>>, transaction: Y.Transaction): void => {
    const next = latestEntries(this.yarray);
    const changes = new Map<string, KeyValueChange<T>>();
    for (const [key, entry] of next) {
      const before = this.latest.get(key);
      if (!before) changes.set(key, { action: 'add', newValue: entry.val });
      else if (before !== entry) changes.set(key, { action: 'update', oldValue: before.val, newValue: entry.val });
    }
    for (const [key, entry] of this.latest) {
      if (!next.has(key)) changes.set(key, { action: 'delete', oldValue: entry.val });
    }
    this.latest = next;
    this.afterChange();
    if (changes.size === 0) return;
    for (const listener of this.listeners) listener(changes, transaction);
  };

  /** Called after each change to the array, before listeners hear of it. A reader does nothing. */
  protected afterChange(): void {}
}
