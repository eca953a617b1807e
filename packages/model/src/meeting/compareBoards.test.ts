import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../createBoard';
import { readBoard } from '../readBoard';
import { readRounds } from '../scales/readScales';
import { closeRound, giveOpenAnswer, openRound } from '../scales/rounds';
import { DEFAULT_SCALE_ID } from '../scales/scales';
import { addStatement, deleteStatement, editStatement, moveStatement } from '../statements';
import { compareBoards } from './compareBoards';

const author = { id: 'a', name: 'A' };
const answer = (value: number, name: string) => ({ value, name, whyNotLower: '', oneHigher: '', memberId: null, recordedBy: null });

describe('comparing two meeting records', () => {
  it('lists statements added, removed, reworded and moved, and how each scale moved', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Review', template: 'three-column' });
    const keep = addStatement(doc, { section: 'worries', text: 'Dad drinks at weekends', author });
    const gone = addStatement(doc, { section: 'worries', text: 'Rent arrears', author });
    const moves = addStatement(doc, { section: 'next-steps', text: 'Gran collects Amy on Fridays', author });
    const r1 = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    giveOpenAnswer(doc, r1, 'p:a', answer(3, 'A'));
    closeRound(doc, r1);
    const first = { board: readBoard(doc), rounds: readRounds(doc) };

    editStatement(doc, keep, 'Dad drinks most weekends');
    deleteStatement(doc, gone);
    moveStatement(doc, moves, 'working-well');
    const added = addStatement(doc, { section: 'working-well', text: 'Mum has a new job', author });
    const r2 = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open' });
    giveOpenAnswer(doc, r2, 'p:a', answer(6.5, 'A'));
    closeRound(doc, r2);
    const second = { board: readBoard(doc), rounds: readRounds(doc).filter((r) => r.id === r2) };

    const diff = compareBoards(first, second);
    expect(diff.added.map((s) => s.id)).toEqual([added]);
    expect(diff.removed.map((s) => s.text)).toEqual(['Rent arrears']);
    expect(diff.changed).toEqual([{ id: keep, section: 'worries', before: 'Dad drinks at weekends', after: 'Dad drinks most weekends' }]);
    expect(diff.moved).toEqual([{ id: moves, from: 'next-steps', to: 'working-well', text: 'Gran collects Amy on Fridays' }]);
    expect(diff.scales).toEqual([{ scaleId: DEFAULT_SCALE_ID, medianBefore: 3, medianAfter: 6.5, change: 3.5 }]);
  });
});
