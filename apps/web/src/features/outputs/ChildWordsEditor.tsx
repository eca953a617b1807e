import { useId } from 'react';
import type * as Y from 'yjs';
import { CHILD_VERSION_HEADINGS, MAX_CHILD_VERSION_TEXT, childVersionText, editChildVersion, type ChildVersionPart } from '@kinboard/model';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { WORDS } from './outputsWords';

function PartField({ doc, part, label }: { readonly doc: Y.Doc; readonly part: ChildVersionPart; readonly label: string }) {
  const id = useId();
  const ref = useSharedTextBinding<HTMLTextAreaElement>(`child-version:${part}`, {
    text: () => childVersionText(doc, part),
    write: (value) => editChildVersion(doc, part, value),
  });
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input"
        ref={ref}
        rows={part === 'age' ? 1 : 3}
        maxLength={part === 'age' ? 40 : MAX_CHILD_VERSION_TEXT}
      />
    </div>
  );
}

/** Where the family and worker write the child's version, part by part, typed together letter by letter. */
export function ChildWordsEditor({ doc }: { readonly doc: Y.Doc }) {
  const id = useId();
  return (
    <section className="paper-screen-only" aria-labelledby={id}>
      <h3 id={id}>{WORDS.childWordsHeading}</h3>
      <p className="field__hint">{WORDS.childWordsHint}</p>
      <PartField doc={doc} part="age" label={WORDS.childAge} />
      {(['worried', 'happened', 'doing', 'talkTo'] as const).map((part) => (
        <PartField key={part} doc={doc} part={part} label={CHILD_VERSION_HEADINGS[part]} />
      ))}
    </section>
  );
}
