/**
 * The provider sends only what was changed on this device, and Yjs encodes a transaction as an
 * update only while something listens to 'update'. So the provider's sender listens only while a
 * transaction that is not the provider's own is under way: what the server sends (the whole board
 * at each sync) is applied without being encoded again for nothing (issue 21: that encoding was
 * more than half of applying a 150-statement board on a phone-class device). Every change made
 * here is still encoded and sent exactly as before, nested ones included.
 */
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

/** Switches the provider's sender to local transactions only; returns the function that undoes it. */
export function sendOnlyLocalChanges(doc: Y.Doc, provider: WebsocketProvider): () => void {
  let sending = false;
  const onBeforeTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === provider || sending) return;
    sending = true;
    doc.on('update', provider._updateHandler);
  };
  // After the last transaction of a run (nested ones included) has been emitted as an update.
  const onAfterAllTransactions = () => {
    if (!sending) return;
    sending = false;
    doc.off('update', provider._updateHandler);
  };
  doc.off('update', provider._updateHandler);
  doc.on('beforeTransaction', onBeforeTransaction);
  doc.on('afterAllTransactions', onAfterAllTransactions);
  return () => {
    doc.off('beforeTransaction', onBeforeTransaction);
    doc.off('afterAllTransactions', onAfterAllTransactions);
    if (sending) doc.off('update', provider._updateHandler);
    sending = false;
  };
}
