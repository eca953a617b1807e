import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { PRESENCE_GATHER_MS } from './presencePacing';
import { RoomPresence, type PresenceOwner } from './RoomPresence';
import type { SyncSocket } from './SyncSocket';

const socket: SyncSocket = { send: () => {}, close: () => {}, bufferedAmount: 0, isOpen: true };
const person = (name: string): PresenceOwner => ({ role: 'participant', name, person: `p_${name}`, presenceIds: new Set(), socket });

/** A y-protocols awareness update with one entry. */
function cursorUpdate(clientId: number, clock: number, x: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify({ user: { name: 'x' }, cursor: { x, y: 0 } }));
  return encoding.toUint8Array(encoder);
}

describe('[A4] RoomPresence sends at once when calm and gathers when busy', () => {
  let sent: Uint8Array[];
  let presence: RoomPresence;
  let owners: PresenceOwner[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance', 'Date'] });
    sent = [];
    owners = [person('Sam'), person('Ali')];
    presence = new RoomPresence(
      new Y.Doc(),
      () => owners,
      (message) => sent.push(message),
    );
  });
  afterEach(() => {
    presence.destroy();
    vi.useRealTimers();
  });

  it('a lone cursor move goes out in the same turn, without waiting for the gather window', () => {
    vi.advanceTimersByTime(1_000);
    presence.receive(owners[0]!, cursorUpdate(11, 1, 10), () => {});
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(0);
    expect(sent).toHaveLength(1);
  });

  it('moves that follow a send closely wait for the window and then go out together as one message', () => {
    presence.receive(owners[0]!, cursorUpdate(11, 1, 10), () => {});
    vi.advanceTimersByTime(0);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(4);
    presence.receive(owners[0]!, cursorUpdate(11, 2, 20), () => {});
    presence.receive(owners[1]!, cursorUpdate(22, 1, 30), () => {});
    vi.advanceTimersByTime(PRESENCE_GATHER_MS - 4 - 1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(2);
    // After a quiet spell the next move goes at once again.
    vi.advanceTimersByTime(100);
    presence.receive(owners[1]!, cursorUpdate(22, 2, 40), () => {});
    vi.advanceTimersByTime(0);
    expect(sent).toHaveLength(3);
  });
});
