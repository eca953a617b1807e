import { useId } from 'react';
import type * as Y from 'yjs';
import { MAX_PAGE_TEXT_LENGTH, drawPageText, editPageText } from '@kinboard/model';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { usePageText } from './usePageText';
import { t } from '../../i18n';

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
export function PageTextField(props: PageTextFieldProps) {
  return props.editable ? <PageTextEditor {...props} /> : <PageTextReading {...props} />;
}

function PageTextReading({ doc, pageId, pageName }: PageTextFieldProps) {
  const text = usePageText(doc, pageId);
  const id = useId();
  return (
    <section className="draw-text" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="draw-text__heading">
        {t('draw.PageTextField.whatTheShows', { toLowerCase: pageName.toLowerCase() })}
      </h2>
      <p className="draw-text__body">{text || t('draw.PageTextField.theFacilitatorHasNotDescribed')}</p>
    </section>
  );
}

/** Typed into by several facilitators at once: each key press changes only its own part of the words. */
function PageTextEditor({ doc, pageId, pageName, hint }: PageTextFieldProps) {
  const id = useId();
  const ref = useSharedTextBinding<HTMLTextAreaElement>(pageId, {
    text: () => drawPageText(doc, pageId),
    write: (value) => editPageText(doc, pageId, value),
  });
  return (
    <div className="draw-text">
      <label className="draw-text__heading" htmlFor={id}>
        {t('draw.PageTextField.whatTheShows', { toLowerCase: pageName.toLowerCase() })}
      </label>
      <p className="draw-text__hint" id={`${id}-hint`}>
        {t('draw.PageTextField.inWordsForPeopleWho', { hint })}
      </p>
      <textarea id={id} className="draw-text__input" aria-describedby={`${id}-hint`} ref={ref} maxLength={MAX_PAGE_TEXT_LENGTH} rows={6} />
    </div>
  );
}
