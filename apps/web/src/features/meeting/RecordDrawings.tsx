import type { DrawingPageView, RemovalView } from '@kinboard/model';

const REMOVED_WORDS = { statement: 'Statement', rule: 'Rule', member: 'Person' } as const;

/** What was removed from the board and not brought back by the end of the meeting. */
export function RecordRemoved({ removed }: { readonly removed: readonly RemovalView[] | undefined }) {
  if (!removed || removed.length === 0) return null;
  return (
    <>
      <h4>Removed and not brought back</h4>
      <ul aria-label="Removed and not brought back">
        {removed.map((r) => (
          <li key={r.id}>
            {REMOVED_WORDS[r.kind]}: {r.summary || '(no words)'}
            <span className="meeting-record__muted"> (removed by {r.removedBy.name})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The record's drawing pages, as words: each page's name and the text alternative written for it. */
export function RecordDrawings({ drawings }: { readonly drawings: readonly DrawingPageView[] | undefined }) {
  // Records read from an older server have no drawings.
  if (!drawings || drawings.length === 0) return null;
  return (
    <>
      <h4>Drawings</h4>
      <ul aria-label="Drawings">
        {drawings.map((page) => (
          <li key={page.id}>
            <strong>{page.name || 'A drawing page'}</strong>
            {page.text ? (
              <p className="meeting-record__contingency">{page.text}</p>
            ) : (
              <p className="meeting-record__muted">Drawn, with no words written for it.</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
