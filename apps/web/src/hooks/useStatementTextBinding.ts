/**
 * Binds a textarea to one statement's shared text, character by character.
 *
 * Typing: the textarea's whole new value goes to `editStatement`, which applies only the splice.
 * Someone else typing: the textarea gets the new text and the caret and selection are moved by
 * the remote change, so the person typing here does not lose their place.
 */
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { ModelError, editStatement, statementText } from '@kinboard/model';
import { shiftSelection, type TextDelta } from '../lib/selectionShift';

export function useStatementTextBinding(doc: Y.Doc, statementId: string) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return undefined;
    let shared: Y.Text;
    try {
      shared = statementText(doc, statementId);
    } catch (error) {
      if (error instanceof ModelError) return undefined;
      throw error;
    }
    textarea.value = shared.toString();

    const onRemoteChange = (event: Y.YTextEvent) => {
      const next = shared.toString();
      if (textarea.value === next) return;
      const focused = document.activeElement === textarea;
      const selection = focused
        ? shiftSelection(event.delta as TextDelta, { start: textarea.selectionStart, end: textarea.selectionEnd })
        : null;
      const direction = textarea.selectionDirection;
      textarea.value = next;
      if (selection) textarea.setSelectionRange(selection.start, selection.end, direction);
    };

    const onInput = () => {
      try {
        editStatement(doc, statementId, textarea.value);
      } catch (error) {
        // The statement was deleted by someone else while this box was open; nothing to save into.
        if (!(error instanceof ModelError)) throw error;
      }
    };

    shared.observe(onRemoteChange);
    textarea.addEventListener('input', onInput);
    return () => {
      shared.unobserve(onRemoteChange);
      textarea.removeEventListener('input', onInput);
    };
  }, [doc, statementId]);

  return ref;
}
