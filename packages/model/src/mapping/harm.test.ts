import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { GRAN, expectRefused, newBoard } from '../test/board';
import { addStatementToDomain, fileStatement } from './fileStatement';
import { setHarmDetails } from './harm';
import { MAX_HARM_DETAIL_LENGTH } from './statementTexts';
import { readMapping } from './readMapping';

function harmOf(doc: Y.Doc) {
  return readMapping(doc).columns.flatMap((c) => c.statements)[0]!.harm;
}

describe('harm details', () => {
  it('sets, changes and clears when, how often, how severe and what it did to the child', () => {
    const doc = newBoard();
    const id = addStatementToDomain(doc, { domain: 'harm', text: 'Dad hit Amy', author: GRAN });
    expect(harmOf(doc)).toBeNull();
    setHarmDetails(doc, id, { when: ' Last Friday night ', howOften: 'Twice this year' });
    setHarmDetails(doc, id, { howSevere: 'A bruise on her arm', impactOnChild: 'Amy is scared to go home' });
    expect(harmOf(doc)).toEqual({
      when: 'Last Friday night',
      howOften: 'Twice this year',
      howSevere: 'A bruise on her arm',
      impactOnChild: 'Amy is scared to go home',
    });
    setHarmDetails(doc, id, { when: '', howOften: '', howSevere: '', impactOnChild: '' });
    expect(harmOf(doc)).toBeNull();
  });

  it('[M34] keeps concurrent answers to different questions', () => {
    const a = newBoard(1);
    const id = addStatementToDomain(a, { domain: 'harm', text: 'x', author: GRAN });
    const b = new Y.Doc();
    b.clientID = 2;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setHarmDetails(a, id, { when: 'June' });
    setHarmDetails(b, id, { impactOnChild: 'Amy cried' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(harmOf(a)).toEqual({ when: 'June', howOften: '', howSevere: '', impactOnChild: 'Amy cried' });
    expect(harmOf(b)).toEqual(harmOf(a));
  });

  it('keeps the details when the statement is re-filed and back', () => {
    const doc = newBoard();
    const id = addStatementToDomain(doc, { domain: 'harm', text: 'x', author: GRAN });
    setHarmDetails(doc, id, { when: 'June' });
    fileStatement(doc, id, 'complicating-factors');
    fileStatement(doc, id, 'harm');
    expect(harmOf(doc)?.when).toBe('June');
  });

  it('refuses a detail that is too long or not text', () => {
    const doc = newBoard();
    const id = addStatementToDomain(doc, { domain: 'harm', text: 'x', author: GRAN });
    expectRefused(doc, 'invalid_text', () => setHarmDetails(doc, id, { when: 'x'.repeat(MAX_HARM_DETAIL_LENGTH + 1) }));
    expectRefused(doc, 'invalid_text', () => setHarmDetails(doc, id, { howOften: 3 as never }));
    expectRefused(doc, 'statement_not_found', () => setHarmDetails(doc, 'nope', { when: 'x' }));
  });
});
