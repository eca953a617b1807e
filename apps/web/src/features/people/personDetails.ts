/**
 * The details form's fields for one person on the network list, as strings and a tick: what the
 * record holds (detailsOf), whether a change leaves them as saved (sameDetails), and a kept draft
 * read back only when it still has this shape and names a person (fitDetails).
 */
import type { NetworkMemberView } from '@kinboard/model';

export interface PersonDetails {
  readonly memberId: string;
  readonly agency: string;
  readonly contact: string;
  readonly language: string;
  readonly interpretsFor: string;
  readonly scalesToo: boolean;
}

export function detailsOf(member: NetworkMemberView): PersonDetails {
  return {
    memberId: member.id,
    agency: member.agency ?? '',
    contact: member.contact ?? '',
    language: member.language ?? '',
    interpretsFor: member.interpretsFor ?? '',
    scalesToo: member.scalesToo ?? false,
  };
}

/** True when `a` would save as `b` (spaces around the words do not count). */
export function sameDetails(a: PersonDetails, b: PersonDetails): boolean {
  return (
    a.memberId === b.memberId &&
    a.agency.trim() === b.agency.trim() &&
    a.contact.trim() === b.contact.trim() &&
    a.language.trim() === b.language.trim() &&
    a.interpretsFor === b.interpretsFor &&
    a.scalesToo === b.scalesToo
  );
}

const TEXT_FIELDS = ['memberId', 'agency', 'contact', 'language', 'interpretsFor'] as const;

export function fitDetails(stored: unknown): PersonDetails | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Record<string, unknown>;
  if (!TEXT_FIELDS.every((field) => typeof s[field] === 'string') || typeof s.scalesToo !== 'boolean' || s.memberId === '') return null;
  return {
    memberId: s.memberId as string,
    agency: s.agency as string,
    contact: s.contact as string,
    language: s.language as string,
    interpretsFor: s.interpretsFor as string,
    scalesToo: s.scalesToo,
  };
}
