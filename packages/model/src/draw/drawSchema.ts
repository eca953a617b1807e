/**
 * Where the drawing canvas (tldraw) keeps its records in a board's Y.Doc. The web app's store
 * binding reads and writes them; this module only hands out the shared types, so the names stay in
 * the model's `ROOT`.
 */
import type * as Y from 'yjs';
import { ROOT } from '../schema';

/** One entry of the records array: a tldraw record id and the record as JSON. */
export interface DrawRecordEntry {
  readonly key: string;
  readonly val: unknown;
}

/** Keys of the drawing's meta map. */
export const DRAW_META = {
  /** The serialized tldraw schema the records were last written with, so newer clients migrate them. */
  tldrawSchema: 'tldrawSchema',
} as const;

/**
 * The drawing's tldraw records in y-utility's YKeyValue layout: one `{ key, val }` entry per record
 * id; the rightmost entry of a key is the one that counts.
 */
export function drawRecordsArray(doc: Y.Doc): Y.Array<DrawRecordEntry> {
  return doc.getArray(ROOT.drawRecords);
}

/** The drawing's meta map (see {@link DRAW_META}). */
export function drawMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.drawMeta);
}
