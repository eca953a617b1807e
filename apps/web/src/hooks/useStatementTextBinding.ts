import type * as Y from 'yjs';
import { editStatement, statementText } from '@kinboard/model';
import { useSharedTextBinding } from './useSharedTextBinding';

/** Binds a textarea to one statement's shared text, character by character. */
export function useStatementTextBinding(doc: Y.Doc, statementId: string) {
  return useSharedTextBinding<HTMLTextAreaElement>(statementId, {
    text: () => statementText(doc, statementId),
    write: (value) => editStatement(doc, statementId, value),
  });
}
