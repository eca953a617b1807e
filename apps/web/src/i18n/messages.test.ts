import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { negotiateLocale } from './locales';
import { activateLocale, currentDirection, formatNumber, t, type MessageId } from './messages';

afterEach(() => activateLocale('en'));

// Every shipped catalogue is complete, so the Polish one here lacks one message on purpose: the
// way a council's new or older catalogue would, to show that message reads in English alone.
const DROPPED: MessageId = 'board.part.map';
vi.mock('./messages/pl.json', async (importOriginal) => {
  const actual = (await importOriginal()) as { default: Record<string, unknown> };
  const { [DROPPED]: _dropped, ...rest } = actual.default;
  return { default: rest };
});

const raw = (code: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'messages', `${code}.json`), 'utf8')) as Record<string, string>;
const english = raw('en');
const polish = raw('pl');

describe('the interface language', () => {
  it('follows the first of the browser languages Kinboard speaks', () => {
    expect(negotiateLocale(['pl-PL', 'en-GB'])).toBe('pl');
    expect(negotiateLocale(['de-DE', 'ur-PK', 'en'])).toBe('ur');
    expect(negotiateLocale(['en-US', 'pl'])).toBe('en');
    expect(negotiateLocale(['de', 'fr'])).toBe('en');
    expect(negotiateLocale(['en-XA'])).toBe('en-XA');
  });

  it('reads a translated message in the language, and a message the catalogue lacks in English', async () => {
    expect(polish[DROPPED]).toBeDefined();
    await activateLocale('pl');
    expect(t('board.NamePrompt.yourName')).toBe('Twoje imię');
    expect(t(DROPPED)).toBe(english[DROPPED]);
    expect(t(DROPPED)).not.toBe(polish[DROPPED]);
  });

  it('fills placeholders and picks ICU plural forms for the language', async () => {
    expect(t('meeting.timer.announceMinutes', { minutes: 1 })).toBe('1 minute left.');
    expect(t('meeting.timer.announceMinutes', { minutes: 5 })).toBe('5 minutes left.');
    expect(t('terms.dangerStatement', { f: 'wellbeing' })).toBe('worry statement');
    await activateLocale('pl');
    expect(formatNumber(2.5)).toBe('2,5');
    await activateLocale('ar');
    expect(currentDirection()).toBe('rtl');
  });

  it('has a pseudo-locale that changes every English letter and lengthens the text', async () => {
    await activateLocale('en-XA');
    const pseudo = t('board.NamePrompt.yourName');
    expect(pseudo).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length).toBeGreaterThan('Your name'.length);
    expect(t('meeting.timer.announceMinutes', { minutes: 3 })).toMatch(/^3 /);
  });

  it('takes the English a chunk brings as it starts, in English and in the pseudo-locale', async () => {
    const id = 'test.chunk.arrived' as MessageId;
    const chunks = (globalThis as { __kinboardEnglish?: { push: (m: Record<string, unknown>) => number } }).__kinboardEnglish;
    chunks?.push({ [id]: ['Arrived with its code'] });
    expect(t(id)).toBe('Arrived with its code');
    await activateLocale('en-XA');
    chunks?.push({ 'test.chunk.later': ['Later words'] });
    expect(t('test.chunk.later' as MessageId)).not.toMatch(/[A-Za-z]/);
    await activateLocale('pl');
    expect(t(id)).toBe('Arrived with its code');
  });

  it('never shows an id no chunk brought: an ellipsis while every message loads', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(t('test.never.brought' as MessageId)).toBe('…');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
