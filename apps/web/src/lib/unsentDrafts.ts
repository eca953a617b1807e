/**
 * Words this device holds that the server does not have yet, on purpose: a blind-round answer is
 * kept here until the person sends it, so nobody else sees it early. While any such draft is
 * unsent, the header does not say "All changes saved", and closing or reloading the page asks
 * first. The draft itself is kept in the device's storage, so a reload does not lose it.
 */
import { useSyncExternalStore } from 'react';

const unsent = new Set<string>();
const listeners = new Set<() => void>();
const STORAGE_PREFIX = 'kinboard.draft.';

function notify(): void {
  for (const listener of listeners) listener();
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsent.size === 0) return;
  event.preventDefault();
  // Older browsers need returnValue set to show their standard question.
  event.returnValue = '';
}

/** Records whether the draft `key` holds words not yet sent. */
export function markDraft(key: string, isUnsent: boolean): void {
  if (isUnsent === unsent.has(key)) return;
  if (isUnsent) unsent.add(key);
  else unsent.delete(key);
  if (unsent.size === 1 && isUnsent) globalThis.addEventListener?.('beforeunload', onBeforeUnload);
  if (unsent.size === 0) globalThis.removeEventListener?.('beforeunload', onBeforeUnload);
  notify();
}

export function hasUnsentDrafts(): boolean {
  return unsent.size > 0;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while any draft on this device is unsent; re-renders when that changes. */
export function useUnsentDrafts(): boolean {
  return useSyncExternalStore(subscribe, hasUnsentDrafts, hasUnsentDrafts);
}

/** The draft kept on this device under `key`, or null. */
export function readKeptDraft<T>(key: string): T | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Keeps a draft on this device (null forgets it). Storage may be unavailable; then it lives only in memory. */
export function keepDraft(key: string, draft: unknown): void {
  try {
    if (draft === null) globalThis.localStorage?.removeItem(STORAGE_PREFIX + key);
    else globalThis.localStorage?.setItem(STORAGE_PREFIX + key, JSON.stringify(draft));
  } catch {
    // Not kept across a reload; the unsent warning still stands.
  }
}
