import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../createBoard';
import { ModelError, ModelErrorCode } from '../errors';
import { ROUND } from '../schema';
import { memberAnswerKey, participantAnswerKey, type Answer } from './answer';
import { readScales } from './readScales';
import { closeRound, giveOpenAnswer, markAnswered, openRound, removeAnswer, revealAnswers, roundRecord } from './rounds';
import { DEFAULT_SCALE_ID, addScale } from './scales';
import { mulberry32 } from '../test/random';

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Scaling', template: 'three-column' });
  return doc;
}

const answer = (value: number, name: string, extra: Partial<Answer> = {}) => ({
  value,
  name,
  whyNotLower: '',
  oneHigher: '',
  memberId: null,
  recordedBy: null,
  ...extra,
});

function sync(docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('scales and rounds', () => {
  it('every board has a default safety scale worded by its framework', () => {
    const [scale] = readScales(board());
    expect(scale).toMatchObject({ id: DEFAULT_SCALE_ID, isDefault: true, question: null, current: null, history: [] });
  });

  it('a scale needs its question and both ends written out', () => {
    const doc = board();
    expect(() => addScale(doc, { question: 'How confident are you in this plan?', zeroMeans: '', tenMeans: 'Fully' })).toThrow(
      /What 0 means/,
    );
    const id = addScale(doc, { question: 'How confident are you in this plan?', zeroMeans: 'Not at all', tenMeans: 'Completely' });
    expect(readScales(doc).map((s) => s.id)).toEqual([DEFAULT_SCALE_ID, id]);
  });

  it('[M10] 20 participants answering at once on their own devices all keep their own answer', () => {
    const random = mulberry32(7);
    const facilitator = board();
    const round = openRound(facilitator, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    const people = Array.from({ length: 20 }, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(facilitator));
      return doc;
    });
    const given = new Map<string, number>();
    people.forEach((doc, i) => {
      const value = Math.round(random() * 20) / 2;
      given.set(participantAnswerKey(`person${i}`), value);
      giveOpenAnswer(doc, round, participantAnswerKey(`person${i}`), answer(value, `Person ${i}`, { whyNotLower: `reason ${i}` }));
    });
    // Person 3 changes their mind before anything is delivered.
    giveOpenAnswer(people[3]!, round, participantAnswerKey('person3'), answer(9, 'Person 3'));
    given.set(participantAnswerKey('person3'), 9);
    sync([facilitator, ...people.slice().reverse()]);
    for (const doc of [facilitator, ...people]) {
      const current = readScales(doc)[0]!.current!;
      expect(current.answers).toHaveLength(20);
      expect(new Map(current.answers.map((a) => [a.key, a.value]))).toEqual(given);
    }
  });

  it('[M11] the facilitator records numbers for people in the room, marked as recorded for them', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    giveOpenAnswer(doc, round, memberAnswerKey('m_gran'), answer(6.5, 'Gran', { memberId: 'm_gran', recordedBy: 'Chair Jo' }));
    const [a] = readScales(doc)[0]!.current!.answers;
    expect(a).toMatchObject({ value: 6.5, name: 'Gran', memberId: 'm_gran', recordedBy: 'Chair Jo' });
  });

  it('[M12] refuses numbers outside 0–10 or off the half steps, and changes nothing', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    const before = Y.encodeStateVector(doc);
    for (const bad of [11, -1, 7.25, Number.NaN]) {
      expect(() => giveOpenAnswer(doc, round, participantAnswerKey('x'), answer(bad, 'X'))).toThrow(/between 0 and 10/);
    }
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('[M13] a stored impossible number is shown as invalid, not crashed on or counted', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    (roundRecord(doc, round).get(ROUND.answers) as Y.Map<unknown>).set('p:hacker', { value: 12, name: 'Hacker' });
    giveOpenAnswer(doc, round, participantAnswerKey('ok'), answer(4, 'Ok'));
    const current = readScales(doc)[0]!.current!;
    expect(current.invalidAnswers).toEqual([{ key: 'p:hacker', name: 'Hacker', shown: '12' }]);
    expect(current.stats.count).toBe(1);
  });

  it('[M14] a blind round shows who has answered, then every answer at the reveal', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    expect(() => giveOpenAnswer(doc, round, participantAnswerKey('a'), answer(3, 'A'))).toThrow(/blind/);
    markAnswered(doc, round, participantAnswerKey('a'), 'Ann', 1);
    markAnswered(doc, round, participantAnswerKey('b'), 'Ben', 2);
    let current = readScales(doc)[0]!.current!;
    expect(current.answers).toEqual([]);
    expect(current.answered.map((a) => a.name)).toEqual(['Ann', 'Ben']);
    expect(() => closeRound(doc, round)).toThrow(/Reveal/);
    revealAnswers(
      doc,
      round,
      new Map([
        [participantAnswerKey('a'), { ...answer(3, 'Ann'), at: 1 }],
        [participantAnswerKey('b'), { ...answer(8, 'Ben'), at: 2 }],
      ]),
    );
    current = readScales(doc)[0]!.current!;
    expect(current.state).toBe('revealed');
    expect(current.answers.map((a) => a.value)).toEqual([3, 8]);
    expect(current.stats.widestGap).toEqual({ low: 3, high: 8, size: 5 });
  });

  it('[M16] a closed round is history: taking an answer out of it is refused and changes nothing', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId: 'meet1' });
    giveOpenAnswer(doc, round, participantAnswerKey('a'), answer(4, 'A'));
    closeRound(doc, round);
    const before = Y.encodeStateVector(doc);
    let refusal: unknown;
    try {
      removeAnswer(doc, round, participantAnswerKey('a'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ModelError);
    expect(refusal).toMatchObject({ code: ModelErrorCode.roundState, message: expect.stringMatching(/closed/) });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readScales(doc)[0]!.history[0]!.answers.map((a) => a.name)).toEqual(['A']);
  });

  it('[M15] removing a mistaken answer and closing keeps the round in history', () => {
    const doc = board();
    const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId: 'meet1' });
    giveOpenAnswer(doc, round, participantAnswerKey('a'), answer(2, 'A'));
    giveOpenAnswer(doc, round, participantAnswerKey('b'), answer(7, 'B'));
    removeAnswer(doc, round, participantAnswerKey('a'));
    expect(() => openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' })).toThrow(/already has a round/);
    closeRound(doc, round);
    const scale = readScales(doc)[0]!;
    expect(scale.current).toBeNull();
    expect(scale.history).toHaveLength(1);
    expect(scale.history[0]).toMatchObject({ meetingId: 'meet1', state: 'closed' });
    expect(scale.history[0]!.answers.map((a) => a.name)).toEqual(['B']);
    openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    expect(readScales(doc)[0]!.current!.mode).toBe('blind');
  });
});
