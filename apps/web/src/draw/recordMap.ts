/**
 * The drawing's records in the Y.Doc, as a map from record id to record. People who can edit get
 * y-utility's YKeyValue (one entry per key; it removes the older entry when two people set a key at
 * once); viewers get a reader that never writes.
 */
import type * as Y from 'yjs';
import { YKeyValue } from 'y-utility/y-keyvalue';
import { KeyValueReader, type KeyValueEntry, type KeyValueListener } from './keyValueReader';

export interface RecordMap<T> {
  get(key: string): T | undefined;
  entries(): IterableIterator<KeyValueEntry<T>>;
  on(event: 'change', listener: KeyValueListener<T>): void;
  off(event: 'change', listener: KeyValueListener<T>): void;
  /** Absent for viewers. */
  readonly writer: { set(key: string, value: T): void; delete(key: string): void } | null;
  release(): void;
}

/**
 * One YKeyValue per array for the life of the document: it observes the array for good and tidies
 * it, and two of them on one array would tidy the same entries twice.
 */
const keyValues = new WeakMap<Y.Array<KeyValueEntry<unknown>>, YKeyValue<unknown>>();

function sharedKeyValue<T>(yarray: Y.Array<KeyValueEntry<T>>): YKeyValue<T> {
  const key = yarray as Y.Array<KeyValueEntry<unknown>>;
  let kv = keyValues.get(key);
  if (!kv) {
    kv = new YKeyValue<unknown>(key);
    keyValues.set(key, kv);
  }
  return kv as YKeyValue<T>;
}

export function openRecordMap<T>(yarray: Y.Array<KeyValueEntry<T>>, readOnly: boolean): RecordMap<T> {
  if (readOnly) {
    const reader = new KeyValueReader(yarray);
    return {
      get: (key) => reader.get(key),
      entries: () => reader.entries(),
      on: (event, listener) => reader.on(event, listener),
      off: (event, listener) => reader.off(event, listener),
      writer: null,
      release: () => reader.destroy(),
    };
  }
  const kv = sharedKeyValue(yarray);
  const attached = new Set<KeyValueListener<T>>();
  return {
    get: (key) => kv.get(key),
    entries: () => kv.map.values(),
    on: (event, listener) => {
      attached.add(listener);
      kv.on(event, listener);
    },
    off: (event, listener) => {
      attached.delete(listener);
      kv.off(event, listener);
    },
    writer: { set: (key, value) => kv.set(key, value), delete: (key) => kv.delete(key) },
    release: () => {
      for (const listener of attached) kv.off('change', listener);
      attached.clear();
    },
  };
}
