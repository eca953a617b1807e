import * as Y from 'yjs';

/**
 * Empties every shared type of `doc` in one transaction with `origin`, so a removed person's
 * device keeps nothing of the board. Only for a document whose provider is stopped: the
 * deletions must never reach the server.
 */
export function emptyDocument(doc: Y.Doc, origin: unknown): void {
  const names = [...doc.share.keys()];
  doc.transact(() => {
    for (const name of names) {
      const type = doc.share.get(name);
      if (type instanceof Y.Map) for (const key of [...type.keys()]) type.delete(key);
      else if (type instanceof Y.Array) type.delete(0, type.length);
      else if (type instanceof Y.Text) type.delete(0, type.length);
    }
  }, origin);
}
