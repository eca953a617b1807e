import { currentLocale, t, type MessageId } from '../i18n';

/**
 * Plain words for an API error's `code`, for readers of any language but English: the server's
 * own sentences are English and say exactly what was wrong, so English readers keep them; everyone
 * else reads the catalogue's words for the code (never the server's English).
 */
const CODE_WORDS: Readonly<Record<string, MessageId>> = {
  invalid_field: 'api.error.notAccepted',
  invalid_request: 'api.error.notAccepted',
  invalid_json: 'api.error.notAccepted',
  unsupported_media_type: 'api.error.notAccepted',
  too_large: 'api.error.tooLarge',
  board_not_found: 'api.error.boardNotFound',
  not_found: 'api.error.notFound',
  conflict: 'api.error.conflict',
  refused: 'api.error.refused',
  lobby_full: 'api.error.lobbyFull',
  too_many_requests: 'api.tooManyRequests',
};

function errorOf(body: unknown): { code: unknown; message: unknown } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return { code: error?.code, message: error?.message };
}

/**
 * What the server said was wrong, in the person's language: its own sentence for English readers,
 * the catalogue's words for its code for everyone else; null when it said nothing usable.
 */
export function serverSentence(body: unknown): string | null {
  const { code, message } = errorOf(body);
  if (currentLocale() === 'en') return typeof message === 'string' && message.length > 0 && message.length < 300 ? message : null;
  const id = typeof code === 'string' ? CODE_WORDS[code] : undefined;
  return id ? t(id) : null;
}

/**
 * The message to show a person for a failed request. What the server says about bad input is used
 * (it says what was wrong); anything else gets a calm general sentence.
 */
export function plainServerError(status: number, body: unknown, fallback: string): string {
  if (status === 400) return serverSentence(body) ?? fallback;
  if (status === 429) return t('api.tooManyRequests');
  if (status >= 500) return t('api.serverProblem');
  return fallback;
}
