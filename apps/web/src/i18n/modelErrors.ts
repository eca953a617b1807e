import { type ModelError, ModelErrorCode } from '@kinboard/model';
import { type MessageId, currentLocale, t } from './messages';

const NAMES = new Map<string, string>(Object.entries(ModelErrorCode).map(([name, code]) => [code, name]));

/**
 * Plain words, in the person's language, for why a model operation refused. The model gives a code
 * and an English sentence with the details; English readers get that sentence, everyone else the
 * catalogue's words for the code.
 */
export function modelErrorText(error: ModelError): string {
  if (currentLocale() === 'en') return error.message;
  const name = NAMES.get(error.code);
  return name ? t(`model.error.${name}` as MessageId) : t('common.couldNotSave');
}

/**
 * Why the server refused a blind round's request: its English sentence (which says exactly why)
 * for English readers, plain words in the catalogue for everyone else.
 */
export function roundRefusalText(serverMessage: string): string {
  return currentLocale() === 'en' && serverMessage ? serverMessage : t('scales.round.refused');
}
