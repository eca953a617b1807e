/**
 * A plain-language checker for statements, run as people type, in the browser, with no service.
 * It points at words a family may not know, sentences too long to follow, worries that hide who
 * is worried, and goals written as services rather than as what people will be doing. Every
 * hint says what to do in plain words; most jargon hints offer a replacement (`applyHint`).
 * The checker suggests, never blocks: the family's own words are theirs to keep.
 */
import type { DomainId } from '../mapping/domains';
import { DICTIONARY, type DictionaryTerm } from './dictionary';
import { dictionaryHints } from './dictionaryHints';

export type HintKind = 'jargon' | 'acronym' | 'long-sentence' | 'passive-concern' | 'service-goal' | 'stop-goal';

/**
 * What a hint says, as a code an interface words in its reader's language (`message` is English):
 * a word or short form the dictionary knows (with `term`, `plain`, and maybe `note`), a short form
 * it does not know, a long sentence (`wordCount`), a worry or finding that hides who is worried or
 * who saw it, a goal written as a service or as what will stop.
 */
export type HintCode =
  | 'acronym'
  | 'jargon'
  | 'unknown-short-form'
  | 'long-sentence'
  | 'passive-worried'
  | 'passive-thinks'
  | 'passive-who-worried'
  | 'passive-saw'
  | 'service-goal'
  | 'stop-goal';

/** A place in a text that could be said more plainly, and what to say instead. */
export interface PlainLanguageHint {
  readonly kind: HintKind;
  readonly code?: HintCode;
  /** Dictionary hints: the term as the dictionary spells it ('CAMHS'), its plain words and its note, in English. */
  readonly term?: string;
  readonly plain?: string;
  readonly note?: string;
  /** Long sentences: how many words. */
  readonly wordCount?: number;
  /** UTF-16 offsets into the checked text: `text.slice(start, end)` is what the hint is about. */
  readonly start: number;
  readonly end: number;
  /** What to do, in plain words. */
  readonly message: string;
  /** Words to put in place of `text.slice(start, end)`, when there is a simple swap. */
  readonly replacement?: string;
}

export interface PlainLanguageOptions {
  /** A deployment's own terms (see `parseDictionaryExtension`); they win over built-in terms with the same spelling. */
  readonly extraTerms?: readonly DictionaryTerm[];
  /** The domain the text is in. Goal checks run for 'goals', and when no domain is given. */
  readonly domain?: DomainId;
  /** Sentences longer than this many words get a hint. Default 25. */
  readonly maxSentenceWords?: number;
  /** Flag capitalised short forms the dictionary does not know ("this looks like a short form"). Default true. */
  readonly unknownAcronyms?: boolean;
}

export const DEFAULT_MAX_SENTENCE_WORDS = 25;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function longSentences(text: string, maxWords: number): PlainLanguageHint[] {
  const hints: PlainLanguageHint[] = [];
  const sentence = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (const match of text.matchAll(sentence)) {
    const words = match[0].match(WORD)?.length ?? 0;
    if (words <= maxWords) continue;
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    hints.push({
      kind: 'long-sentence',
      code: 'long-sentence',
      wordCount: words,
      start,
      end: start + match[0].trim().length,
      message: `This sentence has ${words} words. Shorter sentences are easier to follow: try making it two.`,
    });
  }
  return hints;
}

const PASSIVE: readonly { pattern: RegExp; code: HintCode; message: string }[] = [
  {
    pattern:
      /\b(?:concerns?|worries|allegations?)\s+(?:have|has|had)?\s*(?:been|were|was|are|is)\s+(?:raised|reported|noted|expressed|identified|highlighted|shared|made)\b(?!\s+by\b)/gi,
    code: 'passive-worried',
    message: 'This hides who is worried. Say who: “The school is worried that …”.',
  },
  {
    pattern:
      /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:reported|felt|noted|alleged|believed|thought|considered|understood|suggested|said|assessed|agreed)\b(?!\s+by\b)/gi,
    code: 'passive-thinks',
    message: 'This hides who thinks so. Say who: “Amy’s teacher told us …” or “We think …”.',
  },
  {
    pattern:
      /\bthere\s+(?:are|were|is|was|have\s+been|has\s+been|remain|remains)\s+(?:(?:ongoing|significant|serious|some|many|a\s+number\s+of)\s+)?(?:concerns?|worries)\b/gi,
    code: 'passive-who-worried',
    message: 'This hides who is worried. Say who is worried and about what: “Gran is worried that …”.',
  },
  {
    pattern: /\b(?:was|were|has\s+been|have\s+been)\s+(?:observed|seen|witnessed|noted)\s+to\b/gi,
    code: 'passive-saw',
    message: 'This hides who saw it. Say who: “The health visitor saw …”.',
  },
];

function passiveConcerns(text: string): PlainLanguageHint[] {
  return PASSIVE.flatMap(({ pattern, code, message }) =>
    [...text.matchAll(pattern)].map((m) => ({
      kind: 'passive-concern' as const,
      code,
      start: m.index,
      end: m.index + m[0].length,
      message,
    })),
  );
}

const SERVICE_GOAL =
  /\bwill\s+(?:continue\s+to\s+|need\s+to\s+|be\s+expected\s+to\s+)?(?:attend|engage|complete|comply|access|participate|undertake|co-?operate|sign\s+up|be\s+referred|accept\s+(?:support|help|services|the\s+plan)|take\s+part\s+in\s+(?:a|an|the)\s+(?:course|programme|program|group|assessment)|work\s+with\s+(?:professionals|services|agencies|the\s+social\s+worker|children[’']s\s+services))\b[^.!?\n]*/gi;
const STOP_GOAL = /\bwill\s+(?:not|no\s+longer|stop|never|refrain\s+from|cease|abstain\s+from)\b[^.!?\n]*/gi;

function goalHints(text: string): PlainLanguageHint[] {
  const hints: PlainLanguageHint[] = [];
  for (const m of text.matchAll(SERVICE_GOAL)) {
    hints.push({
      kind: 'service-goal',
      code: 'service-goal',
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      message:
        'This says which service people will use. A goal says what they will be doing that anyone could see, for example “Dad will stay calm and walk away when he feels angry”.',
    });
  }
  for (const m of text.matchAll(STOP_GOAL)) {
    hints.push({
      kind: 'stop-goal',
      code: 'stop-goal',
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      message: 'This says what will stop. Say what people will be doing instead, so everyone can see it happening.',
    });
  }
  return hints;
}

/** True when some sentence of `text` is longer than the checker accepts (`maxWords`, default 25). */
export function hasLongSentence(text: string, maxWords = DEFAULT_MAX_SENTENCE_WORDS): boolean {
  return longSentences(text, maxWords).length > 0;
}

/**
 * Hints for `text`, in the order they appear.
 *
 * @example
 * checkPlainLanguage('CAMHS will see Amy.')
 * // [{ kind: 'acronym', start: 0, end: 5, replacement: 'Children’s mental health service', message: '…' }]
 */
export function checkPlainLanguage(text: string, options: PlainLanguageOptions = {}): PlainLanguageHint[] {
  const maxWords = options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  const hints = [
    ...dictionaryHints(text, DICTIONARY, options.extraTerms ?? [], options.unknownAcronyms ?? true),
    ...longSentences(text, maxWords),
    ...passiveConcerns(text),
    ...(options.domain === undefined || options.domain === 'goals' ? goalHints(text) : []),
  ];
  return hints.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** `text` with the hint's replacement in place; the text unchanged when the hint has none or no longer fits. */
export function applyHint(text: string, hint: PlainLanguageHint): string {
  if (hint.replacement === undefined || hint.start < 0 || hint.end > text.length || hint.start > hint.end) return text;
  return text.slice(0, hint.start) + hint.replacement + text.slice(hint.end);
}
