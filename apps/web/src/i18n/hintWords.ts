/**
 * The plain-language hints in the reader's language. The model's checker reads English text and
 * gives each hint a code (and, for a word the dictionary knows, the term and its plain words); the
 * words shown come from the catalogues here. The term found stays as it was written, and so does
 * the replacement a hint offers (it goes into the statement, which is written in English).
 * The English words are the model's own, so these messages are looked up only in other languages
 * (`translated`; a catalogue that lacks one shows the model's English), and their English never
 * travels with the code (englishPerChunk.ts).
 */
import { DICTIONARY, type HintCode, type PlainLanguageHint } from '@kinboard/model';
import { type MessageId, currentLocale, translated } from './messages';
import { PSEUDO_LOCALE } from './locales';
import { pseudoText } from './pseudo';

const FRAMES: Readonly<Record<Exclude<HintCode, 'acronym' | 'jargon' | 'long-sentence' | 'unknown-short-form'>, MessageId>> = {
  'passive-worried': 'hints.passiveWorried',
  'passive-thinks': 'hints.passiveThinks',
  'passive-who-worried': 'hints.passiveWhoWorried',
  'passive-saw': 'hints.passiveSaw',
  'service-goal': 'hints.serviceGoal',
  'stop-goal': 'hints.stopGoal',
};

/** The model's English where a language lacks the message (made strange in the pseudo-locale, as its catalogue would be). */
function english(text: string): string {
  return currentLocale() === PSEUDO_LOCALE ? pseudoText(text) : text;
}

/** A dictionary term as a message key: 'supervised contact' → 'supervised-contact'. */
export function termKey(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const BUILT_IN = new Map(DICTIONARY.map((entry) => [entry.term, entry]));

/**
 * What a word the dictionary knows means, in the reader's language: the catalogue's words for a
 * built-in term; a deployment's own term keeps the plain words the council wrote.
 */
export function plainMeaning(hint: PlainLanguageHint): string | undefined {
  if (!hint.term || hint.plain === undefined) return hint.replacement;
  const entry = BUILT_IN.get(hint.term);
  if (currentLocale() === 'en' || !entry || entry.plain !== hint.plain) return hint.plain;
  return translated(`hints.plain.${termKey(hint.term)}` as MessageId) ?? english(hint.plain);
}

function noteOf(hint: PlainLanguageHint): string | null {
  if (!hint.note || !hint.term) return null;
  const entry = BUILT_IN.get(hint.term);
  return entry?.note === hint.note ? (translated(`hints.note.${termKey(hint.term)}` as MessageId) ?? english(hint.note)) : hint.note;
}

/** What a hint says, in the reader's language; `words` is the text it is about, as written. */
export function hintMessage(hint: PlainLanguageHint, words: string): string {
  if (currentLocale() === 'en' || !hint.code) return hint.message;
  switch (hint.code) {
    case 'acronym':
    case 'jargon': {
      const frame = translated(hint.code === 'acronym' ? 'hints.acronym' : 'hints.jargon', { words, plain: plainMeaning(hint) ?? '' });
      if (frame === null) return english(hint.message);
      const note = noteOf(hint);
      return note ? `${frame} ${note}` : frame;
    }
    case 'unknown-short-form':
      return translated('hints.unknownShortForm', { words }) ?? english(hint.message);
    case 'long-sentence':
      return translated('hints.longSentence', { count: hint.wordCount ?? 0 }) ?? english(hint.message);
    default:
      return translated(FRAMES[hint.code]) ?? english(hint.message);
  }
}
