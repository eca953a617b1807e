/**
 * Hearing that the board's document changed, without making Yjs encode the change.
 *
 * While anything listens to a Y.Doc's 'update' event, Yjs encodes every transaction as an update
 * message after applying it, whether or not the listener reads those bytes. For the whole board
 * arriving at sync that encoding cost more than half of applying it (issue 21: about 120 ms of a
 * 190 ms sync on a phone-class device, 150 statements). Listeners that only need to know that
 * something changed use this instead: Yjs's 'afterTransaction', for the transactions that would
 * have been an update (something added or deleted), at the same moment in the same order.
 */
import type * as Y from 'yjs';

/** Whether a transaction changed the document, by the same test Yjs uses before emitting 'update'. */
export function changedDocument(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

/** Calls `listener` after every transaction that changed `doc`; returns the function that stops it. */
export function onDocChange(doc: Y.Doc, listener: (transaction: Y.Transaction) => void): () => void {
  const onTransaction = (transaction: Y.Transaction) => {
    if (changedDocument(transaction)) listener(transaction);
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}
