/**
 * The "saved" acknowledgement, an extension to the y-websocket protocol.
 *
 * Message type 100 is not used by y-websocket (0 sync, 1 awareness, 2 auth, 3 query awareness),
 * and the server sends it only to a connection that asked for it, so stock clients never see it.
 *
 *   client → server   varUint(100) varUint(1)                 "tell me when my changes are on disk"
 *   server → client   varUint(100) varUint8Array(stateVector) "everything up to this state is saved"
 *
 * The server sends the board's state vector after committing an update that came from that
 * connection. The client's own changes are saved once the vector's clock for its clientID has
 * reached the clock of its local document.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SAVED = 100;
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

/** True when every change this client made to `doc` is covered by the saved state vector. */
export function isEverythingSaved(doc: Y.Doc, saved: Map<number, number>): boolean {
  const local = Y.getState(doc.store, doc.clientID);
  return local === 0 || (saved.get(doc.clientID) ?? 0) >= local;
}
