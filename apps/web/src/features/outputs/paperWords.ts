import type { Terms } from '@kinboard/model';

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** A moment as the reader writes a date: "3 December 2026". */
export function paperDate(at: number): string {
  return DATE.format(at);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The framework's words the papers use: "Safety goal", "Safety plan", "danger statement". */
export function paperTerms(terms: Terms): { plan: string; dangerStatement: string; goal: string } {
  return { plan: capital(terms.plan), dangerStatement: terms.dangerStatement, goal: capital(terms.goal) };
}
