/**
 * Transaction origins. Every change to a board goes through `doc.transact(fn, origin)` with one of
 * these, so a listener can tell a person's own edit from one that arrived over the network or was
 * loaded from storage, and the server never re-stores or re-broadcasts its own echo.
 */
export type ChangeSource = 'local' | 'remote' | 'storage' | 'server';

/** A transaction's origin: where the change came from. */
export interface ChangeOrigin {
  readonly source: ChangeSource;
}

export const LOCAL_CHANGE: ChangeOrigin = Object.freeze({ source: 'local' });
/** Loading a board from storage, and migrating it: never stored or sent again. */
export const STORAGE_CHANGE: ChangeOrigin = Object.freeze({ source: 'storage' });
/** A change the server itself makes (e.g. revealing a blind round); stored and sent like a person's. */
export const SERVER_CHANGE: ChangeOrigin = Object.freeze({ source: 'server' });

/** True when `origin` marks a change made by the person at this device. */
export function isLocalChange(origin: unknown): boolean {
  return origin === LOCAL_CHANGE || (typeof origin === 'object' && origin !== null && (origin as ChangeOrigin).source === 'local');
}
