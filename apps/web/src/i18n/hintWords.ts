/**
 * The plain-language hints in the reader's language. The model's checker reads English text and
 * gives each hint a code (and, for a word the dictionary knows, the term and its plain words); the
 * words shown come from the catalogues here. The term found stays as it was written, and so does
 * the replacement a hint offers (it goes into the statement, which is written in English).
 */
import { DICTIONARY, type HintCode, type PlainLanguageHint } from '@kinboard/model';
import { type MessageId, currentLocale, t } from './messages';

const FRAMES: Readonly<Record<Exclude<HintCode, 'acronym' | 'jargon' | 'long-sentence' | 'unknown-short-form'>, MessageId>> = {
  'passive-worried': 'hints.passiveWorried',
  'passive-thinks': 'hints.passiveThinks',
  'passive-who-worried': 'hints.passiveWhoWorried',
  'passive-saw': 'hints.passiveSaw',
  'service-goal': 'hints.serviceGoal',
  'stop-goal': 'hints.stopGoal',
};

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
  return t(`hints.plain.${termKey(hint.term)}` as MessageId);
}

function noteOf(hint: PlainLanguageHint): string | null {
  if (!hint.note || !hint.term) return null;
  const entry = BUILT_IN.get(hint.term);
  return entry?.note === hint.note ? t(`hints.note.${termKey(hint.term)}` as MessageId) : hint.note;
}

/** What a hint says, in the reader's language; `words` is the text it is about, as written. */
export function hintMessage(hint: PlainLanguageHint, words: string): string {
  if (currentLocale() === 'en' || !hint.code) return hint.message;
  switch (hint.code) {
    case 'acronym':
    case 'jargon': {
      const frame = t(hint.code === 'acronym' ? 'hints.acronym' : 'hints.jargon', { words, plain: plainMeaning(hint) ?? '' });
      const note = noteOf(hint);
      return note ? `${frame} ${note}` : frame;
    }
    case 'unknown-short-form':
      return t('hints.unknownShortForm', { words });
    case 'long-sentence':
      return t('hints.longSentence', { count: hint.wordCount ?? 0 });
    default:
      return t(FRAMES[hint.code]);
  }
}
