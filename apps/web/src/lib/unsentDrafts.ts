/**
 * Words this device holds that the server does not have yet, on purpose: a blind-round answer is
 * kept here until the person sends it, so nobody else sees it early ('answer'), and the words in a
 * form that adds something new (a stress point, a person, a scale question) until it is added
 * ('words'). While any such draft is unsent, the header does not say "All changes saved", and
 * closing or reloading the page asks first. An answer's draft is kept in the device's storage, so
 * a reload does not lose it.
 */
import { useEffect, useSyncExternalStore } from 'react';

export type DraftKind = 'answer' | 'words';

const unsent = new Map<string, DraftKind>();
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
export function markDraft(key: string, isUnsent: boolean, kind: DraftKind = 'answer'): void {
  if (isUnsent === unsent.has(key)) return;
  if (isUnsent) unsent.set(key, kind);
  else unsent.delete(key);
  if (unsent.size === 1 && isUnsent) globalThis.addEventListener?.('beforeunload', onBeforeUnload);
  if (unsent.size === 0) globalThis.removeEventListener?.('beforeunload', onBeforeUnload);
  notify();
}

/** 'answer' when an answer is unsent, else 'words' when other words are, else null. */
export function unsentDraftKind(): DraftKind | null {
  if (unsent.size === 0) return null;
  return [...unsent.values()].includes('answer') ? 'answer' : 'words';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What kind of draft on this device is unsent, if any; re-renders when that changes. */
export function useUnsentDrafts(): DraftKind | null {
  return useSyncExternalStore(subscribe, unsentDraftKind, unsentDraftKind);
}

let nextFormKey = 0;

/**
 * Counts a form's typed words as unsaved while `hasWords` (until the form adds them, or goes).
 *
 * @example
 * useUnsentWords(text.trim().length > 0);
 */
export function useUnsentWords(hasWords: boolean): void {
  useEffect(() => {
    if (!hasWords) return undefined;
    const key = `form:${nextFormKey++}`;
    markDraft(key, true, 'words');
    return () => markDraft(key, false);
  }, [hasWords]);
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
