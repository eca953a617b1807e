/**
 * Details of a harm statement: when it happened, how often, how severe, and what it did to the
 * child. Each answer is its own shared text on the statement (see statementTexts.ts), so two
 * people filling in answers at once both keep theirs, letter by letter. The details stay with the
 * statement if it is re-filed elsewhere, and show again if it comes back to Harm.
 */
import type * as Y from 'yjs';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { checkShortText, statementRecord } from './statementRecord';
import {
  MAX_HARM_DETAIL_LENGTH,
  ensureStatementFieldText,
  readStatementField,
  spliceInto,
  type StatementTextField,
} from './statementTexts';

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

/** The statement text field that holds each answer. */
export const HARM_FIELDS = {
  when: 'harmWhen',
  howOften: 'harmHowOften',
  howSevere: 'harmHowSevere',
  impactOnChild: 'harmImpact',
} as const satisfies Record<keyof HarmDetails, StatementTextField>;

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
  const checked: [StatementTextField, string][] = [];
  for (const field of Object.keys(HARM_FIELDS) as (keyof HarmDetails)[]) {
    const value = changes[field];
    if (value !== undefined) checked.push([HARM_FIELDS[field], checkShortText(value, LABELS[field], MAX_HARM_DETAIL_LENGTH)]);
  }
  if (checked.length === 0) return;
  doc.transact(() => {
    for (const [field, value] of checked) spliceInto(ensureStatementFieldText(record, field), value);
  }, origin);
}

/** The harm details on a statement record, or null when none has been given. */
export function readHarmDetails(record: Y.Map<unknown>): HarmDetails | null {
  const read = (field: StatementTextField): string => readStatementField(record, field).trim();
  const details: HarmDetails = {
    when: read(HARM_FIELDS.when),
    howOften: read(HARM_FIELDS.howOften),
    howSevere: read(HARM_FIELDS.howSevere),
    impactOnChild: read(HARM_FIELDS.impactOnChild),
  };
  return Object.values(details).some((v) => v.length > 0) ? details : null;
}
