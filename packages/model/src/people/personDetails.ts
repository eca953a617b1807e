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
} as const;

export const MAX_AGENCY_LENGTH = 80;
export const MAX_CONTACT_LENGTH = 200;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

export interface PersonDetails {
  readonly agency?: string;
  readonly contact?: string;
  /** null forgets the language. */
  readonly language?: string | null;
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
  const changes: [string, string | null][] = [];
  if (details.agency !== undefined) changes.push([PERSON_DETAILS.agency, text(details.agency, 'An agency', MAX_AGENCY_LENGTH) || null]);
  if (details.contact !== undefined)
    changes.push([PERSON_DETAILS.contact, text(details.contact, 'Contact details', MAX_CONTACT_LENGTH) || null]);
  if (details.language !== undefined) {
    if (details.language !== null && !LANGUAGE_TAG.test(details.language)) {
      throw new ModelError(ModelErrorCode.invalidText, 'A language is a tag such as "en", "pl" or "pa-Guru"');
    }
    changes.push([PERSON_DETAILS.language, details.language]);
  }
  if (changes.length === 0) return;
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (value === null) record.delete(key);
      else record.set(key, value);
    }
  }, origin);
}

/** A person's details as stored; missing or malformed ones read as absent. */
export function readPersonDetails(record: Y.Map<unknown>): { agency: string; contact: string; language: string | null } {
  const agency = record.get(PERSON_DETAILS.agency);
  const contact = record.get(PERSON_DETAILS.contact);
  const language = record.get(PERSON_DETAILS.language);
  return {
    agency: typeof agency === 'string' ? agency : '',
    contact: typeof contact === 'string' ? contact : '',
    language: typeof language === 'string' && LANGUAGE_TAG.test(language) ? language : null,
  };
}
