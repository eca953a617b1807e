/**
 * The interface's words: every sentence a person reads comes from a catalogue here, looked up by
 * its id in the person's language (Lingui's runtime; the catalogues are compiled at build time, see
 * vite.config.ts). English comes with the code that uses it, chunk by chunk (englishPerChunk.ts);
 * other languages load whole when chosen. A message a catalogue
 * lacks falls back to English for that message only.
 */
export { LanguageSelect } from './LanguageSelect';
export { ReadAloud } from './ReadAloud';
export { localMapping, localTerms, readLocalMapping, termMessage } from './terms';
export { modelErrorText, roundRefusalText } from './modelErrors';
export { paperLanguage, paperLanguageFor, paperSay } from './paperWords';
export { hintMessage, plainMeaning } from './hintWords';
export type { PaperLanguage } from './paperWords';
export {
  activateLocale,
  chosenOnThisPage,
  deviceHasChoice,
  onLocaleChosen,
  currentDirection,
  currentLocale,
  formatDate,
  formatNumber,
  formatTime,
  initialLocale,
  listOfNames,
  spellDate,
  translatorFor,
  TRAJECTORY_WORDS,
  onLocaleChange,
  t,
  useLocale,
  useMessages,
} from './messages';
export type { MessageId, Translate } from './messages';
export { LOCALES, PSEUDO_LOCALE, directionOf, isLocaleCode, negotiateLocale } from './locales';
export type { LocaleCode } from './locales';
export { stepTitle } from './stepTitle';
