/**
 * Words typed into a box that adds something new (a stress point, an agenda step, a scale
 * question) belong to the person until they add them: the box can go away (the chair brings
 * everyone to another part, the person opens Scaling and comes back) and the words must not go
 * with it. They are kept on this device, per board, per person and per box, with the drafts of
 * lib/unsentDrafts (so they count as unsaved and leaving the page asks first), and come back when
 * the box does.
 */
import { useBoardSession } from './boardContext';
import { type Kept, useKeptOnDevice } from './useKeptOnDevice';

type Words = string | Readonly<Record<string, string>>;

export type KeptWords<T extends Words> = Kept<T>;

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
  return useKeptOnDevice<T>(`words.${connection.boardId}.${me.id}.${box}`, empty, (stored) => fitted(stored, empty), hasWords);
}
