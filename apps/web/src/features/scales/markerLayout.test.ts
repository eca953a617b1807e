import { describe, expect, it } from 'vitest';
import { layoutMarkers, rowCount } from './markerLayout';

const m = (key: string, name: string, value: number) => ({ key, name, value });

describe('layoutMarkers', () => {
  it('shows full names when people are far apart, on one row', () => {
    const placed = layoutMarkers([m('p:b', 'Ben', 8), m('p:a', 'Ann Lee', 3)]);
    expect(placed.map((p) => [p.name, p.label, p.row, p.at])).toEqual([
      ['Ann Lee', 'Ann Lee', 0, 30],
      ['Ben', 'Ben', 0, 80],
    ]);
  });

  it('stacks people with the same number and uses initials when crowded', () => {
    const placed = layoutMarkers([m('p:a', 'Ann Lee', 5), m('p:b', 'Ben', 5), m('m:c', 'Cara (aunt)', 5.5), m('p:d', 'Dev', 10)]);
    expect(placed.map((p) => p.label)).toEqual(['AL', 'BE', 'CA', 'Dev']);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2, 0]);
    expect(placed.every((p) => p.short === (p.label !== p.name))).toBe(true);
    expect(rowCount(placed)).toBe(3);
  });

  it('puts initials back on the first row once there is room', () => {
    const placed = layoutMarkers([m('a', 'Ann', 2), m('b', 'Ben', 2.5), m('c', 'Cy', 3)]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('orders by number, then name, and lays out nobody as nothing', () => {
    expect(layoutMarkers([])).toEqual([]);
    expect(layoutMarkers([m('b', 'Bo', 4), m('a', 'Al', 4)]).map((p) => p.name)).toEqual(['Al', 'Bo']);
  });
});
