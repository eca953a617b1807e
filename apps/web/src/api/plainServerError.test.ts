import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, roundRefusalText, t } from '../i18n';
import { plainServerError, serverSentence } from './plainServerError';

afterEach(() => activateLocale('en'));

const said = (code: string, message: string) => ({ error: { code, message } });

// Every code the server's API answers a person's request with (apps/server/src/http/errors.ts, core/errors.ts).
const CODES = [
  'invalid_field',
  'invalid_request',
  'invalid_json',
  'unsupported_media_type',
  'too_large',
  'board_not_found',
  'not_found',
  'conflict',
  'refused',
  'lobby_full',
  'too_many_requests',
];

describe('what a person reads when the server refuses', () => {
  it('gives English readers the server’s own sentence, which says exactly what was wrong', () => {
    expect(plainServerError(400, said('invalid_field', 'A name needs 1 to 80 characters'), 'fallback')).toBe(
      'A name needs 1 to 80 characters',
    );
    expect(serverSentence(said('conflict', 'That request has already been decided'))).toBe('That request has already been decided');
  });

  it('never shows the server’s English to a reader of another language: each code has its own words', async () => {
    await activateLocale('pl');
    for (const code of CODES) {
      const text = serverSentence(said(code, 'An English sentence from the server'));
      expect(text, code).not.toBeNull();
      expect(text, code).not.toContain('English sentence');
    }
    expect(plainServerError(400, said('invalid_field', 'A name needs 1 to 80 characters'), 'fallback')).toBe(t('api.error.notAccepted'));
    expect(t('api.error.conflict')).toMatch(/zmieniło/);
    // A code the app does not know falls back to the caller's own plain words.
    expect(plainServerError(400, said('something_new', 'English'), t('api.didNotWork'))).toBe(t('api.didNotWork'));
    expect(roundRefusalText('That round is no longer collecting answers')).toBe(t('scales.round.refused'));
  });
});
