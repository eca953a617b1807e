import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { paginate, type RoomPage } from './paginate';
import './RoomPager.css';

/** One piece of the room screen's content that is never split across pages. */
export interface RoomBlock {
  readonly key: string;
  readonly node: ReactNode;
  /** A group heading: never left alone at the bottom of a page. */
  readonly heading?: boolean;
  /** For a heading: how it reads when repeated at the top of a later page. */
  readonly continued?: ReactNode;
  /** The key of the heading this block sits under. */
  readonly group?: string;
}

interface RoomPagerProps {
  readonly blocks: readonly RoomBlock[];
  /** The page to show (0 is the first); past the last, the last. */
  readonly page: number;
  /** How many pages this screen made of the blocks, each time that changes. */
  readonly onPages: (count: number) => void;
}

/**
 * Shows one page of blocks, the pages measured from how this browser lays the blocks out at this
 * screen's size: every block is laid out, unseen, at the page's width; then as many whole blocks
 * as fit the page's height go on each page. Measured again when the screen or the fonts change.
 */
export function RoomPager({ blocks, page, onPages }: RoomPagerProps) {
  const frame = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<readonly RoomPage[]>([{ blocks: blocks.map((_, i) => i), continues: null }]);
  const [layout, setLayout] = useState(0);

  useEffect(() => {
    const box = frame.current;
    if (!box) return undefined;
    const observer = new ResizeObserver(() => setLayout((n) => n + 1));
    observer.observe(box);
    void document.fonts?.ready.then(() => setLayout((n) => n + 1));
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const box = frame.current;
    const laid = measure.current;
    if (!box || !laid) return;
    const index = new Map(blocks.map((b, i) => [b.key, i]));
    const heights = [...laid.children].map((child) => child.getBoundingClientRect().height);
    const measured = blocks.map((b, i) => ({
      height: heights[i] ?? 0,
      heading: b.heading === true,
      group: b.group === undefined ? null : (index.get(b.group) ?? null),
    }));
    const gap = Number.parseFloat(getComputedStyle(laid).rowGap) || 0;
    const next = paginate(measured, box.clientHeight, gap);
    setPages((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
  }, [blocks, layout]);

  useEffect(() => onPages(pages.length), [pages.length, onPages]);

  const shown = pages[Math.min(Math.max(page, 0), pages.length - 1)];
  const continues = shown?.continues === null || shown?.continues === undefined ? null : blocks[shown.continues];
  return (
    <div className="room-pager" ref={frame}>
      <div className="room-pager__flow room-pager__measure" ref={measure} aria-hidden="true" inert>
        {blocks.map((b) => (
          <div key={b.key}>{b.node}</div>
        ))}
      </div>
      <div className="room-pager__flow" style={shown?.shrink ? { fontSize: `${shown.shrink}em` } : undefined}>
        {continues && <div key={`continued-${continues.key}`}>{continues.continued ?? continues.node}</div>}
        {shown?.blocks.map((i) => {
          const block = blocks[i];
          return block ? <div key={block.key}>{block.node}</div> : null;
        })}
      </div>
    </div>
  );
}
