/**
 * What the room looks at after a round: the spread, the median, and the widest gap between two
 * neighbouring numbers, because that is where the conversation goes next. Nothing is averaged.
 */
export interface RoundStats {
  readonly count: number;
  readonly median: number | null;
  readonly lowest: number | null;
  readonly highest: number | null;
  /** highest − lowest */
  readonly spread: number;
  /** The largest step between two neighbouring answers, or null with fewer than two different numbers. */
  readonly widestGap: { readonly low: number; readonly high: number; readonly size: number } | null;
}

export function roundStats(values: readonly number[]): RoundStats {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { count, median: null, lowest: null, highest: null, spread: 0, widestGap: null };
  const mid = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  let widestGap: RoundStats['widestGap'] = null;
  for (let i = 1; i < count; i++) {
    const size = sorted[i]! - sorted[i - 1]!;
    if (size > 0 && (widestGap === null || size > widestGap.size)) widestGap = { low: sorted[i - 1]!, high: sorted[i]!, size };
  }
  return { count, median, lowest: sorted[0]!, highest: sorted[count - 1]!, spread: sorted[count - 1]! - sorted[0]!, widestGap };
}
