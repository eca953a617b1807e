import type { Terms } from '@kinboard/model';

const ENGLISH_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A moment as the JSON export writes its date: "3 December 2026", in English whatever the reader's
 * language, so the data other systems import is the same from every device.
 */
export function exportDate(at: number): string {
  return ENGLISH_DAY.format(at);
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The framework's words the papers use: "Safety goal", "Safety plan", "danger statement". */
export function paperTerms(terms: Terms): { plan: string; dangerStatement: string; goal: string } {
  return { plan: capital(terms.plan), dangerStatement: terms.dangerStatement, goal: capital(terms.goal) };
}
