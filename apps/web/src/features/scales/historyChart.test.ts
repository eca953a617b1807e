import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RoundView } from '@kinboard/model';
import { linePath, personLines, plainDate, roundLabels, roundX, valueY, type ChartBox } from './historyChart';

const box: ChartBox = { width: 400, height: 240, left: 40, right: 20, top: 20, bottom: 20 };

const round = (answers: [string, string, number][]): RoundView =>
  ({ answers: answers.map(([key, name, value]) => ({ key, name, value })) }) as unknown as RoundView;

describe('history chart scales', () => {
  // English dates follow the browser's English. Node 21+ has a `navigator` of its own (en-US from
  // the machine's locale) and Node 20 has none, so the test says which browser it stands for.
  beforeAll(() => {
    vi.stubGlobal('navigator', { languages: ['en-GB'] });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('spreads rounds across the chart and centres a single round', () => {
    expect(roundX(0, 3, box)).toBe(40);
    expect(roundX(2, 3, box)).toBe(380);
    expect(roundX(1, 3, box)).toBe(210);
    expect(roundX(0, 1, box)).toBe(210);
  });

  it('puts 10 at the top and 0 at the bottom', () => {
    expect(valueY(10, box)).toBe(20);
    expect(valueY(0, box)).toBe(220);
    expect(valueY(5, box)).toBe(120);
  });

  it('follows each person through the rounds they answered', () => {
    const lines = personLines([
      round([
        ['p:a', 'Ann', 3],
        ['m:g', 'Gran', 6],
      ]),
      round([['p:a', 'Ann', 5]]),
      round([['m:g', 'Gran', 7]]),
    ]);
    expect(lines).toEqual([
      {
        key: 'p:a',
        name: 'Ann',
        points: [
          { index: 0, value: 3 },
          { index: 1, value: 5 },
        ],
      },
      {
        key: 'm:g',
        name: 'Gran',
        points: [
          { index: 0, value: 6 },
          { index: 2, value: 7 },
        ],
      },
    ]);
  });

  it('draws a path', () => {
    expect(
      linePath([
        { x: 1, y: 2 },
        { x: 3.25, y: 4 },
      ]),
    ).toBe('M1 2 L3.3 4');
  });

  it('says dates plainly', () => {
    const now = new Date(2025, 5, 1).getTime();
    expect(plainDate(new Date(2025, 2, 12, 15).getTime(), now)).toBe('12 March');
    expect(plainDate(new Date(2024, 10, 3).getTime(), now)).toBe('3 November 2024');
  });

  it('adds the time when two rounds share a day', () => {
    const now = new Date(2025, 5, 1).getTime();
    const times = [new Date(2025, 2, 12, 10, 5).getTime(), new Date(2025, 2, 12, 11, 40).getTime(), new Date(2025, 3, 2).getTime()];
    expect(roundLabels(times, now)).toEqual(['12 March, 10:05', '12 March, 11:40', '2 April']);
  });
});
