import { Fragment, useMemo } from 'react';
import { checkPlainLanguage, type DictionaryTerm } from '@kinboard/model';
import { plainMeaning } from '../../i18n';
import './PlainWords.css';

/**
 * A statement as the room reads it: each short form or professional word the dictionary knows
 * (DV, HV, CAMHS, the deployment's own terms) is followed by its plain words in brackets, so the
 * family never has to ask what it means, in the room screen's language. The writer's words themselves are left as
 * they are.
 */
export function PlainWords({ text, extraTerms }: { readonly text: string; readonly extraTerms: readonly DictionaryTerm[] }) {
  const parts = useMemo(() => {
    const hints = checkPlainLanguage(text, { extraTerms, unknownAcronyms: false })
      .filter((h) => (h.kind === 'acronym' || h.kind === 'jargon') && h.replacement)
      .sort((a, b) => a.start - b.start);
    const out: { text: string; plain?: string }[] = [];
    let at = 0;
    for (const hint of hints) {
      if (hint.start < at) continue;
      out.push({ text: text.slice(at, hint.start) }, { text: text.slice(hint.start, hint.end), plain: plainMeaning(hint) });
      at = hint.end;
    }
    out.push({ text: text.slice(at) });
    return out;
  }, [text, extraTerms]);
  return (
    <>
      {parts.map((part, i) =>
        part.plain ? (
          <Fragment key={i}>
            {part.text} <span className="plain-words">({part.plain})</span>
          </Fragment>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
