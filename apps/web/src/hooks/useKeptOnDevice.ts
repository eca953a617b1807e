/**
 * What a person typed but has not added or saved yet, kept on this device under one key with the
 * drafts of lib/unsentDrafts (so it counts as unsaved and leaving the page asks first) and given
 * back when the box or form comes back. The mechanism under useKeptWords (boxes that add
 * something) and useKeptDraft (forms whose changes are saved).
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { keepDraft, markDraft, readKeptDraft } from '../lib/unsentDrafts';

export interface Kept<T> {
  readonly value: T;
  readonly set: (next: T | ((previous: T) => T)) => void;
  /** Forgets it at once (it was added, saved or cancelled; the box may be about to go). */
  readonly clear: () => void;
  /** True while what was kept from before is back: show KeptWordsNote. */
  readonly restored: boolean;
  /** The id for the note, to name in aria-describedby while `restored`. */
  readonly noteId: string;
}

/**
 * `value` starts as `empty`, or as what `readBack` makes of the stored value (null: it no longer
 * fits, so nothing comes back); it is kept while `isUnsent(value)`.
 */
export function useKeptOnDevice<T>(
  key: string,
  empty: T,
  readBack: (stored: unknown) => T | null,
  isUnsent: (value: T) => boolean,
): Kept<T> {
  const [start] = useState(() => {
    const stored = readKeptDraft<unknown>(key);
    const back = stored === null ? null : readBack(stored);
    return back !== null && isUnsent(back) ? back : null;
  });
  const [value, setValue] = useState<T>(start ?? empty);
  const [restored, setRestored] = useState(start !== null);
  const noteId = useId();
  // The caller's literal, new on every render: only its first value counts.
  const blank = useRef(empty);
  const unsent = isUnsent(value);

  useEffect(() => {
    keepDraft(key, unsent ? value : null);
    markDraft(key, unsent, 'words');
    if (!unsent) setRestored(false);
  }, [key, unsent, value]);

  const clear = useCallback(() => {
    keepDraft(key, null);
    markDraft(key, false);
    setValue(blank.current);
    setRestored(false);
  }, [key]);

  return useMemo(() => ({ value, set: setValue, clear, restored, noteId }), [value, clear, restored, noteId]);
}
