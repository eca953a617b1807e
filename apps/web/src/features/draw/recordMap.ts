/**
 * The drawing's records in the Y.Doc, as a map from record id to record. Someone who may change
 * the board gets a `KeyValueEditor` (it sets, deletes and tidies); anyone else, a viewer or a
 * participant on a locked board, gets a `KeyValueReader`, which never writes: the server closes a
 * read-only connection that sends any update. `release()` stops either, so when a board is locked
 * or unlocked the canvas releases one and opens the other.
 */
import type * as Y from 'yjs';
import { KeyValueEditor } from './keyValueEditor';
import { KeyValueReader, type KeyValueEntry, type KeyValueListener } from './keyValueReader';

export interface RecordMap<T> {
  get(key: string): T | undefined;
  entries(): IterableIterator<KeyValueEntry<T>>;
  on(event: 'change', listener: KeyValueListener<T>): void;
  off(event: 'change', listener: KeyValueListener<T>): void;
  /** Absent when this person may not change the board. */
  readonly writer: { set(key: string, value: T): void; delete(key: string): void } | null;
  /** Stops following the document; nothing is written after this. */
  release(): void;
}

/**
 * @param origin the transaction origin of writes, tidying included (only used when editable).
 */
export function openRecordMap<T>(yarray: Y.Array<KeyValueEntry<T>>, readOnly: boolean, origin: unknown): RecordMap<T> {
  const map = readOnly ? new KeyValueReader(yarray) : new KeyValueEditor(yarray, origin);
  return {
    get: (key) => map.get(key),
    entries: () => map.entries(),
    on: (event, listener) => map.on(event, listener),
    off: (event, listener) => map.off(event, listener),
    writer: map instanceof KeyValueEditor ? { set: (key, value) => map.set(key, value), delete: (key) => map.delete(key) } : null,
    release: () => map.destroy(),
  };
}
