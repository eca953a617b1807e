import { afterEach, describe, expect, it, vi } from 'vitest';
import { addScale, archiveScale } from '../scales/scales';
import { closeRound, giveOpenAnswer, openRound, revealOpenRound } from '../scales/rounds';
import { GRAN, newBoard } from '../test/board';
import { addStatementToDomain } from './fileStatement';
import { readPairScales } from './pairScales';

afterEach(() => vi.restoreAllMocks());

function boardWithPairScale() {
  const doc = newBoard();
  const dangerId = addStatementToDomain(doc, { domain: 'danger-statements', text: 'We are worried Sam will be hurt.', author: GRAN });
  const scaleId = addScale(doc, {
    question: 'How safe is Sam when Dad drinks?',
    zeroMeans: 'Not safe',
    tenMeans: 'Safe',
    statementId: dangerId,
  });
  return { doc, dangerId, scaleId };
}

function answer(doc: ReturnType<typeof newBoard>, roundId: string, who: string, value: number) {
  giveOpenAnswer(doc, roundId, `p:${who}`, { value, name: who, whyNotLower: '', oneHigher: '', memberId: null, recordedBy: null });
}

describe('the scale beside a pair', () => {
  it('names the question and says it is not scaled yet before any round', () => {
    const { doc, dangerId, scaleId } = boardWithPairScale();
    expect(readPairScales(doc).get(dangerId)).toEqual({
      scaleId,
      question: 'How safe is Sam when Dad drinks?',
      latest: null,
      collecting: false,
    });
  });

  it('shows nothing of a round still collecting, then its median and range once revealed', () => {
    const { doc, dangerId, scaleId } = boardWithPairScale();
    const roundId = openRound(doc, { scaleId, mode: 'open' });
    answer(doc, roundId, 'asha', 3);
    answer(doc, roundId, 'ben', 7);
    answer(doc, roundId, 'cat', 6);
    expect(readPairScales(doc).get(dangerId)).toMatchObject({ latest: null, collecting: true });
    revealOpenRound(doc, roundId);
    expect(readPairScales(doc).get(dangerId)).toMatchObject({
      latest: { roundId, count: 3, median: 6, lowest: 3, highest: 7 },
      collecting: false,
    });
  });

  it('keeps the last closed round while the next one collects', () => {
    const { doc, dangerId, scaleId } = boardWithPairScale();
    const first = openRound(doc, { scaleId, mode: 'open' });
    answer(doc, first, 'asha', 4);
    closeRound(doc, first);
    const second = openRound(doc, { scaleId, mode: 'open' });
    answer(doc, second, 'asha', 9);
    expect(readPairScales(doc).get(dangerId)).toMatchObject({ latest: { roundId: first, median: 4 }, collecting: true });
  });

  it('uses the newest scale still in use when several name one statement', () => {
    const { doc, dangerId, scaleId } = boardWithPairScale();
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    const newer = addScale(doc, {
      question: 'How confident are we in the plan?',
      zeroMeans: 'Not at all',
      tenMeans: 'Fully',
      statementId: dangerId,
    });
    expect(readPairScales(doc).get(dangerId)?.scaleId).toBe(newer);
    archiveScale(doc, newer);
    expect(readPairScales(doc).get(dangerId)?.scaleId).toBe(scaleId);
  });

  it('leaves statements without a scale of their own out, and the board-wide scale with them', () => {
    const doc = newBoard();
    addStatementToDomain(doc, { domain: 'danger-statements', text: 'A worry', author: GRAN });
    expect(readPairScales(doc).size).toBe(0);
  });
});
