import type * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType } from '@kinboard/model';

/** The server's sync step 1 for `doc`: its state vector, asking a client for what it lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, MessageType.sync);
  syncProtocol.writeSyncStep1(step1, doc);
  return encoding.toUint8Array(step1);
}
