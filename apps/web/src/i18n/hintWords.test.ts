import { afterEach, describe, expect, it } from 'vitest';
import { DICTIONARY, checkPlainLanguage } from '@kinboard/model';
import { hintMessage, plainMeaning, termKey } from './hintWords';
import { activateLocale, t, type MessageId } from './messages';

afterEach(() => activateLocale('en'));

const TEXT = 'CAMHS will see Amy. Concerns have been raised about the home. The SW and the DV worker will visit. Dad will attend a course.';

function shown(text: string) {
  return checkPlainLanguage(text).map((hint) => hintMessage(hint, text.slice(hint.start, hint.end)));
}

describe('plain-language hints in the reader’s language', () => {
  it('reads as the checker writes it in English', () => {
    const hints = checkPlainLanguage(TEXT);
    expect(shown(TEXT)).toEqual(hints.map((h) => h.message));
  });

  it('explains each term in Polish, keeping the term as written and the English replacement for the English text', async () => {
    await activateLocale('pl');
    const hints = checkPlainLanguage(TEXT);
    const messages = shown(TEXT);
    const camhs = messages[hints.findIndex((h) => h.term === 'CAMHS')];
    expect(camhs).toBe('„CAMHS” to skrót, którego rodzina może nie znać. Oznacza: służba zdrowia psychicznego dzieci.');
    expect(messages.some((m) => m.includes('„DV”') && m.includes('przemoc domowa'))).toBe(true);
    expect(messages).toContain(t('hints.passiveWorried'));
    expect(messages).toContain(t('hints.serviceGoal'));
    // No English sentence of the checker is left.
    for (const message of messages) expect(message).not.toMatch(/\b(?:is a short form|families|This hides|Say who)\b/);
    // The replacement goes into the English statement, so it stays English.
    expect(hints.find((h) => h.term === 'CAMHS')?.replacement).toBe('Children’s mental health service');
  });

  it('has every dictionary term’s plain words (and notes) in the catalogue; a council’s own term keeps its words', async () => {
    await activateLocale('ur');
    for (const entry of DICTIONARY) {
      const id = `hints.plain.${termKey(entry.term)}` as MessageId;
      expect(t(id), entry.term).not.toBe(id);
      if (entry.note) expect(t(`hints.note.${termKey(entry.term)}` as MessageId), entry.term).not.toBe(entry.note);
    }
    const own = checkPlainLanguage('The FGW will call.', { extraTerms: [{ term: 'FGW', kind: 'acronym', plain: 'family group worker' }] });
    expect(own[0] && plainMeaning(own[0])).toBe('family group worker');
  });
});
