/**
 * Keeps a tldraw store and a board's Y.Doc in step.
 *
 * The document holds the drawing's document-scope records (document, pages, shapes, bindings,
 * assets) in a YKeyValue layout keyed by record id (`ROOT.drawRecords`). On bind, the store takes
 * every record in the document. After that:
 * - a change a person makes in the store (`source: 'user'`) is written to the document in one
 *   transaction with this binding's own origin (a `local` change), unless the binding is read-only;
 * - a change that reaches the document from anywhere else is put into the store inside
 *   `mergeRemoteChanges`, so it is not written back.
 * Records written by an older tldraw are migrated with the schema stored beside them
 * (`drawMeta.tldrawSchema`). A record the store refuses (a newer or broken client) is skipped and
 * reported, and the rest still arrive.
 */
import type * as Y from 'yjs';
import type { SerializedSchema, TLRecord, TLStore } from 'tldraw';
import { DRAW_META, drawMetaMap, drawRecordsArray, type ChangeOrigin } from '@kinboard/model';
import type { KeyValueChange } from './keyValueReader';
import { openRecordMap } from './recordMap';

export interface StoreBindingOptions {
  /** A viewer's binding never writes to the document. */
  readonly readOnly: boolean;
  /** Told about each record that could not be read; defaults to one console line. */
  readonly onBadRecord?: (id: string, error: unknown) => void;
}

/** The origin of this binding's writes: a local change, told apart from other local changes by identity. */
export interface DrawOrigin extends ChangeOrigin {
  readonly source: 'local';
  readonly part: 'draw';
}

function isDocumentRecord(store: TLStore, value: unknown): value is TLRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { id, typeName } = value as { id?: unknown; typeName?: unknown };
  if (typeof id !== 'string' || typeof typeName !== 'string') return false;
  return store.schema.types[typeName as TLRecord['typeName']]?.scope === 'document';
}

/**
 * Binds `store` to the drawing in `doc` and returns the function that unbinds it.
 *
 * @example
 * const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
 * const unbind = bindStoreToDoc(store, connection.doc, { readOnly: role === 'viewer' });
 */
export function bindStoreToDoc(store: TLStore, doc: Y.Doc, options: StoreBindingOptions): () => void {
  const origin: DrawOrigin = Object.freeze({ source: 'local', part: 'draw' });
  const records = openRecordMap<unknown>(drawRecordsArray(doc), options.readOnly, origin);
  const meta = drawMetaMap(doc);
  const report = options.onBadRecord ?? ((id, error) => console.warn(`Drawing: skipped record ${id}:`, error));

  const readRecord = (value: unknown): TLRecord | null => {
    if (!isDocumentRecord(store, value)) return null;
    const persisted = meta.get(DRAW_META.tldrawSchema) as SerializedSchema | undefined;
    if (!persisted) return value;
    const migrated = store.schema.migratePersistedRecord(value, persisted);
    if (migrated.type === 'success') return migrated.value as TLRecord;
    report(value.id, migrated.reason);
    return null;
  };

  const putAll = (incoming: TLRecord[]): void => {
    if (incoming.length === 0) return;
    try {
      store.put(incoming);
    } catch {
      for (const record of incoming) {
        try {
          store.put([record]);
        } catch (error) {
          report(record.id, error);
        }
      }
    }
  };

  store.mergeRemoteChanges(() => {
    const initial: TLRecord[] = [];
    for (const { val } of records.entries()) {
      const record = readRecord(val);
      if (record) initial.push(record);
    }
    putAll(initial);
  });

  const onDocChange = (changes: Map<string, KeyValueChange<unknown>>, transaction: Y.Transaction): void => {
    if (transaction.origin === origin) return;
    const put: TLRecord[] = [];
    const removed: TLRecord['id'][] = [];
    for (const [id, change] of changes) {
      if (change.action === 'delete') {
        removed.push(id as TLRecord['id']);
        continue;
      }
      const record = readRecord(change.newValue);
      if (record) put.push(record);
    }
    store.mergeRemoteChanges(() => {
      if (removed.length > 0) store.remove(removed.filter((id) => store.has(id)));
      putAll(put);
    });
  };
  records.on('change', onDocChange);

  let stopListening = () => {};
  const writer = records.writer;
  if (writer) {
    const schema = store.schema.serialize();
    const schemaJson = JSON.stringify(schema);
    stopListening = store.listen(
      ({ changes }) => {
        doc.transact(() => {
          if (JSON.stringify(meta.get(DRAW_META.tldrawSchema)) !== schemaJson) meta.set(DRAW_META.tldrawSchema, schema);
          for (const record of Object.values(changes.added)) writer.set(record.id, record);
          for (const [, record] of Object.values(changes.updated)) writer.set(record.id, record);
          for (const record of Object.values(changes.removed)) writer.delete(record.id);
        }, origin);
      },
      { source: 'user', scope: 'document' },
    );
  }

  return () => {
    stopListening();
    records.off('change', onDocChange);
    records.release();
  };
}
