/**
 * The board's drawing canvas (network map, three houses, words and pictures), on tldraw, stored in
 * the board's Y.Doc. Nothing exported here imports tldraw: the canvas arrives in its own chunk the
 * first time someone opens "Draw".
 */
import { lazy } from 'react';

export { DrawArea } from './DrawArea';
export { DrawPart } from './DrawPart';
export type { DrawAreaProps } from './drawAreaProps';
export { DRAW_PAGES, STORYBOARD_PAGE_ID, drawFocus, drawPageName, drawPageOf } from './drawPages';
export type { DrawPageId } from './drawPages';
/** A page's text alternative as plain text, or '' when nobody has written it (the model's `readPageText`). */
export { readPageText as drawPageText } from '@kinboard/model';
export { DRAW_CURSOR_FIELD } from './drawCursorField';

/**
 * The words and pictures storyboard as an SVG picture with its text alternative as caption, for
 * printing with the plan's copies. Renders nothing when the storyboard is empty. Lazy: wrap it in
 * `<Suspense>`.
 *
 * @example
 * <Suspense fallback={null}><StoryboardPicture doc={connection.doc} /></Suspense>
 */
export const StoryboardPicture = lazy(() => import('./StoryboardPicture'));
