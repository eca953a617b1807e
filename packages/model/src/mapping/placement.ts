/**
 * Reading the two kinds of placement a statement can have. On the board a placement is
 * `{ section, order, domain? }`; a child's own words in their three houses are
 * `{ house, childId, order }` and have no section, so the board's columns never show them.
 */
import { isOrderKey } from '../orderKey';
import { isSectionId, type SectionId } from '../sections';
import { defaultDomain, domainSection, isDomainId, type DomainId } from './domains';

/** The three houses of a child's words: worries, good things, dreams. */
export const HOUSES = ['worries', 'good-things', 'dreams'] as const;
export type HouseId = (typeof HOUSES)[number];

export function isHouseId(value: unknown): value is HouseId {
  return typeof value === 'string' && (HOUSES as readonly string[]).includes(value);
}

export interface BoardPlacement {
  readonly section: SectionId;
  readonly order: string;
  readonly domain: DomainId;
  /** False when the domain is the column's default because nobody has filed the statement yet. */
  readonly filed: boolean;
}

export interface HousePlacement {
  readonly house: HouseId;
  readonly childId: string;
  readonly order: string;
}

type Raw = { section?: unknown; order?: unknown; domain?: unknown; house?: unknown; childId?: unknown } | null | undefined;

/** The board placement, or null when the statement is not on the board (or unreadable). */
export function readBoardPlacement(value: unknown): BoardPlacement | null {
  const raw = value as Raw;
  if (!raw || typeof raw !== 'object' || !isSectionId(raw.section) || !isOrderKey(raw.order)) return null;
  // A domain that does not belong to the column (written by a broken client) reads as unfiled.
  const filed = isDomainId(raw.domain) && domainSection(raw.domain) === raw.section;
  return { section: raw.section, order: raw.order, domain: filed ? (raw.domain as DomainId) : defaultDomain(raw.section), filed };
}

/** The house placement, or null when the statement is not in a child's house. */
export function readHousePlacement(value: unknown): HousePlacement | null {
  const raw = value as Raw;
  if (!raw || typeof raw !== 'object' || !isHouseId(raw.house) || typeof raw.childId !== 'string' || !isOrderKey(raw.order)) return null;
  return { house: raw.house, childId: raw.childId, order: raw.order };
}

/** True for a placement in a child's house: not a board statement, and not unreadable either. */
export function isHousePlacement(value: unknown): boolean {
  return readHousePlacement(value) !== null;
}
