/**
 * What else the board keeps about a person (a network member): the agency a professional works
 * for, contact details they agreed to share in the plan copy, and the language they read (kept
 * now; copies in other languages will use it). Each is its own key, so concurrent changes to
 * different details both stay.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { networkMap } from '../schema';

export const PERSON_DETAILS = {
  /** string: the agency of a professional ("Children's services", "Hill Primary"). */
  agency: 'agency',
  /** string: contact details the person agreed to share with everyone who gets the plan copy. */
  contact: 'contact',
  /** string: a BCP 47 language tag ("en", "pl", "pa-Guru") of the language they read. */
  language: 'language',
  /** string: for an interpreter (kind `interpreter`), the network member whose words they interpret. */
  interpretsFor: 'interpretsFor',
  /** true: the chair asks this interpreter for a number on the scales too (interpreters are not asked otherwise). */
  scalesToo: 'scalesToo',
} as const;

export const MAX_AGENCY_LENGTH = 80;
export const MAX_CONTACT_LENGTH = 200;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

export interface PersonDetails {
  readonly agency?: string;
  readonly contact?: string;
  /** null forgets the language. For an interpreter: the language they interpret. */
  readonly language?: string | null;
  /** An interpreter's: the network member whose words they interpret; null forgets it. */
  readonly interpretsFor?: string | null;
  /** An interpreter's: true when the chair asks them for a number on the scales too. */
  readonly scalesToo?: boolean;
}

function text(value: string, what: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length > max) throw new ModelError(ModelErrorCode.invalidText, `${what} can be at most ${max} characters`);
  return trimmed;
}

/** Sets some of a person's details; an empty agency or contact removes it. */
export function setPersonDetails(doc: Y.Doc, memberId: string, details: PersonDetails, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = networkMap(doc).get(memberId);
  if (!(record instanceof Y.Map))
    throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${memberId}" on this board`);
  const changes: [string, string | true | null][] = [];
  if (details.agency !== undefined) changes.push([PERSON_DETAILS.agency, text(details.agency, 'An agency', MAX_AGENCY_LENGTH) || null]);
  if (details.contact !== undefined)
    changes.push([PERSON_DETAILS.contact, text(details.contact, 'Contact details', MAX_CONTACT_LENGTH) || null]);
  if (details.language !== undefined) {
    if (details.language !== null && !LANGUAGE_TAG.test(details.language)) {
      throw new ModelError(ModelErrorCode.invalidText, 'A language is a tag such as "en", "pl" or "pa-Guru"');
    }
    changes.push([PERSON_DETAILS.language, details.language]);
  }
  if (details.interpretsFor !== undefined) {
    if (
      details.interpretsFor !== null &&
      (details.interpretsFor === memberId || !(networkMap(doc).get(details.interpretsFor) instanceof Y.Map))
    ) {
      throw new ModelError(ModelErrorCode.memberNotFound, `No other network member with id "${details.interpretsFor}" on this board`);
    }
    changes.push([PERSON_DETAILS.interpretsFor, details.interpretsFor]);
  }
  if (details.scalesToo !== undefined) changes.push([PERSON_DETAILS.scalesToo, details.scalesToo ? true : null]);
  if (changes.length === 0) return;
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (value === null) record.delete(key);
      else record.set(key, value);
    }
  }, origin);
}

/** A person's details as stored; missing or malformed ones read as absent. */
export function readPersonDetails(record: Y.Map<unknown>): {
  agency: string;
  contact: string;
  language: string | null;
  interpretsFor: string | null;
  scalesToo: boolean;
} {
  const agency = record.get(PERSON_DETAILS.agency);
  const contact = record.get(PERSON_DETAILS.contact);
  const language = record.get(PERSON_DETAILS.language);
  const interpretsFor = record.get(PERSON_DETAILS.interpretsFor);
  return {
    agency: typeof agency === 'string' ? agency : '',
    contact: typeof contact === 'string' ? contact : '',
    language: typeof language === 'string' && LANGUAGE_TAG.test(language) ? language : null,
    interpretsFor: typeof interpretsFor === 'string' && interpretsFor.length > 0 ? interpretsFor : null,
    scalesToo: record.get(PERSON_DETAILS.scalesToo) === true,
  };
}
