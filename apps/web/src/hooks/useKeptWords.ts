/**
 * Words typed into a box that adds something new (a stress point, an agenda step, a scale
 * question) belong to the person until they add them: the box can go away (the chair brings
 * everyone to another part, the person opens Scaling and comes back) and the words must not go
 * with it. They are kept on this device, per board, per person and per box, with the drafts of
 * lib/unsentDrafts (so they count as unsaved and leaving the page asks first), and come back when
 * the box does.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { keepDraft, markDraft, readKeptDraft } from '../lib/unsentDrafts';
import { useBoardSession } from './boardContext';

type Words = string | Readonly<Record<string, string>>;

export interface KeptWords<T extends Words> {
  readonly value: T;
  readonly set: (next: T | ((previous: T) => T)) => void;
  /** Forgets the words: they were added, or the person cancelled. */
  readonly clear: () => void;
  /** True while words kept from before are back in the box: show KeptWordsNote. */
  readonly restored: boolean;
  /** The id for the note, to name in the box's aria-describedby while `restored`. */
  readonly noteId: string;
}

/** A stored draft in the shape of `empty`, or null when it does not fit (an older version's). */
function fitted<T extends Words>(raw: unknown, empty: T): T | null {
  if (typeof empty === 'string') return typeof raw === 'string' ? (raw as T) : null;
  if (!raw || typeof raw !== 'object') return null;
  const out: Record<string, string> = {};
  for (const key of Object.keys(empty)) {
    const word = (raw as Record<string, unknown>)[key];
    out[key] = typeof word === 'string' ? word : ((empty as Record<string, string>)[key] ?? '');
  }
  return out as T;
}

/** True when any of the words is more than spaces. */
export function hasWords(value: Words): boolean {
  return typeof value === 'string' ? value.trim().length > 0 : Object.values(value).some((word) => word.trim().length > 0);
}

/**
 * A box's words, kept on this device until they are added.
 *
 * @example
 * const step = useKeptWords('meeting.newStep', '');
 * <input value={step.value} onChange={(e) => step.set(e.currentTarget.value)} aria-describedby={step.restored ? step.noteId : undefined} />
 * <KeptWordsNote words={step} />
 */
export function useKeptWords(box: string, empty: string): KeptWords<string>;
export function useKeptWords<T extends Readonly<Record<string, string>>>(box: string, empty: T): KeptWords<T>;
export function useKeptWords<T extends Words>(box: string, empty: T): KeptWords<T> {
  const { connection, me } = useBoardSession();
  const key = `words.${connection.boardId}.${me.id}.${box}`;
  const [start] = useState(() => fitted(readKeptDraft<unknown>(key), empty));
  const [value, setValue] = useState<T>(start ?? empty);
  const [restored, setRestored] = useState(start !== null && hasWords(start));
  const noteId = useId();
  // The caller's literal, new on every render: only its first value counts.
  const blank = useRef(empty);
  const unsent = hasWords(value);

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
