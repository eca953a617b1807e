import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { createStatementUndo } from '../lib/statementUndo';

export interface DeletedStatement {
  readonly id: string;
  readonly text: string;
}

/** Deletes statements and offers an undo for the most recent one. */
export function useStatementDeletion(doc: Y.Doc) {
  const undoer = useMemo(() => createStatementUndo(doc), [doc]);
  const [lastDeleted, setLastDeleted] = useState<DeletedStatement | null>(null);

  useEffect(() => () => undoer.destroy(), [undoer]);

  const remove = useCallback(
    (statement: DeletedStatement) => {
      undoer.delete(statement.id);
      setLastDeleted(statement);
    },
    [undoer],
  );

  const undo = useCallback(() => {
    undoer.undoDelete();
    setLastDeleted(null);
  }, [undoer]);

  const dismiss = useCallback(() => setLastDeleted(null), []);

  return { remove, undo, dismiss, lastDeleted };
}
