/**
 * A drawing page as a picture (the words and pictures storyboard unless another page is given),
 * for printing beside the plan's copies and in meeting records, with its text alternative as the
 * caption. Loaded lazily (it needs tldraw), through `StoryboardPicture`
 * from ./index.
 */
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { DRAW_META, drawMetaMap, drawRecordsArray, readPageText } from '@kinboard/model';
import {
  TldrawImage,
  type SerializedSchema,
  type TLRecord,
  type TLStoreSnapshot,
  type TLPageId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
} from 'tldraw';
import { DRAW_ASSET_URLS } from './assetUrls';
import { STORYBOARD_PAGE_ID } from './drawPages';
import { latestEntries } from './keyValueReader';
import { fetchLicenseKey } from './licenseKey';

export interface StoryboardPictureProps {
  readonly doc: Y.Doc;
  /** The drawing page to show; the storyboard when not given. */
  readonly pageId?: string;
  /** Space around the drawing in the picture, in canvas units; frames' titles sit above the frames, so a screen that shows the page alone gives more. */
  readonly padding?: number;
}

function pageSnapshot(doc: Y.Doc, pageId: string): TLStoreSnapshot | null {
  const store: Record<string, TLRecord> = {};
  for (const [id, entry] of latestEntries(drawRecordsArray(doc))) store[id] = entry.val as TLRecord;
  const onStoryboard = (record: TLRecord): boolean => {
    for (let parent = (record as { parentId?: string }).parentId, depth = 0; parent && depth < 50; depth++) {
      if (parent === pageId) return true;
      parent = (store[parent] as { parentId?: string } | undefined)?.parentId;
    }
    return false;
  };
  if (!Object.values(store).some((record) => record.typeName === 'shape' && onStoryboard(record))) return null;
  const schema =
    (drawMetaMap(doc).get(DRAW_META.tldrawSchema) as SerializedSchema | undefined) ??
    createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils }).schema.serialize();
  return { store, schema } as TLStoreSnapshot;
}

export default function StoryboardPicture({ doc, pageId = STORYBOARD_PAGE_ID, padding = 16 }: StoryboardPictureProps) {
  const snapshot = useMemo(() => pageSnapshot(doc, pageId), [doc, pageId]);
  const caption = readPageText(doc, pageId);
  const [licenseKey, setLicenseKey] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void fetchLicenseKey().then(setLicenseKey);
  }, []);
  if (!snapshot || licenseKey === undefined) return null;
  return (
    <figure className="draw-storyboard">
      <TldrawImage
        snapshot={snapshot}
        pageId={pageId as TLPageId}
        // A PNG, as "Save as PNG" makes it: an SVG printed its text boxes as their last letter and
        // lost the frames' titles. The words themselves are printed as text under the picture.
        format="png"
        pixelRatio={2}
        background
        padding={padding}
        licenseKey={licenseKey ?? undefined}
        assetUrls={DRAW_ASSET_URLS}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
