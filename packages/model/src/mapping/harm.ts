/**
 * Details of a harm statement: when it happened, how often, how severe, and what it did to the
 * child. Each answer is its own key on the statement, so two people filling in different
 * answers at once both keep theirs. The details stay with the statement if it is re-filed
 * elsewhere, and show again if it comes back to Harm.
 */
import type * as Y from 'yjs';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT } from '../schema';
import { checkShortText, statementRecord } from './statementRecord';

/** The longest harm detail, in characters. */
export const MAX_HARM_DETAIL_LENGTH = 500;

/** What a harm statement records: when, how often, how severe, and what it did to the child. */
export interface HarmDetails {
  /** When it happened ("last March", "on 3 June, at bedtime"). */
  readonly when: string;
  /** How often ("once", "most weekends"). */
  readonly howOften: string;
  /** How severe ("a bruise on her arm that a doctor saw"). */
  readonly howSevere: string;
  /** What it did to the child ("Amy was scared to go home and stopped sleeping"). */
  readonly impactOnChild: string;
}

const KEYS = {
  when: STATEMENT.harmWhen,
  howOften: STATEMENT.harmHowOften,
  howSevere: STATEMENT.harmHowSevere,
  impactOnChild: STATEMENT.harmImpact,
} as const satisfies Record<keyof HarmDetails, string>;

const LABELS: Record<keyof HarmDetails, string> = {
  when: 'When it happened',
  howOften: 'How often',
  howSevere: 'How severe',
  impactOnChild: 'What it did to the child',
};

/**
 * Sets some of a statement's harm details; an empty string clears one.
 *
 * @example
 * setHarmDetails(doc, id, { when: 'Last Friday night', impactOnChild: 'Amy hid in her room' });
 */
export function setHarmDetails(doc: Y.Doc, id: string, changes: Partial<HarmDetails>, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = statementRecord(doc, id);
  const checked: [string, string][] = [];
  for (const field of Object.keys(KEYS) as (keyof HarmDetails)[]) {
    const value = changes[field];
    if (value !== undefined) checked.push([KEYS[field], checkShortText(value, LABELS[field], MAX_HARM_DETAIL_LENGTH)]);
  }
  if (checked.length === 0) return;
  doc.transact(() => {
    for (const [key, value] of checked) {
      if (value.length === 0) record.delete(key);
      else record.set(key, value);
    }
  }, origin);
}

/** The harm details on a statement record, or null when none has been given. */
export function readHarmDetails(record: Y.Map<unknown>): HarmDetails | null {
  const read = (key: string): string => {
    const value = record.get(key);
    return typeof value === 'string' ? value : '';
  };
  const details: HarmDetails = {
    when: read(KEYS.when),
    howOften: read(KEYS.howOften),
    howSevere: read(KEYS.howSevere),
    impactOnChild: read(KEYS.impactOnChild),
  };
  return Object.values(details).some((v) => v.length > 0) ? details : null;
}
