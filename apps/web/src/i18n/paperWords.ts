/**
 * The papers' words (outputs.model.* in the catalogues), for the model's paper builders: the model
 * asks for a word by id, this answers it in the person's language. `paperWordsIn` answers in
 * another language, for a copy printed for someone who reads a different one.
 */
import { type FrameworkId, type OutputWordId, type Say, type Terms, isFrameworkId } from '@kinboard/model';
import { type LocaleCode, isLocaleCode } from './locales';
import { type MessageId, formatDate, spellDate, t, translatorFor } from './messages';
import { buildTerms, localTerms } from './terms';

const id = (word: OutputWordId) => `outputs.model.${word}` as MessageId;

/** A paper word in the person's language. */
export const paperSay: Say = (word, values) => t(id(word), values);

/** How a paper writes its words and dates. */
export interface PaperLanguage {
  readonly say: Say;
  /** A plan date ("2027-01-20"): "20 January 2027". */
  readonly spell: (date: string) => string;
  /** A moment's day: "3 December 2026". */
  readonly day: (at: number) => string;
  /** The framework's words (danger statement, safety plan …). */
  readonly terms: (framework: unknown) => Terms;
  /** The paper's language, for its `lang` attribute; null for the person's own. */
  readonly locale: LocaleCode | null;
}

const frameworkOf = (framework: unknown): FrameworkId => (isFrameworkId(framework) ? framework : 'signs-of-safety');

/** The person's own language for papers. */
export function paperLanguage(): PaperLanguage {
  return {
    say: paperSay,
    spell: spellDate,
    day: (at) => formatDate(at, { day: 'numeric', month: 'long', year: 'numeric' }),
    terms: localTerms,
    locale: null,
  };
}

/**
 * Papers in `language` (a person's own, when known), or in the reader's language when it is not
 * given or Kinboard does not speak it.
 */
export async function paperLanguageFor(language: string | null | undefined): Promise<PaperLanguage> {
  const code = spokenCode(language);
  if (!code) return paperLanguage();
  const other = await translatorFor(code);
  return {
    say: (word, values) => other.t(id(word), values),
    spell: other.spellDate,
    day: other.dayDate,
    terms: (framework) => buildTerms(frameworkOf(framework), other.t),
    locale: code,
  };
}

/** The catalogue for a BCP 47 tag ("pl-PL" → pl), or null when Kinboard does not speak it. */
function spokenCode(language: string | null | undefined): LocaleCode | null {
  if (!language) return null;
  if (isLocaleCode(language)) return language;
  const base = language.toLowerCase().split('-')[0] ?? '';
  return isLocaleCode(base) ? base : null;
}
