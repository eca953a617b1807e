/**
 * Splitting the room screen's content into pages from the heights the browser laid it out at.
 * Content is a run of blocks (group headings and the statements, answers or rules under them);
 * a page holds as many whole blocks as fit. A heading never ends a page on its own, and a page
 * that starts inside a group repeats that group's heading, so the room always knows what it reads.
 */

export interface MeasuredBlock {
  /** Height in CSS pixels as laid out. */
  readonly height: number;
  readonly heading: boolean;
  /** The heading block this block sits under, if any (its index). */
  readonly group: number | null;
}

export interface RoomPage {
  /** Indexes of the blocks on this page, in order. */
  readonly blocks: readonly number[];
  /** The group heading repeated at the top of this page ("continued"), if it starts inside a group. */
  readonly continues: number | null;
  /** For a page of one block taller than the page: the type size (1 = as laid out) that makes it fit. */
  readonly shrink?: number;
}

/**
 * Pages of whole blocks, each at most `available` pixels tall with `gap` between blocks. A block
 * taller than a page gets a page to itself, in smaller type (`shrink`) rather than cut off.
 *
 * @example
 * paginate([{ height: 50, heading: true, group: null }, { height: 300, heading: false, group: 0 }], 400, 10)
 */
export function paginate(blocks: readonly MeasuredBlock[], available: number, gap: number): RoomPage[] {
  const pages: RoomPage[] = [];
  let current: number[] = [];
  let continues: number | null = null;
  let used = 0;
  const heightOf = (index: number) => blocks[index]?.height ?? 0;
  const close = () => {
    if (current.length > 0) {
      // Text set smaller by s takes about s² the height at the same width.
      const shrink = used > available ? Math.max(0.5, Math.sqrt(available / used) * 0.95) : null;
      pages.push(shrink === null ? { blocks: current, continues } : { blocks: current, continues, shrink });
    }
    current = [];
    continues = null;
    used = 0;
  };
  for (const [index, block] of blocks.entries()) {
    const next = blocks[index + 1];
    // A heading keeps its first block with it.
    const needed = block.height + (block.heading && next && !next.heading ? gap + next.height : 0);
    const before = current.length > 0 || continues !== null ? gap : 0;
    if ((current.length > 0 || continues !== null) && used + before + needed > available) {
      close();
      if (!block.heading && block.group !== null) {
        continues = block.group;
        used = heightOf(block.group);
      }
    }
    used += (current.length > 0 || continues !== null ? gap : 0) + block.height;
    current.push(index);
  }
  close();
  return pages.length > 0 ? pages : [{ blocks: [], continues: null }];
}
