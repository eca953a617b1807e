import { useId } from 'react';
import type * as Y from 'yjs';
import { MAX_PAGE_TEXT_LENGTH, setPageText } from './drawDoc';
import { usePageText } from './usePageText';

interface PageTextFieldProps {
  readonly doc: Y.Doc;
  readonly pageId: string;
  readonly pageName: string;
  readonly hint: string;
  readonly editable: boolean;
}

/**
 * The words that stand in for the picture: screen readers cannot see the canvas, so the facilitator
 * writes what it shows. Everyone else reads it here.
 */
export function PageTextField({ doc, pageId, pageName, hint, editable }: PageTextFieldProps) {
  const text = usePageText(doc, pageId);
  const id = useId();
  if (!editable) {
    return (
      <section className="draw-text" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="draw-text__heading">
          What the {pageName.toLowerCase()} shows
        </h3>
        <p className="draw-text__body">{text || 'The facilitator has not described this page yet.'}</p>
      </section>
    );
  }
  return (
    <div className="draw-text">
      <label className="draw-text__heading" htmlFor={id}>
        What the {pageName.toLowerCase()} shows
      </label>
      <p className="draw-text__hint" id={`${id}-hint`}>
        In words, for people who cannot see the drawing. {hint}
      </p>
      <textarea
        id={id}
        className="draw-text__input"
        aria-describedby={`${id}-hint`}
        value={text}
        maxLength={MAX_PAGE_TEXT_LENGTH}
        rows={6}
        onChange={(event) => setPageText(doc, pageId, event.target.value)}
      />
    </div>
  );
}
