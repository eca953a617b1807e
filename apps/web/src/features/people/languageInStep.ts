/**
 * A person's language lives in two places: their record on the server (the interface language
 * their devices open in, SPEC I6) and, when they are on the network list, the entry's "language
 * they read" (a language tag, for the papers and the room). The chair changing either changes the
 * other where Kinboard speaks the language; an interpreter's entry names the language they
 * interpret, so it is left alone.
 */
import type { NetworkMemberView } from '@kinboard/model';
import { LOCALES } from '../../i18n';

/** The interface language a language tag gives ('pl-PL' → 'pl'), or null when Kinboard does not speak it. */
export function interfaceLanguageOf(tag: string | null): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES.some((locale) => locale.code === primary) ? primary : null;
}

/** The entry's new "language they read" after the record changed to `language`, or undefined to leave it. */
export function entryLanguageAfter(member: NetworkMemberView | null, language: string | null): string | undefined {
  if (!member || member.kind === 'interpreter' || language === null) return undefined;
  return interfaceLanguageOf(member.language) === language ? undefined : language;
}

/** The people whose records take `tag` after the entry's language changed to it: [person id, code][]. */
export function recordsAfter(
  member: NetworkMemberView,
  tag: string | null,
  recorded: (personId: string) => string | null,
): [string, string][] {
  const code = interfaceLanguageOf(tag);
  if (member.kind === 'interpreter' || code === null) return [];
  return member.personIds.filter((id) => recorded(id) !== code).map((id) => [id, code]);
}
