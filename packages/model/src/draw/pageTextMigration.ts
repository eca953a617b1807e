/**
 * Schema 1 → 2: boards from schema 1 kept each page's text alternative as a plain string in the
 * `drawTexts` map, rewritten whole on every key press, so two people typing at once overwrote each
 * other. This step moves each string into the page's own shared text (see pageTexts.ts) and removes
 * the map entry. Runs inside `migrateBoard`'s transaction.
 */
import type * as Y from 'yjs';
import { ROOT } from '../schema';
import { MAX_PAGE_TEXT_LENGTH, drawPageText, isDrawPageId } from './pageTexts';

export function movePageTextsIntoSharedTexts(doc: Y.Doc): void {
  const legacy = doc.getMap<unknown>(ROOT.drawTexts);
  for (const [pageId, value] of [...legacy.entries()]) {
    legacy.delete(pageId);
    if (!isDrawPageId(pageId) || typeof value !== 'string' || value.length === 0) continue;
    const text = drawPageText(doc, pageId);
    // A page already written the new way (by a newer client before this board was migrated) keeps its words.
    if (text.length === 0) text.insert(0, value.slice(0, MAX_PAGE_TEXT_LENGTH));
  }
}
