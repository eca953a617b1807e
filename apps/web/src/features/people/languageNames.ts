/**
 * Names of languages for the people panel. A person's interface language is named in itself
 * ("Polski"), as the language menu names it, so the person can find it; the language an
 * interpreter works in is named in the reader's language ("Polish" to an English chair) by
 * `Intl.DisplayNames`, and may be one Kinboard's interface does not speak (Panjabi, Somali …).
 */
import type { NetworkMemberView } from '@kinboard/model';
import { LOCALES, currentLocale, t } from '../../i18n';

/** Languages an interpreter is often booked for in England and Wales, besides the interface's own. */
export const INTERPRETED_LANGUAGES = ['pl', 'ro', 'pa', 'ur', 'pt', 'es', 'bn', 'ar', 'so', 'cy', 'lt', 'tr', 'ku', 'fa', 'ti'] as const;

/** An interface language in itself ("Polski"); an unknown code as it is. */
export function ownName(code: string): string {
  return LOCALES.find((l) => l.code === code)?.name ?? code;
}

/** A language in the reader's language ("Polish"), or the code when the browser cannot name it. */
export function readersName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Interpreter for Anna — Polish", or as much of it as is known; null for someone who is not an interpreter. */
export function interpreterLine(member: NetworkMemberView | null, members: readonly NetworkMemberView[]): string | null {
  if (member?.kind !== 'interpreter') return null;
  return interpreterText(members.find((m) => m.id === member.interpretsFor)?.name ?? null, member.language);
}

/** "Interpreter for Anna — Polish" from whose words (a name) and the language's code, either possibly unknown. */
export function interpreterText(name: string | null, code: string | null): string {
  const language = code ? readersName(code) : null;
  if (name !== null && language !== null) return t('people.interpreter.forIn', { name, language });
  if (name !== null) return t('people.interpreter.for', { name });
  if (language !== null) return t('people.interpreter.in', { language });
  return t('people.interpreter.plain');
}
