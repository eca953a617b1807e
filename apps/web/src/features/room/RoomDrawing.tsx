import { Suspense, useCallback } from 'react';
import { drawRecordsArray, pageHasShapes } from '@kinboard/model';
import type * as Y from 'yjs';
import { useDocView } from '../../hooks/useDocView';
import { DRAW_PAGES, StoryboardPicture } from '../draw';
import { ROOM_WORDS } from './roomWords';
import './RoomDrawing.css';

const drawingVersion = (doc: Y.Doc) => drawRecordsArray(doc).length;

/**
 * A drawing page on the room screen: the whole page as one picture, fitted to the screen, with no
 * tools, buttons or notes around it. It is drawn again as the drawing changes.
 */
export function RoomDrawing({ doc, pageId }: { readonly doc: Y.Doc; readonly pageId: string }) {
  const page = DRAW_PAGES.find((p) => p.id === pageId) ?? DRAW_PAGES[0];
  const version = useDocView(doc, drawingVersion);
  const hasShapes = useCallback((d: Y.Doc) => pageHasShapes(d, page.id), [page.id]);
  const drawn = useDocView(doc, hasShapes);
  if (!drawn) return <p className="room-empty">{ROOM_WORDS.drawingEmpty}</p>;
  return (
    <div className="room-drawing">
      <Suspense fallback={null}>
        <StoryboardPicture key={version} doc={doc} pageId={page.id} padding={48} />
      </Suspense>
    </div>
  );
}
