/**
 * The "saved" acknowledgement, an extension to the y-websocket protocol.
 *
 * Message type 100 is not used by y-websocket (0 sync, 1 awareness, 2 auth, 3 query awareness),
 * and the server sends it only to a connection that asked for it, so stock clients never see it.
 *
 *   client → server   varUint(100) varUint(1)                 "tell me when my changes are on disk"
 *   server → client   varUint(100) varUint8Array(stateVector) "everything up to this state is saved"
 *
 * The server sends the board's state vector after committing the updates that came from that
 * connection (updates handled in one event-loop turn share one acknowledgement). A vector can
 * only prove changes that added content: a deletion does not advance the client's clock. For
 * deletions a client sends a "save check", a plain sync step 1, which the server answers only
 * after storing everything it received before it [P7]; see apps/web/src/connection/savedChanges.ts.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType, SyncKind } from './messageTypes';

export { SyncKind };

export const MESSAGE_SAVED = MessageType.saved;
const SUBSCRIBE = 1;

export function encodeSavedSubscribe(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  encoding.writeVarUint(encoder, SUBSCRIBE);
  return encoding.toUint8Array(encoder);
}

/** Reads the body of a client's type-100 message (after the type); true if it subscribes. */
export function readSavedSubscribe(decoder: decoding.Decoder): boolean {
  return decoding.readVarUint(decoder) === SUBSCRIBE;
}

export function encodeSavedAck(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Reads the body of a server's type-100 message: the saved state vector. */
export function readSavedAck(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/**
 * A save check: a sync step 1 carrying `doc`'s state vector. Its answer (a sync step 2) comes
 * only after the server has stored everything this connection sent before it.
 */
export function encodeSaveCheck(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncKind.step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** The kind of the sync message `decoder` is at (after its type 0), without reading past it. */
export function peekSyncKind(decoder: decoding.Decoder): number {
  return decoding.peekVarUint(decoder);
}

/**
 * True when the saved state vector covers every change that added content to `doc` on this
 * client. It cannot see deletions (they leave the clock where it was), so it alone never proves
 * that everything is saved.
 */
export function isEverythingSaved(doc: Y.Doc, saved: Map<number, number>): boolean {
  const local = Y.getState(doc.store, doc.clientID);
  return local === 0 || (saved.get(doc.clientID) ?? 0) >= local;
}
