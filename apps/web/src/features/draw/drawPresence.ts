/**
 * Cursors, selections and names on the canvas, carried by the board's Yjs awareness.
 *
 * This device's tldraw presence record goes under the `drawCursor` field of its awareness state
 * (the `user` field belongs to the board) at most once per {@link PRESENCE_INTERVAL_MS}. Other
 * people's records are put into the store as `instance_presence` records, at most once per frame
 * however many people move, so thirty people drawing at once stay smooth.
 */
import type { Awareness } from 'y-protocols/awareness';
import {
  InstancePresenceRecordType,
  atom,
  createPresenceStateDerivation,
  createUserId,
  react,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw';
import { DRAW_CURSOR_FIELD } from './drawCursorField';
import { throttle } from './throttle';

/** How often this device tells the others where its cursor is: ten times a second. */
export const PRESENCE_INTERVAL_MS = 100;

export interface DrawPerson {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

type AwarenessStates = Map<number, Record<string, unknown>>;

function presenceId(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`client-${clientId}`);
}

/** The presence records the store should hold for everyone but this device. */
export function presenceFromAwareness(states: AwarenessStates, myClientId: number): TLInstancePresence[] {
  const records: TLInstancePresence[] = [];
  for (const [clientId, state] of states) {
    if (clientId === myClientId) continue;
    const cursor = state[DRAW_CURSOR_FIELD];
    if (typeof cursor !== 'object' || cursor === null) continue;
    records.push({ ...(cursor as TLInstancePresence), id: presenceId(clientId) });
  }
  return records;
}

/** Starts sharing presence through `awareness`; returns the function that stops it. */
export function bindPresence(store: TLStore, awareness: Awareness, person: DrawPerson): () => void {
  const user = atom<TLUser>('draw person', {
    id: createUserId(person.id),
    typeName: 'user',
    name: person.name,
    color: person.color,
    imageUrl: '',
    meta: {},
  });
  const $presence = createPresenceStateDerivation(user, { instanceId: presenceId(awareness.clientID) })(store);
  const publish = throttle((presence: TLInstancePresence | null) => {
    awareness.setLocalStateField(DRAW_CURSOR_FIELD, presence);
  }, PRESENCE_INTERVAL_MS);
  const stopPublishing = react('publish draw presence', () => publish($presence.get()));

  let frame: number | null = null;
  const apply = () => {
    frame = null;
    const wanted = presenceFromAwareness(awareness.getStates() as AwarenessStates, awareness.clientID);
    const wantedIds = new Set(wanted.map((record) => record.id));
    const gone = store.query.ids('instance_presence').get();
    store.mergeRemoteChanges(() => {
      const stale = [...gone].filter((id) => !wantedIds.has(id));
      if (stale.length > 0) store.remove(stale);
      for (const record of wanted) {
        try {
          store.put([record]);
        } catch {
          // A newer or broken client's cursor: leave it out rather than stop everyone's.
        }
      }
    });
  };
  const onAwarenessChange = () => {
    frame ??= requestAnimationFrame(apply);
  };
  awareness.on('change', onAwarenessChange);
  apply();

  return () => {
    stopPublishing();
    publish.cancel();
    awareness.off('change', onAwarenessChange);
    if (frame !== null) cancelAnimationFrame(frame);
    awareness.setLocalStateField(DRAW_CURSOR_FIELD, null);
    store.mergeRemoteChanges(() => store.remove([...store.query.ids('instance_presence').get()]));
  };
}
