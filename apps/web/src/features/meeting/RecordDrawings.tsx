import type { DrawingPageView } from '@kinboard/model';

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
            {page.text ? <p className="meeting-record__contingency">{page.text}</p> : <p className="meeting-record__muted">Drawn, with no words written for it.</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
