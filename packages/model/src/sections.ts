/**
 * The three columns of the short form of a Signs of Safety map. The order here is the order on
 * screen. Section ids are stored in the document; never rename one without a migration.
 */
export const SECTIONS = [
  { id: 'worries', title: 'What are we worried about?', short: 'Worries' },
  { id: 'working-well', title: "What's working well?", short: 'Working well' },
  { id: 'next-steps', title: 'What needs to happen?', short: 'Needs to happen' },
] as const;

/** One of the three questions' ids: `worries`, `working-well`, `next-steps`. */
export type SectionId = (typeof SECTIONS)[number]['id'];

const SECTION_IDS: ReadonlySet<string> = new Set(SECTIONS.map((s) => s.id));

/** True when `value` is one of the board's three section ids. */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && SECTION_IDS.has(value);
}

/**
 * Board templates a board can be created from. A template is only the view a board opens in:
 * every board can switch between the three columns and the seven domains at any time
 * (`setBoardView`), because each domain belongs to one column.
 */
export const TEMPLATES = ['three-column', 'seven-domain'] as const;
/** The layout a new board starts with. */
export type TemplateId = (typeof TEMPLATES)[number];

/** True when `value` names a board template. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATES as readonly string[]).includes(value);
}
