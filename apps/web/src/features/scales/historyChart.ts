/**
 * The numbers behind the history chart: where each closed round sits across the chart, where a
 * number sits up it, and each person's line through the rounds they answered.
 */
import type { RoundView } from '@kinboard/model';
import { formatDate } from '../../i18n';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room on each side for the axis labels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where round `index` of `count` sits across the chart; a single round sits in the middle. */
export function roundX(index: number, count: number, box: ChartBox): number {
  const inner = box.width - box.left - box.right;
  if (count <= 1) return box.left + inner / 2;
  return box.left + (inner * index) / (count - 1);
}

/** Where a scale number sits up the chart: 0 at the bottom, 10 at the top. */
export function valueY(value: number, box: ChartBox): number {
  const inner = box.height - box.top - box.bottom;
  return box.top + inner * (1 - value / 10);
}

export interface PersonLine {
  /** The answer key (`p:…` or `m:…`), so one person's line is the same across rounds. */
  readonly key: string;
  readonly name: string;
  /** One point per round they answered: the round's index and their number. */
  readonly points: readonly { readonly index: number; readonly value: number }[];
}

/** Each person's numbers across the rounds, in round order; named as they were last. */
export function personLines(rounds: readonly RoundView[]): PersonLine[] {
  const lines = new Map<string, { name: string; points: { index: number; value: number }[] }>();
  rounds.forEach((round, index) => {
    for (const answer of round.answers) {
      const line = lines.get(answer.key) ?? { name: answer.name, points: [] };
      line.name = answer.name;
      line.points.push({ index, value: answer.value });
      lines.set(answer.key, line);
    }
  });
  return [...lines].map(([key, line]) => ({ key, ...line })).sort((a, b) => a.name.localeCompare(b.name));
}

/** An SVG path through points, `M x y L x y …`. */
export function linePath(points: readonly { readonly x: number; readonly y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(p.x)} ${round1(p.y)}`).join(' ');
}

function round1(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * A date said plainly: "12 March", with the year when it is not this year ("12 March 2024").
 */
export function plainDate(ms: number, now: number = Date.now()): string {
  const date = new Date(ms);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return formatDate(date, sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The label under each round: its plain date, with the time when two rounds share a day (a
 * question scaled at the start and the end of one meeting).
 */
export function roundLabels(times: readonly number[], now: number = Date.now()): string[] {
  const dates = times.map((t) => plainDate(t, now));
  return dates.map((date, i) => {
    if (dates.indexOf(date) === dates.lastIndexOf(date)) return date;
    const at = new Date(times[i]!);
    return `${date}, ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  });
}
