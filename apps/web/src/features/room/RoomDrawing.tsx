import { Suspense, useCallback, useEffect, useState } from 'react';
import { drawRecordsArray, pageHasShapes } from '@kinboard/model';
import type * as Y from 'yjs';
import { useDocView } from '../../hooks/useDocView';
import { DRAW_PAGES, StoryboardPicture } from '../draw';
import { ROOM_WORDS } from './roomWords';
import './RoomDrawing.css';

const REDRAW_AFTER_MS = 1500;

/**
 * A drawing page on the room screen: the whole page as one picture, fitted to the screen, with no
 * tools, buttons or notes around it. It is drawn again when the drawing changes and then rests.
 */
export function RoomDrawing({ doc, pageId }: { readonly doc: Y.Doc; readonly pageId: string }) {
  const page = DRAW_PAGES.find((p) => p.id === pageId) ?? DRAW_PAGES[0];
  // Drawn again once the drawing has been still for a moment, not at every stroke.
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const records = drawRecordsArray(doc);
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(settle);
      settle = setTimeout(() => setShown((n) => n + 1), REDRAW_AFTER_MS);
    };
    records.observe(onChange);
    return () => {
      records.unobserve(onChange);
      clearTimeout(settle);
    };
  }, [doc]);
  const hasShapes = useCallback((d: Y.Doc) => pageHasShapes(d, page.id), [page.id]);
  const drawn = useDocView(doc, hasShapes);
  if (!drawn) return <p className="room-empty">{ROOM_WORDS.drawingEmpty}</p>;
  return (
    <div className="room-drawing">
      <Suspense fallback={null}>
        <StoryboardPicture key={shown} doc={doc} pageId={page.id} padding={48} />
      </Suspense>
    </div>
  );
}
