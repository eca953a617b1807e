import { memo } from 'react';
import type { StatementView } from '@kinboard/model';

/** A statement as a viewer sees it: the words, updating live, and who added it. */
export const StatementReadOnly = memo(function StatementReadOnly({ statement }: { readonly statement: StatementView }) {
  const empty = statement.text.trim().length === 0;
  return (
    <li className="statement statement--readonly">
      <p className={empty ? 'statement__words statement__words--empty' : 'statement__words'}>
        {empty ? 'Being written…' : statement.text}
      </p>
      {statement.authorName && <p className="statement__author">Added by {statement.authorName}</p>}
    </li>
  );
});
