/**
 * A form's changes that are not saved yet (the chair's decision, a person's details) belong to
 * the person until they save or cancel them: like useKeptWords, they are kept on this device per
 * board, per person and per form, count as unsaved (leaving the page asks first), and come back
 * when the form does, after the part on screen changed or the page reloaded.
 */
import { useBoardSession } from './boardContext';
import { type Kept, useKeptOnDevice } from './useKeptOnDevice';

/** The changes not saved yet, or null when there are none. */
export type KeptDraft<T> = Kept<T | null>;

const isDraft = (value: unknown): boolean => value !== null;

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
  return useKeptOnDevice<T | null>(`draft.${connection.boardId}.${me.id}.${form}`, null, readBack, isDraft);
}
