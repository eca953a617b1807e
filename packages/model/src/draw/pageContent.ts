/**
 * Whether a drawing page has anything on it, read straight from the records (no canvas code), so
 * a screen can decide whether a picture is worth loading the canvas for.
 */
import type * as Y from 'yjs';
import { drawRecordsArray } from './drawSchema';

/** True when some shape sits directly on `pageId` (a shape inside a frame sits on the frame, which sits on the page). */
export function pageHasShapes(doc: Y.Doc, pageId: string): boolean {
  // The rightmost entry of a key is the record as it is now (a shape moved off the page may
  // still have an older entry that says it is on it).
  const current = new Map<string, unknown>();
  for (const entry of drawRecordsArray(doc).toArray()) if (entry) current.set(entry.key, entry.val);
  for (const value of current.values()) {
    const record = value as { typeName?: unknown; parentId?: unknown } | null;
    if (record?.typeName === 'shape' && record.parentId === pageId) return true;
  }
  return false;
}
