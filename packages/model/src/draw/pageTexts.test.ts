import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from '../errors';
import { expectRefused, newBoard } from '../test/board';
import { MAX_PAGE_TEXT_LENGTH, drawPageText, editPageText, readPageText } from './pageTexts';

const NETWORK_MAP = 'page:network-map';

/** A second device that has the first one's board. */
function copyOf(doc: Y.Doc, clientID: number): Y.Doc {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Types `words` one key press at a time, the way the text box reports its whole value each time. */
function typeAtEnd(doc: Y.Doc, pageId: string, words: string): void {
  for (const char of words) editPageText(doc, pageId, readPageText(doc, pageId) + char);
}

describe('a drawing page text alternative', () => {
  it('reads as an empty string until someone writes it', () => {
    expect(readPageText(newBoard(), NETWORK_MAP)).toBe('');
  });

  it('keeps both people words when two facilitators type into a new page at once', () => {
    const a = newBoard(1);
    const b = copyOf(a, 2);
    typeAtEnd(a, NETWORK_MAP, 'Gran lives next door. ');
    typeAtEnd(b, NETWORK_MAP, 'Rosa sees Amy every week.');
    exchange(a, b);
    const merged = readPageText(a, NETWORK_MAP);
    expect(readPageText(b, NETWORK_MAP)).toBe(merged);
    expect(merged).toContain('Gran lives next door. ');
    expect(merged).toContain('Rosa sees Amy every week.');
  });

  it('keeps both edits when two people change different parts of the same words at once', () => {
    const a = newBoard(1);
    editPageText(a, NETWORK_MAP, 'Gran. Rosa.');
    const b = copyOf(a, 2);
    editPageText(a, NETWORK_MAP, 'Gran, who lives next door. Rosa.');
    editPageText(b, NETWORK_MAP, 'Gran. Rosa, Amy’s aunt.');
    exchange(a, b);
    expect(readPageText(a, NETWORK_MAP)).toBe('Gran, who lives next door. Rosa, Amy’s aunt.');
    expect(readPageText(b, NETWORK_MAP)).toBe(readPageText(a, NETWORK_MAP));
  });

  it('keeps each page words apart', () => {
    const doc = newBoard();
    editPageText(doc, NETWORK_MAP, 'Who is in the network');
    editPageText(doc, 'page:three-houses', 'What is in each house');
    expect(readPageText(doc, NETWORK_MAP)).toBe('Who is in the network');
    expect(readPageText(doc, 'page:three-houses')).toBe('What is in each house');
  });

  it('changes only the part that differs, so the shared text sees a splice', () => {
    const doc = newBoard();
    editPageText(doc, NETWORK_MAP, 'Gran and Rosa');
    const deltas: unknown[] = [];
    drawPageText(doc, NETWORK_MAP).observe((event) => deltas.push(event.delta));
    editPageText(doc, NETWORK_MAP, 'Gran, Amy and Rosa');
    expect(deltas).toEqual([[{ retain: 4 }, { insert: ', Amy' }]]);
  });

  it('refuses words longer than the limit and a page id no page can have, changing nothing', () => {
    const doc = newBoard();
    expectRefused(doc, ModelErrorCode.invalidText, () => editPageText(doc, NETWORK_MAP, 'x'.repeat(MAX_PAGE_TEXT_LENGTH + 1)));
    expectRefused(doc, ModelErrorCode.unknownDrawPage, () => editPageText(doc, 'meta', 'hello'));
    expect(readPageText(doc, 'meta')).toBe('');
  });
});
