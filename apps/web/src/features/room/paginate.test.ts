import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from './paginate';

const item = (height: number, group: number | null = null): MeasuredBlock => ({ height, heading: false, group });
const heading = (height: number): MeasuredBlock => ({ height, heading: true, group: null });

describe('paginate', () => {
  it('keeps everything on one page when it fits', () => {
    expect(paginate([item(100), item(100)], 210, 10)).toEqual([{ blocks: [0, 1], continues: null }]);
  });

  it('puts every block on exactly one page, in order, each page within the height', () => {
    const blocks = [heading(60), ...Array.from({ length: 30 }, (_, i) => item(40 + (i % 5) * 30, 0))];
    const pages = paginate(blocks, 500, 12);
    expect(pages.flatMap((p) => p.blocks)).toEqual(blocks.map((_, i) => i));
    for (const page of pages) {
      const heights = [...(page.continues === null ? [] : [page.continues]), ...page.blocks].map((i) => blocks[i]!.height);
      expect(heights.reduce((a, b) => a + b, 0) + 12 * (heights.length - 1)).toBeLessThanOrEqual(500);
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(1).every((p) => p.continues === 0)).toBe(true);
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    const pages = paginate([heading(50), item(100, 0), item(100, 0), heading(50), item(100, 3)], 320, 10);
    expect(pages).toEqual([
      { blocks: [0, 1, 2], continues: null },
      { blocks: [3, 4], continues: null },
    ]);
  });

  it('gives a block taller than a page a page of its own, in type small enough to fit', () => {
    const pages = paginate([item(50), item(900), item(50)], 400, 10);
    expect(pages.map((p) => p.blocks)).toEqual([[0], [1], [2]]);
    const shrink = pages[1]?.shrink ?? 1;
    expect(900 * shrink * shrink).toBeLessThanOrEqual(400);
    expect(pages[0]?.shrink).toBeUndefined();
  });

  it('has one empty page when there is nothing to show', () => {
    expect(paginate([], 400, 10)).toEqual([{ blocks: [], continues: null }]);
  });
});
