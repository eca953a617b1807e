/**
 * Each drawing page's text alternative: the words that stand in for the picture for people who
 * cannot see the canvas (who is in the network and how they are connected, what is in each house,
 * what the story says). Screen readers, exports and the printed plan use it.
 *
 * Each page's words are a top-level Y.Text named `drawText:{pageId}`. A Y.Text kept inside a map
 * would be created by whoever types first, and two facilitators starting the same page at once
 * would each create one and lose the other's; two clients asking for the same top-level name get
 * one shared text.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { ROOT } from '../schema';
import { checkLength, spliceText } from '../plan/planChecks';

/** Longest text alternative of one page, in UTF-16 code units. */
export const MAX_PAGE_TEXT_LENGTH = 5000;

/** A tldraw page id: `page:` and up to 100 letters, digits, `_` or `-`. */
const PAGE_ID = /^page:[A-Za-z0-9_-]{1,100}$/;

/** True for an id a drawing page can have. */
export function isDrawPageId(pageId: unknown): pageId is string {
  return typeof pageId === 'string' && PAGE_ID.test(pageId);
}

function checkPageId(pageId: string): void {
  if (!isDrawPageId(pageId)) {
    throw new ModelError(ModelErrorCode.unknownDrawPage, `"${String(pageId)}" is not the id of a drawing page`);
  }
}

/**
 * The shared text of a page's text alternative, to bind a text box to. Throws `unknown_draw_page`
 * for an id no page can have.
 *
 * @example
 * useSharedTextBinding(pageId, { text: () => drawPageText(doc, pageId), write: (v) => editPageText(doc, pageId, v) });
 */
export function drawPageText(doc: Y.Doc, pageId: string): Y.Text {
  checkPageId(pageId);
  return doc.getText(ROOT.drawPageTextPrefix + pageId);
}

/**
 * Sets a page's text alternative to `next`, changing only the part that differs, so someone else
 * typing in the same box at the same time keeps their words. Throws `invalid_text` past
 * {@link MAX_PAGE_TEXT_LENGTH}.
 */
export function editPageText(doc: Y.Doc, pageId: string, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkLength(next, MAX_PAGE_TEXT_LENGTH, "A drawing's description");
  const text = drawPageText(doc, pageId);
  if (text.toString() === next) return;
  doc.transact(() => spliceText(text, next), origin);
}

/** A page's text alternative as plain text for exports and print, or '' when nobody has written it. */
export function readPageText(doc: Y.Doc, pageId: string): string {
  if (!isDrawPageId(pageId)) return '';
  return drawPageText(doc, pageId).toString();
}
