/**
 * The drawing's pages as words: each page's name and its text alternative, read straight from the
 * records (no canvas code), for meeting records and anything else that must hold the drawings
 * without drawing them.
 */
import type * as Y from 'yjs';
import { drawRecordsArray } from './drawSchema';
import { isDrawPageId, readPageText } from './pageTexts';

export interface DrawingPageView {
  readonly id: string;
  /** The page's name, as its tab shows it. */
  readonly name: string;
  /** The page's text alternative: the words that stand in for the picture. */
  readonly text: string;
  /** True when something is drawn on the page. */
  readonly drawn: boolean;
}

/** Every drawing page in tab order, with its text alternative; pages with neither a drawing nor words are left out. */
export function readDrawingPages(doc: Y.Doc): DrawingPageView[] {
  // The rightmost entry of a key is the record as it is now.
  const current = new Map<string, unknown>();
  for (const entry of drawRecordsArray(doc).toArray()) if (entry) current.set(entry.key, entry.val);
  const pages: { id: string; name: string; index: string }[] = [];
  const drawnOn = new Set<unknown>();
  for (const value of current.values()) {
    const record = value as { typeName?: unknown; id?: unknown; name?: unknown; index?: unknown; parentId?: unknown } | null;
    if (record?.typeName === 'shape') drawnOn.add(record.parentId);
    if (record?.typeName !== 'page' || !isDrawPageId(record.id)) continue;
    pages.push({
      id: record.id,
      name: typeof record.name === 'string' ? record.name : '',
      index: typeof record.index === 'string' ? record.index : '',
    });
  }
  pages.sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : a.id < b.id ? -1 : 1));
  return pages
    .map((page) => ({ id: page.id, name: page.name, text: readPageText(doc, page.id).trim(), drawn: drawnOn.has(page.id) }))
    .filter((page) => page.drawn || page.text.length > 0);
}
