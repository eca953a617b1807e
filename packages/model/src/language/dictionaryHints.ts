/**
 * Finding dictionary words in a text. Each spelling of a term becomes a whole-word pattern:
 * acronyms match in capitals only (so "send" the verb is never "SEND"), jargon in any case, a
 * space or hyphen in a term matches either, and both apostrophes match. Where matches overlap,
 * the earliest and then the longest wins ("supervised contact" over "contact").
 */
import type { DictionaryTerm } from './dictionary';
import type { PlainLanguageHint } from './checkPlainLanguage';

interface Pattern {
  readonly entry: DictionaryTerm;
  readonly regex: RegExp;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly entry: DictionaryTerm;
}

/** Short forms everyone knows, never flagged as unknown. */
const KNOWN_SHORT_FORMS = new Set([
  'OK',
  'TV',
  'UK',
  'NHS',
  'ID',
  'PE',
  'IT',
  'BBC',
  'DNA',
  'ADHD',
  'MP',
  'AM',
  'PM',
  'DJ',
  'PC',
  'USB',
  'SMS',
  'PIN',
  'ATM',
  'CCTV',
  'IVF',
  'HIV',
  'GCSE',
  'GCSEs',
  'MOT',
  'DIY',
  'CV',
  'EU',
  'USA',
  'US',
  'XL',
  'TikTok',
  'PS',
  'RE',
  'UFO',
  'VIP',
  'WiFi',
  'PTO',
]);

const WORD_CHAR = '[\\p{L}\\p{N}]';

function formSource(form: string): string {
  let source = '';
  for (const char of form.trim()) {
    if (char === ' ') source += '[\\s\\-]+';
    else if (char === '-') source += '[\\s\\-]?';
    else if (char === "'" || char === '’') source += "['’]";
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return source;
}

function compile(entries: readonly DictionaryTerm[]): Pattern[] {
  return entries.map((entry) => {
    const forms = [entry.term, ...(entry.also ?? [])].map(formSource).sort((a, b) => b.length - a.length);
    const flags = entry.kind === 'acronym' ? 'gu' : 'giu';
    return { entry, regex: new RegExp(`(?<!${WORD_CHAR})(?:${forms.join('|')})(?!${WORD_CHAR})`, flags) };
  });
}

const compiled = new WeakMap<readonly DictionaryTerm[], Pattern[]>();

function patternsFor(entries: readonly DictionaryTerm[]): Pattern[] {
  let patterns = compiled.get(entries);
  if (!patterns) {
    patterns = compile(entries);
    compiled.set(entries, patterns);
  }
  return patterns;
}

function wordBefore(text: string, at: number): string {
  return /([\p{L}\p{N}'’]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase() ?? '';
}

function wordAfter(text: string, at: number): string {
  return /^[^\p{L}\p{N}]*([\p{L}\p{N}'’]+)/u.exec(text.slice(at, at + 40))?.[1]?.toLowerCase() ?? '';
}

function excluded(text: string, found: Found): boolean {
  const { notAfter, notBefore } = found.entry;
  if (notAfter?.some((w) => w.toLowerCase() === wordBefore(text, found.start))) return true;
  return notBefore?.some((w) => w.toLowerCase() === wordAfter(text, found.end)) ?? false;
}

function startsSentence(text: string, at: number): boolean {
  return /(?:^|[.!?\n])\s*$/.test(text.slice(Math.max(0, at - 40), at)) || at === 0;
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function hintFor(text: string, found: Found): PlainLanguageHint {
  const { entry } = found;
  const matched = text.slice(found.start, found.end);
  const capital = startsSentence(text, found.start) || (entry.kind === 'jargon' && /^\p{Lu}/u.test(matched));
  const replacement = capital ? capitalise(entry.plain) : entry.plain;
  const message =
    entry.kind === 'acronym'
      ? `“${matched}” is a short form that families may not know. ${entry.note ?? `Say “${entry.plain}”.`}`
      : `“${matched}” is a word services use that families may not. ${entry.note ?? `Try “${entry.plain}”.`}`;
  const note = entry.note ? { note: entry.note } : {};
  return {
    kind: entry.kind,
    code: entry.kind,
    term: entry.term,
    plain: entry.plain,
    ...note,
    start: found.start,
    end: found.end,
    message,
    replacement,
  };
}

function unknownShortForms(text: string, taken: readonly Found[]): PlainLanguageHint[] {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters > 0 && capitals / letters > 0.5) return []; // written in capitals throughout: nothing stands out
  const hints: PlainLanguageHint[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z]{2}[A-Z0-9]{0,4}s?(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (KNOWN_SHORT_FORMS.has(m[0]) || taken.some((f) => f.start < end && start < f.end)) continue;
    hints.push({
      kind: 'acronym',
      code: 'unknown-short-form',
      start,
      end,
      message: `“${m[0]}” looks like a short form. Write it out in plain words.`,
    });
  }
  return hints;
}

/** Dictionary hints for `text`; `extra` terms replace built-in ones with the same spelling. */
export function dictionaryHints(
  text: string,
  builtIn: readonly DictionaryTerm[],
  extra: readonly DictionaryTerm[],
  flagUnknown: boolean,
): PlainLanguageHint[] {
  const overridden = new Set(extra.map((e) => e.term.toLowerCase()));
  const patterns = [...patternsFor(extra), ...patternsFor(builtIn).filter((p) => !overridden.has(p.entry.term.toLowerCase()))];
  const found: Found[] = [];
  for (const { entry, regex } of patterns) {
    for (const m of text.matchAll(regex)) {
      const candidate = { start: m.index, end: m.index + m[0].length, entry };
      if (!excluded(text, candidate)) found.push(candidate);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Found[] = [];
  for (const f of found) if (chosen.length === 0 || f.start >= chosen[chosen.length - 1]!.end) chosen.push(f);
  return [...chosen.map((f) => hintFor(text, f)), ...(flagUnknown ? unknownShortForms(text, chosen) : [])];
}
