import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCode,
  DEFAULT_SCALE_ID,
  addStatement,
  currentFramework,
  giveOpenAnswer,
  openRound,
  participantAnswerKey,
  readRounds,
  readTimer,
  setFramework,
  startTimer,
  type Author,
} from '@kinboard/model';
import { readBoardFromDisk } from './rawClient';
import { waitFor } from './harness';
import { boardPerTest } from './boardPerTest';

const answer = (value: number, name: string) => ({ value, name, whyNotLower: '', oneHigher: '', memberId: null, recordedBy: null });
const mum: Author = { id: 'p_mum', name: 'Mum' };

describe('only the facilitator changes the parts that run the meeting', () => {
  const session = boardPerTest();
  const { join, boardDoc } = session;

  it('[R3] a participant who opens a round, answers for someone else, sets the timer or changes the framework is closed with 4405 and nobody gets the change', async () => {
    const chair = await join('facilitator', 'Chair');
    const attempts: [string, (doc: Y.Doc) => void][] = [
      ['opens a round', (d) => openRound(d, { scaleId: DEFAULT_SCALE_ID, mode: 'open' })],
      ['answers for Gran', (d) => giveOpenAnswer(d, readRounds(d)[0]!.id, participantAnswerKey('p_gran'), answer(0, 'Gran'))],
      ['sets the timer', (d) => startTimer(d, 'worries', 60_000)],
      ['changes the framework', (d) => setFramework(d, 'signs-of-wellbeing')],
    ];
    for (const [what, attempt] of attempts) {
      if (what === 'answers for Gran') {
        openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
        await waitFor(() => readRounds(boardDoc()).length === 1, 5000, "the chair's round on the board");
      }
      const participant = await join('participant', 'Mum');
      const before = Y.encodeStateVector(boardDoc());
      attempt(participant.doc);
      await waitFor(() => participant.closes.length > 0, 5000, `${what}: closed`);
      expect(participant.closes[0]!.code, what).toBe(CloseCode.facilitatorOnly);
      expect(Y.encodeStateVector(boardDoc()), what).toEqual(before);
      expect(
        session.server.logLines.some((l) => l.includes('code=4405') && l.includes('only the facilitator')),
        what,
      ).toBe(true);
    }
    const onDisk = readBoardFromDisk(session.server.dataDir, session.board.id);
    for (const doc of [boardDoc(), chair.doc, onDisk]) {
      expect(readRounds(doc).map((r) => r.answers.length)).toEqual([0]);
      expect(readTimer(doc)).toBeNull();
      expect(currentFramework(doc)).toBe('signs-of-safety');
    }
    expect(chair.closes).toEqual([]);
    onDisk.destroy();
  });

  it("[R3][A5] a participant's own answer in an open round and their statements are accepted, as are the facilitator's changes", async () => {
    const chair = await join('facilitator', 'Chair');
    const participant = await join('participant', 'Mum');
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    startTimer(chair.doc, 'worries', 60_000);
    setFramework(chair.doc, 'signs-of-wellbeing');
    await waitFor(() => readRounds(participant.doc).length === 1 && currentFramework(participant.doc) === 'signs-of-wellbeing');

    giveOpenAnswer(participant.doc, round, participantAnswerKey(participant.person), answer(6, 'Mum'));
    giveOpenAnswer(participant.doc, round, participantAnswerKey(participant.person), answer(7, 'Mum'));
    addStatement(participant.doc, { section: 'worries', text: 'Dad shouts at night', author: mum });
    await waitFor(() => readRounds(chair.doc)[0]!.answers.some((a) => a.value === 7), 5000, 'the answer reaches the chair');
    await waitFor(() => chair.doc.getMap('statements').size === 1, 5000, 'the statement reaches the chair');
    expect(participant.closes).toEqual([]);
    expect(chair.closes).toEqual([]);
    const onDisk = readBoardFromDisk(session.server.dataDir, session.board.id);
    expect(readRounds(onDisk)[0]!.answers.map((a) => [a.key, a.value])).toEqual([[`p:${participant.person}`, 7]]);
    expect(readTimer(onDisk)).not.toBeNull();
    onDisk.destroy();
  });
});
