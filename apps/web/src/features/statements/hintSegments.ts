/**
 * Pure helpers for showing plain-language hints: which words to underline in a statement, and
 * which hints a person has already waved away.
 */
import type { PlainLanguageHint } from '@kinboard/model';

export interface TextSegment {
  readonly text: string;
  /** The hint this stretch of text is underlined for, or null for plain text. */
  readonly hint: PlainLanguageHint | null;
}

/** Hints about one word or phrase (not a whole sentence), which read best as an underline. */
export function isWordHint(hint: PlainLanguageHint): boolean {
  return hint.kind === 'jargon' || hint.kind === 'acronym';
}

/**
 * Splits `text` into plain and underlined stretches for the word hints. Hints that overlap an
 * earlier one, or no longer fit the text, are left out, so the pieces always join back to `text`.
 *
 * @example
 * hintSegments('The SW will visit', [{ kind: 'acronym', start: 4, end: 6, … }])
 * // [{ text: 'The ', hint: null }, { text: 'SW', hint }, { text: ' will visit', hint: null }]
 */
export function hintSegments(text: string, hints: readonly PlainLanguageHint[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  const words = hints
    .filter(isWordHint)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hint of words) {
    if (hint.start < at || hint.end > text.length || hint.end <= hint.start) continue;
    if (hint.start > at) segments.push({ text: text.slice(at, hint.start), hint: null });
    segments.push({ text: text.slice(hint.start, hint.end), hint });
    at = hint.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hint: null });
  return segments;
}

/**
 * A key for a hint that survives edits elsewhere in the text: its kind and the words it is about,
 * so dismissing "SW" keeps it dismissed while the person types on.
 */
export function hintKey(text: string, hint: PlainLanguageHint): string {
  return `${hint.kind}:${text.slice(hint.start, hint.end).toLowerCase()}`;
}

/** True when `hint`, found in an earlier version of the text, still points at the same words in `text`. */
export function hintStillFits(text: string, hint: PlainLanguageHint, words: string): boolean {
  return hint.end <= text.length && text.slice(hint.start, hint.end) === words;
}
