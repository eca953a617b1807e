/**
 * Where the drawing lives in a board's Y.Doc (names in the model's `ROOT`), and the one change this
 * app makes to it outside tldraw: a page's text alternative. No tldraw import.
 */
import type * as Y from 'yjs';
import { LOCAL_CHANGE, ROOT } from '@kinboard/model';

/** Longest text alternative a page keeps. */
export const MAX_PAGE_TEXT_LENGTH = 5000;

/** The drawing's records, in YKeyValue's `{ key, val }` layout. */
export function drawRecordsArray(doc: Y.Doc): Y.Array<{ key: string; val: unknown }> {
  return doc.getArray(ROOT.drawRecords);
}

export function drawMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.drawMeta);
}

export function drawTextsMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap(ROOT.drawTexts);
}

/** The text alternative of one page, or '' when nobody has written it. */
export function pageText(doc: Y.Doc, pageId: string): string {
  const text = drawTextsMap(doc).get(pageId);
  return typeof text === 'string' ? text : '';
}

/** Replaces a page's text alternative; longer text is cut to {@link MAX_PAGE_TEXT_LENGTH}. */
export function setPageText(doc: Y.Doc, pageId: string, text: string): void {
  const next = text.slice(0, MAX_PAGE_TEXT_LENGTH);
  if (pageText(doc, pageId) === next) return;
  doc.transact(() => drawTextsMap(doc).set(pageId, next), LOCAL_CHANGE);
}
