/** The board's case map: the toolbar, the statements in columns or domains, and the three houses. */
export { MapPart } from './MapPart';
export { useExtraTerms } from './dictionaryTerms';
