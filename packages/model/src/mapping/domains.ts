/**
 * The seven analysis domains of a full Signs of Safety map. Each belongs to one of the three
 * columns, so a board shows either view from the same statements. Domain ids are stored in
 * documents; never rename one without a migration. Headings live in terminology.ts, because
 * they change with the framework.
 */
import type { SectionId } from '../sections';

/** The seven domains of the case map, each under one of the three questions. */
export const DOMAINS = [
  { id: 'harm', section: 'worries' },
  { id: 'danger-statements', section: 'worries' },
  { id: 'complicating-factors', section: 'worries' },
  { id: 'existing-strengths', section: 'working-well' },
  { id: 'existing-safety', section: 'working-well' },
  { id: 'goals', section: 'next-steps' },
  { id: 'next-steps', section: 'next-steps' },
] as const satisfies readonly { id: string; section: SectionId }[];

/** One of the seven domains' ids. */
export type DomainId = (typeof DOMAINS)[number]['id'];

const DOMAIN_SECTION: ReadonlyMap<string, SectionId> = new Map(DOMAINS.map((d) => [d.id, d.section]));

/** True when `value` is a domain id. */
export function isDomainId(value: unknown): value is DomainId {
  return typeof value === 'string' && DOMAIN_SECTION.has(value);
}

/** The column a domain belongs to. */
export function domainSection(domain: DomainId): SectionId {
  return DOMAIN_SECTION.get(domain)!;
}

/** The domains of one column, in screen order. */
export function sectionDomains(section: SectionId): DomainId[] {
  return DOMAINS.filter((d) => d.section === section).map((d) => d.id);
}

/**
 * Where a statement goes when it is added in the three-column view, or has no domain because it
 * predates the seven domains. Each column's default is the domain that claims least, so nothing
 * is asserted that nobody said:
 * - a worry is a complicating factor until someone files it: calling it harm would say it
 *   happened, and calling it a danger statement would demand a paired goal for a sentence that
 *   was never written as one;
 * - something working well is a strength until someone shows it has protected the child over
 *   time, which is what makes it existing safety;
 * - something that needs to happen is a next step (who does what, by when); a goal is the
 *   worded pair of a danger statement and is made with `addGoalFor` or by filing.
 * The read model flags these as `filed: false`, so the seven-domain view can ask for a decision.
 */
export const DEFAULT_DOMAIN = {
  worries: 'complicating-factors',
  'working-well': 'existing-strengths',
  'next-steps': 'next-steps',
} as const satisfies Record<SectionId, DomainId>;

export function defaultDomain(section: SectionId): DomainId {
  return DEFAULT_DOMAIN[section];
}
