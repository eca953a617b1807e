/**
 * The scale that goes with a danger statement and its goal, as the pair shows it: the question
 * and where the room's numbers stood the last time everyone saw them. A round still collecting
 * shows nothing yet, so a blind round is never given away and an open one is not read half-done.
 */
import type * as Y from 'yjs';
import { readScales, type ScaleView } from '../scales/readScales';
import { currentFramework } from './boardSettings';
import { terms } from './terminology';

export interface PairScaleReading {
  readonly roundId: string;
  /** When everyone saw the numbers: revealed, else closed. */
  readonly at: number;
  readonly count: number;
  readonly median: number;
  readonly lowest: number;
  readonly highest: number;
}

export interface PairScaleView {
  readonly scaleId: string;
  readonly question: string;
  /** The latest revealed or closed round with at least one number, or null: not scaled yet. */
  readonly latest: PairScaleReading | null;
  /** True while a round on this scale is collecting numbers. */
  readonly collecting: boolean;
}

function latestReading(scale: ScaleView): PairScaleReading | null {
  const seen = [...scale.history, ...(scale.current ? [scale.current] : [])].filter((r) => r.state !== 'collecting' && r.stats.count > 0);
  const round = seen.at(-1);
  if (!round) return null;
  const { count, median, lowest, highest } = round.stats;
  return {
    roundId: round.id,
    at: round.revealedAt ?? round.closedAt ?? round.openedAt,
    count,
    median: median!,
    lowest: lowest!,
    highest: highest!,
  };
}

/**
 * For each danger statement with a scale of its own, that scale as its pair shows it. When more
 * than one scale names a statement, the newest one still in use counts.
 *
 * @example
 * const scaleOf = pairScalesOf(readScales(doc), 'How safe is Sam when Dad drinks?');
 * scaleOf.get(dangerId)?.latest?.median; // 6
 */
export function pairScalesOf(scales: readonly ScaleView[], fallbackQuestion: string): ReadonlyMap<string, PairScaleView> {
  const byStatement = new Map<string, PairScaleView>();
  for (const scale of scales) {
    if (scale.archived || scale.statementId === null) continue;
    byStatement.set(scale.statementId, {
      scaleId: scale.id,
      question: scale.question ?? fallbackQuestion,
      latest: latestReading(scale),
      collecting: scale.current?.state === 'collecting',
    });
  }
  return byStatement;
}

/** {@link pairScalesOf} for a board, with the framework's default question where a scale has none. */
export function readPairScales(doc: Y.Doc): ReadonlyMap<string, PairScaleView> {
  return pairScalesOf(readScales(doc), terms(currentFramework(doc)).scale.question);
}
