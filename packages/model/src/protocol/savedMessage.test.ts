import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_SAVED,
  SyncKind,
  encodeSaveCheck,
  encodeSavedAck,
  encodeSavedSubscribe,
  isEverythingSaved,
  peekSyncKind,
  readSavedAck,
  readSavedSubscribe,
} from './savedMessage';

function edited(clientID: number, text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText('t').insert(0, text);
  return doc;
}

describe('saved message', () => {
  it('uses message type 100, outside the y-websocket range', () => {
    expect(MESSAGE_SAVED).toBe(100);
  });

  it('round-trips a subscribe', () => {
    const decoder = decoding.createDecoder(encodeSavedSubscribe());
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_SAVED);
    expect(readSavedSubscribe(decoder)).toBe(true);
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it('reads any other subscribe value as not subscribing', () => {
    expect(readSavedSubscribe(decoding.createDecoder(new Uint8Array([0])))).toBe(false);
  });

  it('round-trips an acknowledgement carrying a state vector', () => {
    const doc = edited(7, 'abc');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(edited(9, 'xy')));
    const decoder = decoding.createDecoder(encodeSavedAck(Y.encodeStateVector(doc)));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_SAVED);
    expect(readSavedAck(decoder)).toEqual(
      new Map([
        [7, 3],
        [9, 2],
      ]),
    );
    expect(decoding.hasContent(decoder)).toBe(false);
  });
});

describe('save check', () => {
  it("is a sync step 1 with the document's state vector, readable by y-protocols", () => {
    const doc = edited(7, 'abc');
    const decoder = decoding.createDecoder(encodeSaveCheck(doc));
    expect(decoding.readVarUint(decoder)).toBe(0);
    expect(peekSyncKind(decoder)).toBe(SyncKind.step1);
    // Peeking leaves the kind in place for the real handler.
    expect(decoding.readVarUint(decoder)).toBe(SyncKind.step1);
    expect(Y.decodeStateVector(decoding.readVarUint8Array(decoder))).toEqual(new Map([[7, 3]]));
    expect(decoding.hasContent(decoder)).toBe(false);
  });
});

describe('isEverythingSaved', () => {
  it('is true for a client that has changed nothing', () => {
    const doc = new Y.Doc();
    expect(isEverythingSaved(doc, new Map())).toBe(true);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(edited(9, 'someone else')));
    expect(isEverythingSaved(doc, new Map())).toBe(true);
  });

  it('is false until the saved vector reaches this client’s own clock', () => {
    const doc = edited(7, 'abc');
    expect(isEverythingSaved(doc, new Map())).toBe(false);
    expect(isEverythingSaved(doc, new Map([[9, 100]]))).toBe(false);
    expect(isEverythingSaved(doc, new Map([[7, 2]]))).toBe(false);
    expect(isEverythingSaved(doc, Y.decodeStateVector(Y.encodeStateVector(doc)))).toBe(true);
    expect(isEverythingSaved(doc, new Map([[7, 10]]))).toBe(true);
  });

  it('is false again after a new local change', () => {
    const doc = edited(7, 'abc');
    const saved = Y.decodeStateVector(Y.encodeStateVector(doc));
    doc.getText('t').insert(3, 'd');
    expect(isEverythingSaved(doc, saved)).toBe(false);
  });
});

describe('isEverythingSaved and deletions', () => {
  it('cannot see a deletion: the clock stays where it was', () => {
    const doc = edited(7, 'abc');
    const saved = Y.decodeStateVector(Y.encodeStateVector(doc));
    doc.getText('t').delete(0, 2);
    // This is why a save check is needed after a deletion.
    expect(isEverythingSaved(doc, saved)).toBe(true);
  });
});
