import type { FocusTarget } from '@kinboard/model';
import { type MessageId, t } from '../../i18n';

/**
 * The drawing's pages: one per tool the practice uses. Their ids are fixed, so two people who open
 * an empty drawing at the same moment write the same records and nothing is doubled.
 * This module does not import tldraw, so the rest of the app can name a page without loading it.
 */
export const DRAW_PAGES = [
  {
    id: 'page:network-map',
    name: 'Network map',
    index: 'a1',
    get describeHint() {
      return t('draw.page.networkMap.hint');
    },
  },
  {
    id: 'page:three-houses',
    name: 'Three houses',
    index: 'a2',
    get describeHint() {
      return t('draw.page.threeHouses.hint');
    },
  },
  {
    id: 'page:words-and-pictures',
    name: 'Words and pictures',
    index: 'a3',
    get describeHint() {
      return t('draw.page.wordsAndPictures.hint');
    },
  },
] as const;

export type DrawPage = (typeof DRAW_PAGES)[number];

const PAGE_WORDS: Readonly<Record<string, MessageId>> = {
  'page:network-map': 'draw.page.networkMap.name',
  'page:three-houses': 'draw.page.threeHouses.name',
  'page:words-and-pictures': 'draw.page.wordsAndPictures.name',
};

/** A page's name in the person's language (the drawing itself keeps the English name it was made with). */
export function drawPageName(page: DrawPage): string {
  const id = PAGE_WORDS[page.id];
  return id ? t(id) : page.name;
}
export type DrawPageId = DrawPage['id'];

/** The words and pictures storyboard, printed with the plan's copies. */
export const STORYBOARD_PAGE_ID: DrawPageId = 'page:words-and-pictures';

export function isDrawPageId(id: string): id is DrawPageId {
  return DRAW_PAGES.some((page) => page.id === id);
}

const DRAW_PREFIX = 'draw:';

/** The focus target of a drawing page: `draw:page:network-map`. */
export function drawFocus(pageId: string): FocusTarget {
  return `${DRAW_PREFIX}${pageId}`;
}

/** The drawing page a focus target names, or null. */
export function drawPageOf(target: FocusTarget): string | null {
  return target.startsWith(DRAW_PREFIX) ? target.slice(DRAW_PREFIX.length) : null;
}
