/**
 * Derived read models: plain, frozen-in-time objects the UI renders. Reading never throws on a
 * malformed document; a record it cannot understand is left out and counted.
 */
import * as Y from 'yjs';
import { compareOrder, isOrderKey } from './orderKey';
import { META, STATEMENT, metaMap, statementsMap } from './schema';
import { SECTIONS, isSectionId, type SectionId } from './sections';
import { isHousePlacement } from './mapping/placement';

export interface StatementView {
  readonly id: string;
  readonly section: SectionId;
  readonly order: string;
  readonly text: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: number;
}

/** One question of the board with its statements in order. */
export interface SectionView {
  readonly id: SectionId;
  readonly title: string;
  readonly short: string;
  readonly statements: readonly StatementView[];
}

/** The whole board as plain data: title, sections and their statements in order. */
export interface BoardView {
  readonly title: string;
  readonly template: string;
  readonly createdAt: number | null;
  readonly sections: readonly SectionView[];
  /** Records the reader could not understand (from a newer or broken client). */
  readonly unreadable: number;
}

function readStatement(id: string, record: unknown): StatementView | null {
  if (!(record instanceof Y.Map)) return null;
  const placement = record.get(STATEMENT.placement) as { section?: unknown; order?: unknown } | undefined;
  const text = record.get(STATEMENT.text);
  if (!placement || !isSectionId(placement.section) || !isOrderKey(placement.order)) return null;
  if (!(text instanceof Y.Text)) return null;
  const authorName = record.get(STATEMENT.authorName);
  const authorId = record.get(STATEMENT.authorId);
  const createdAt = record.get(STATEMENT.createdAt);
  return {
    id,
    section: placement.section,
    order: placement.order,
    text: text.toString(),
    authorId: typeof authorId === 'string' ? authorId : '',
    authorName: typeof authorName === 'string' ? authorName : '',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}

function allStatements(doc: Y.Doc): { statements: StatementView[]; unreadable: number } {
  const statements: StatementView[] = [];
  let unreadable = 0;
  statementsMap(doc).forEach((record, id) => {
    const view = readStatement(id, record);
    if (view) statements.push(view);
    // A child's own words live in their three houses, not in a column (see mapping/threeHouses.ts).
    else if (!(record instanceof Y.Map && isHousePlacement(record.get(STATEMENT.placement)))) unreadable++;
  });
  statements.sort(compareOrder);
  return { statements, unreadable };
}

/** The statements of one section, in board order. */
export function sectionStatements(doc: Y.Doc, section: SectionId): StatementView[] {
  return allStatements(doc).statements.filter((s) => s.section === section);
}

/** The whole board as plain data. */
/** The board's title alone ('' when none): for what shows the title and nothing else, without reading every statement. */
export function readBoardTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get(META.title);
  return typeof title === 'string' ? title : '';
}

export function readBoard(doc: Y.Doc): BoardView {
  const meta = metaMap(doc);
  const { statements, unreadable } = allStatements(doc);
  const title = meta.get(META.title);
  const template = meta.get(META.template);
  const createdAt = meta.get(META.createdAt);
  return {
    title: typeof title === 'string' ? title : '',
    template: typeof template === 'string' ? template : 'three-column',
    createdAt: typeof createdAt === 'number' ? createdAt : null,
    sections: SECTIONS.map((s) => ({
      id: s.id,
      title: s.title,
      short: s.short,
      statements: statements.filter((st) => st.section === s.id),
    })),
    unreadable,
  };
}
