/**
 * A deployment's own terms, loaded from JSON so a council can add local names for its teams and
 * services without a code change. The shape, with limits:
 *
 * ```json
 * { "terms": [
 *   { "term": "EDT", "plain": "the out-of-hours social work team", "kind": "acronym" },
 *   { "term": "front door", "plain": "the team that first looks at worries about a child",
 *     "also": ["the front door"], "note": "Say which team you mean." }
 * ] }
 * ```
 * `kind` is optional: a term written in capitals is an acronym, anything else jargon.
 */
import { ModelError, ModelErrorCode } from '../errors';
import type { DictionaryKind, DictionaryTerm } from './dictionary';

export const MAX_EXTENSION_TERMS = 1000;
export const MAX_TERM_LENGTH = 60;
export const MAX_PLAIN_LENGTH = 200;
export const MAX_ALSO = 20;
export const MAX_NOTE_LENGTH = 300;

function fail(message: string): never {
  throw new ModelError(ModelErrorCode.invalidDictionary, message);
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') fail(`${path} must be text`);
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) fail(`${path} must be 1 to ${max} characters`);
  return trimmed;
}

function parseTerm(raw: unknown, path: string): DictionaryTerm {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`${path} must be an object with "term" and "plain"`);
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!['term', 'plain', 'kind', 'also', 'note'].includes(key))
      fail(`${path} has an unknown field "${key}"; use term, plain, kind, also, note`);
  }
  const term = text(entry.term, `${path}.term`, MAX_TERM_LENGTH);
  const plain = text(entry.plain, `${path}.plain`, MAX_PLAIN_LENGTH);
  let kind: DictionaryKind = /^[A-Z][A-Z0-9&.]*[A-Z0-9]s?$/.test(term) ? 'acronym' : 'jargon';
  if (entry.kind !== undefined) {
    if (entry.kind !== 'acronym' && entry.kind !== 'jargon') fail(`${path}.kind must be "acronym" or "jargon"`);
    kind = entry.kind;
  }
  let also: string[] | undefined;
  if (entry.also !== undefined) {
    if (!Array.isArray(entry.also) || entry.also.length > MAX_ALSO) fail(`${path}.also must be a list of at most ${MAX_ALSO} spellings`);
    also = entry.also.map((a, i) => text(a, `${path}.also[${i}]`, MAX_TERM_LENGTH));
  }
  const note = entry.note === undefined ? undefined : text(entry.note, `${path}.note`, MAX_NOTE_LENGTH);
  return { term, kind, plain, ...(also ? { also } : {}), ...(note ? { note } : {}) };
}

/**
 * Checks a dictionary extension (JSON text or already-parsed JSON) and returns its terms, for
 * `checkPlainLanguage(text, { extraTerms })`. Throws `invalid_dictionary` with the path of the
 * first problem (`terms[3].plain must be 1 to 200 characters`).
 */
export function parseDictionaryExtension(json: unknown): DictionaryTerm[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      fail(`The dictionary is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { terms?: unknown }).terms)) {
    fail('The dictionary must be an object with a "terms" list');
  }
  const terms = (value as { terms: unknown[] }).terms;
  if (terms.length > MAX_EXTENSION_TERMS) fail(`The dictionary can have at most ${MAX_EXTENSION_TERMS} terms`);
  const parsed = terms.map((t, i) => parseTerm(t, `terms[${i}]`));
  const seen = new Set<string>();
  parsed.forEach((t, i) => {
    const key = t.term.toLowerCase();
    if (seen.has(key)) fail(`terms[${i}].term "${t.term}" appears twice`);
    seen.add(key);
  });
  return parsed;
}
