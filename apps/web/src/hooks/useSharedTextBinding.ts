/**
 * Binds a textarea (or input) to a shared text, character by character, for any Y.Text the model
 * hands out (a statement, a rule's words and what-ifs, the contingency). Typing sends the box's
 * whole value to the model's operation, which applies only the splice; someone else typing moves
 * this person's caret and selection with their change, so nobody loses their place.
 */
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { ModelError } from '@kinboard/model';
import { shiftSelection, type TextDelta } from '../lib/selectionShift';

export interface SharedTextSource {
  /** The shared text to follow; may throw a ModelError when what it belongs to is gone. */
  readonly text: () => Y.Text;
  /** Writes the box's value through the model. */
  readonly write: (value: string) => void;
}

/**
 * @example
 * const ref = useSharedTextBinding<HTMLTextAreaElement>(`${ruleId}:text`, {
 *   text: () => ruleText(doc, ruleId),
 *   write: (value) => editRuleText(doc, ruleId, value),
 * });
 */
export function useSharedTextBinding<E extends HTMLTextAreaElement | HTMLInputElement>(key: string, source: SharedTextSource) {
  const ref = useRef<E>(null);
  const latest = useRef(source);
  latest.current = source;

  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    let shared: Y.Text;
    try {
      shared = latest.current.text();
    } catch (error) {
      if (error instanceof ModelError) return undefined;
      throw error;
    }
    box.value = shared.toString();

    const onRemoteChange = (event: Y.YTextEvent) => {
      const next = shared.toString();
      if (box.value === next) return;
      const focused = document.activeElement === box;
      const start = box.selectionStart ?? 0;
      const end = box.selectionEnd ?? start;
      const selection = focused ? shiftSelection(event.delta as TextDelta, { start, end }) : null;
      const direction = box.selectionDirection ?? undefined;
      box.value = next;
      if (selection) box.setSelectionRange(selection.start, selection.end, direction);
    };

    const onInput = () => {
      try {
        latest.current.write(box.value);
      } catch (error) {
        // What this box belongs to was deleted by someone else, or the text is too long; the
        // box shows the shared text again on the next change.
        if (!(error instanceof ModelError)) throw error;
      }
    };

    shared.observe(onRemoteChange);
    box.addEventListener('input', onInput);
    return () => {
      shared.unobserve(onRemoteChange);
      box.removeEventListener('input', onInput);
    };
  }, [key]);

  return ref;
}
