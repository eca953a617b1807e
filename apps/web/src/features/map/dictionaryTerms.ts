/**
 * The deployment's own plain-language terms (GET /api/dictionary), fetched once per page load.
 * Any failure means no extra terms: the built-in dictionary still works.
 */
import { useEffect, useState } from 'react';
import { parseDictionaryExtension, type DictionaryTerm } from '@kinboard/model';

let loading: Promise<readonly DictionaryTerm[]> | null = null;

function loadExtraTerms(): Promise<readonly DictionaryTerm[]> {
  loading ??= fetch('/api/dictionary', { credentials: 'same-origin', referrerPolicy: 'no-referrer' })
    .then((response) => (response.ok ? response.json() : { terms: [] }))
    .then((body: unknown) => parseDictionaryExtension(body))
    .catch(() => []);
  return loading;
}

const NONE: readonly DictionaryTerm[] = [];

export function useExtraTerms(): readonly DictionaryTerm[] {
  const [terms, setTerms] = useState<readonly DictionaryTerm[]>(NONE);
  useEffect(() => {
    let live = true;
    // No extra terms leaves the same empty list, so no statement card is drawn again for it.
    void loadExtraTerms().then((loaded) => live && loaded.length > 0 && setTerms(loaded));
    return () => {
      live = false;
    };
  }, []);
  return terms;
}
