import { t } from '../i18n';
/**
 * The message to show a person for a failed request. The server's own message is used for
 * bad input (it says what was wrong); anything else gets a calm general sentence.
 */
export function plainServerError(status: number, body: unknown, fallback: string): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (status === 400 && typeof message === 'string' && message.length > 0 && message.length < 300) return message;
  if (status === 429) return t('api.tooManyRequests');
  if (status >= 500) return t('api.serverProblem');
  return fallback;
}
