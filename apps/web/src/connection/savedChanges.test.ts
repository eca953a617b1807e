import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { SavedChanges } from './savedChanges';

/** A device's document and its tracker, with changes recorded the way BoardConnection does. */
function device() {
  const doc = new Y.Doc();
  const saved = new SavedChanges();
  const text = doc.getText('statement');
  const clock = () => Y.getState(doc.store, doc.clientID);
  const change = (edit: () => void) => {
    const before = clock();
    edit();
    saved.changeMade(before, clock());
  };
  /**
   * A fresh socket: the provider's step 1 goes out, this device answers the server's step 1 with
   * its step 2, and the server answers the provider's step 1.
   */
  const connect = () => {
    saved.socketOpened();
    saved.stateSent();
    saved.checkAnswered();
  };
  return { doc, saved, text, clock, change, connect };
}

describe('SavedChanges', () => {
  it('counts a device that changed nothing as saved', () => {
    const { saved, connect } = device();
    expect(saved.everythingSaved).toBe(true);
    connect();
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(true);
    expect(saved.needsCheck).toBe(false);
  });

  it('is saved once an acknowledgement reaches the clock of a change that added text', () => {
    const { saved, text, clock, change, connect } = device();
    connect();
    change(() => text.insert(0, 'Gran visits'));
    expect(saved.everythingSaved).toBe(false);
    // The acknowledgement will come, so no extra check is needed.
    expect(saved.needsCheck).toBe(false);
    saved.acknowledged(clock() - 1);
    expect(saved.everythingSaved).toBe(false);
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(true);
  });

  it('does not count a deletion as saved from an acknowledgement, only from an answered save check', () => {
    const { saved, text, clock, change, connect } = device();
    connect();
    change(() => text.insert(0, 'Dad shouts'));
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(true);

    const before = clock();
    change(() => text.delete(0, 4));
    expect(clock()).toBe(before);
    expect(saved.everythingSaved).toBe(false);
    // The acknowledgement of the insert, arriving late or again, proves nothing about the deletion.
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(false);
    expect(saved.needsCheck).toBe(true);

    saved.checkSent();
    expect(saved.needsCheck).toBe(false);
    expect(saved.everythingSaved).toBe(false);
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(true);
  });

  it('takes a later addition as proof of a deletion sent before it', () => {
    const { saved, text, clock, change, connect } = device();
    connect();
    change(() => text.insert(0, 'abc'));
    change(() => text.delete(0, 1));
    change(() => text.insert(2, 'd'));
    expect(saved.needsCheck).toBe(false);
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(true);
  });

  it('answers checks in order: a check sent before a change does not prove it', () => {
    const { saved, text, change, connect } = device();
    connect();
    change(() => text.insert(0, 'abc'));
    change(() => text.delete(0, 1));
    saved.checkSent();
    change(() => text.delete(0, 1));
    expect(saved.needsCheck).toBe(true);
    saved.checkSent();
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(false);
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(true);
  });

  it('does not let the answer to the opening sync step 1 prove anything', () => {
    const { saved, text, change } = device();
    change(() => text.insert(0, 'written offline'));
    saved.socketOpened();
    saved.stateSent();
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(false);
    expect(saved.needsCheck).toBe(true);
  });

  it('proves changes made offline only by a save check after the connect-time sync step 2', () => {
    const { saved, text, clock, change, connect } = device();
    connect();
    change(() => text.insert(0, 'Mum phones Nan'));
    saved.acknowledged(clock());
    saved.socketClosed();

    change(() => text.delete(0, 4));
    change(() => text.insert(0, 'Dad'));
    expect(saved.needsCheck).toBe(false);

    saved.socketOpened();
    // Before this device's sync step 2 has gone out, nothing can be proved or checked.
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(false);
    expect(saved.needsCheck).toBe(false);

    saved.stateSent();
    // Even an acknowledgement covering the clock could be for an update sent before the step 2.
    saved.acknowledged(clock());
    expect(saved.everythingSaved).toBe(false);
    expect(saved.needsCheck).toBe(true);
    saved.checkSent();
    saved.checkAnswered(); // the opening step 1
    expect(saved.everythingSaved).toBe(false);
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(true);
  });

  it('forgets checks that were in flight when the socket closed', () => {
    const { saved, text, change, connect } = device();
    connect();
    change(() => text.insert(0, 'abc'));
    change(() => text.delete(0, 3));
    saved.checkSent();
    saved.socketClosed();
    saved.socketOpened();
    saved.checkAnswered();
    saved.checkAnswered();
    expect(saved.everythingSaved).toBe(false);
    saved.stateSent();
    expect(saved.needsCheck).toBe(true);
  });
});
