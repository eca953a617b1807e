import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { Remover } from '@kinboard/model';
import { createStatementUndo } from '../lib/statementUndo';

export interface DeletedStatement {
  readonly id: string;
  readonly text: string;
}

/**
 * Deletes statements as `me` and offers an undo for the most recent one; each is also kept in
 * "Recently removed" for anyone to bring back. `onRemoved` tells the audit trail.
 */
export function useStatementDeletion(doc: Y.Doc, me: Remover, onRemoved: () => void = () => undefined) {
  const undoer = useMemo(() => createStatementUndo(doc, me), [doc, me]);
  const [lastDeleted, setLastDeleted] = useState<DeletedStatement | null>(null);

  useEffect(() => () => undoer.destroy(), [undoer]);

  const remove = useCallback(
    (statement: DeletedStatement) => {
      undoer.delete(statement.id);
      setLastDeleted(statement);
      onRemoved();
    },
    [undoer, onRemoved],
  );

  const undo = useCallback(() => {
    undoer.undoDelete();
    setLastDeleted(null);
  }, [undoer]);

  const dismiss = useCallback(() => setLastDeleted(null), []);

  return { remove, undo, dismiss, lastDeleted };
}
