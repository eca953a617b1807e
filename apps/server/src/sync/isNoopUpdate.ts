/**
 * Whether applying `update` to `doc` would change nothing. A viewer's client still answers the
 * server's sync step 1 with a sync step 2 holding what it has; that is harmless when the server
 * already has all of it. Anything new from a viewer is a write and is refused.
 */
import * as Y from 'yjs';

interface Range {
  clock: number;
  len: number;
}

function rangeCovered(range: Range, covering: readonly Range[] | undefined): boolean {
  if (range.len === 0) return true;
  if (!covering) return false;
  let from = range.clock;
  const to = range.clock + range.len;
  // `covering` is sorted and merged by createDeleteSetFromStructStore.
  for (const r of covering) {
    if (r.clock > from) return false;
    if (r.clock + r.len > from) from = r.clock + r.len;
    if (from >= to) return true;
  }
  return false;
}

export function isNoopUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  if (ds.clients.size === 0) return true;
  const existing = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      if (!rangeCovered(range, existing.clients.get(client))) return false;
    }
  }
  return true;
}
