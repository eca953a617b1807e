/**
 * The tldraw store for one board's drawing: tldraw's shapes with embeds switched off, read-only for
 * viewers, bound to the board's Y.Doc, with the practice's pages in place before the editor starts.
 */
import type * as Y from 'yjs';
import {
  EmbedShapeUtil,
  PageRecordType,
  atom,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type IndexKey,
  type TLPageId,
  type TLStore,
} from 'tldraw';
import { DRAW_PAGES } from './drawPages';
import { drawRecordsArray } from '@kinboard/model';
import { latestEntries } from './keyValueReader';
import { bindStoreToDoc } from './storeBinding';

/** Embeds would load other sites into the board; with no definitions, none can be made. */
export const DRAW_SHAPE_UTILS = [EmbedShapeUtil.configure({ embedDefinitions: [] })];

const STORE_SHAPE_UTILS = [...defaultShapeUtils.filter((util) => util.type !== 'embed'), ...DRAW_SHAPE_UTILS];

/** The page tldraw makes for itself when a store has none. */
const TLDRAW_DEFAULT_PAGE = 'page:page';

export interface DrawStore {
  readonly store: TLStore;
  close(): void;
}

export function openDrawStore(doc: Y.Doc, readOnly: boolean): DrawStore {
  const store = createTLStore({
    shapeUtils: STORE_SHAPE_UTILS,
    bindingUtils: defaultBindingUtils,
    collaboration: { mode: atom('draw mode', readOnly ? 'readonly' : 'readwrite'), status: atom('draw status', 'online') },
  });
  const unbind = bindStoreToDoc(store, doc, { readOnly });
  ensureDrawPages(store, doc, readOnly);
  return { store, close: unbind };
}

/**
 * Puts the practice's pages into the store. Someone who can edit writes them to the document (their
 * ids are fixed, so two people doing it at once agree); a viewer keeps them on this device only.
 * tldraw's own "Page 1", made before our pages arrived and never saved, goes.
 */
function ensureDrawPages(store: TLStore, doc: Y.Doc, readOnly: boolean): void {
  const missing = DRAW_PAGES.filter((page) => !store.has(page.id as TLPageId)).map((page) =>
    PageRecordType.create({ id: page.id as TLPageId, name: page.name, index: page.index as IndexKey }),
  );
  if (missing.length > 0) {
    if (readOnly) store.mergeRemoteChanges(() => store.put(missing));
    else store.put(missing);
  }
  const defaultPage = PageRecordType.createId(TLDRAW_DEFAULT_PAGE.slice('page:'.length));
  const saved = latestEntries(drawRecordsArray(doc)).has(defaultPage);
  if (store.has(defaultPage) && !saved) store.mergeRemoteChanges(() => store.remove([defaultPage]));
}
