import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addStatement } from '../statements';
import { GRAN, newBoard } from '../test/board';
import { SERVER_CHANGE } from '../origins';
import { setUpAgenda } from './agenda';
import { startTimer } from './stepTimer';
import { isLocalBoardChange } from './boardChange';

describe('isLocalBoardChange', () => {
  it('is true for a local change to the board, false for running the meeting or for others’ changes', () => {
    const doc = newBoard();
    const seen: boolean[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => seen.push(isLocalBoardChange(doc, t)));
    addStatement(doc, { section: 'worries', text: 'x', author: GRAN });
    setUpAgenda(doc);
    startTimer(doc, 'step', 60_000);
    addStatement(doc, { section: 'worries', text: 'y', author: GRAN }, SERVER_CHANGE);
    expect(seen).toEqual([true, false, false, false]);
  });
});
