/**
 * A form's changes that are not saved yet (the chair's decision, a person's details) belong to
 * the person until they save or cancel them: like useKeptWords, they are kept on this device per
 * board, per person and per form, count as unsaved (leaving the page asks first), and come back
 * when the form does, after the part on screen changed or the page reloaded.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { keepDraft, markDraft, readKeptDraft } from '../lib/unsentDrafts';
import { useBoardSession } from './boardContext';

export interface KeptDraft<T> {
  /** The changes not saved yet, or null when there are none. */
  readonly value: T | null;
  readonly set: (next: T | null) => void;
  /** True while changes kept from before are back in the form: show KeptWordsNote. */
  readonly restored: boolean;
  readonly noteId: string;
}

/**
 * `readBack` turns what was stored back into a draft, or null when it no longer fits (an older
 * version's, or changed by hand): nothing is restored then.
 *
 * @example
 * const draft = useKeptDraft('outputs.decision', fitDecision);
 * const decision = draft.value ?? outcome.decision;
 */
export function useKeptDraft<T>(form: string, readBack: (stored: unknown) => T | null): KeptDraft<T> {
  const { connection, me } = useBoardSession();
  const key = `draft.${connection.boardId}.${me.id}.${form}`;
  const [start] = useState(() => {
    const stored = readKeptDraft<unknown>(key);
    return stored === null ? null : readBack(stored);
  });
  const [value, setValue] = useState<T | null>(start);
  const [restored, setRestored] = useState(start !== null);
  const noteId = useId();

  useEffect(() => {
    keepDraft(key, value);
    markDraft(key, value !== null, 'words');
  }, [key, value]);

  const set = useCallback((next: T | null) => {
    setValue(next);
    if (next === null) setRestored(false);
  }, []);

  return useMemo(() => ({ value, set, restored, noteId }), [value, set, restored, noteId]);
}
