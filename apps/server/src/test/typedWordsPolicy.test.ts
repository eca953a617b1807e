/**
 * The write policy for the words typed letter by letter into a network member's entry and a scale
 * (issue #14): anyone who edits the board may type into a name or relationship, as before; only the
 * facilitator may type into a scale's question or its ends, and a participant who tries is closed
 * with 4405 and nobody gets the change.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCode,
  DEFAULT_SCALE_ID,
  addNetworkMember,
  addScale,
  editMemberWords,
  editScaleWords,
  ensureDefaultScale,
  readNetwork,
  readScales,
  scaleWordsText,
  type ScaleWordField,
} from '@kinboard/model';
import { readBoardFromDisk } from './rawClient';
import { waitFor } from './harness';
import { boardPerTest } from './boardPerTest';

describe('typed words in network entries and scales keep to who may change them', () => {
  const session = boardPerTest();
  const { join, boardDoc } = session;
  const scale = (doc: Y.Doc, id: string) => readScales(doc).find((s) => s.id === id);

  it('[R3][M41] a participant types into a network member’s name and relationship letter by letter: accepted, kept on disk, seen by the chair', async () => {
    const chair = await join('facilitator', 'Chair');
    const participant = await join('participant', 'Mum');
    const id = addNetworkMember(chair.doc, { name: 'Gran', relationship: 'Grandmother' });
    await waitFor(() => readNetwork(participant.doc).length === 1, 5000, 'the entry reaches Mum');
    for (const next of ['Gran M', 'Gran Ma', 'Gran May']) editMemberWords(participant.doc, id, 'name', next);
    for (const next of ['Grandmother ', 'Grandmother (Mum’s mum)']) editMemberWords(participant.doc, id, 'relationship', next);
    await waitFor(() => readNetwork(chair.doc)[0]?.relationship === 'Grandmother (Mum’s mum)', 5000, 'the words reach the chair');
    expect(participant.closes).toEqual([]);
    const onDisk = readBoardFromDisk(session.server.dataDir, session.board.id);
    expect(readNetwork(onDisk)).toMatchObject([{ id, name: 'Gran May', relationship: 'Grandmother (Mum’s mum)' }]);
    onDisk.destroy();
  });

  it('[R3] a participant typing into a scale’s question, 0 or 10 meaning (or rewording the default scale) is closed with 4405 and nobody gets the change', async () => {
    const chair = await join('facilitator', 'Chair');
    ensureDefaultScale(chair.doc);
    const id = addScale(chair.doc, { question: 'How safe?', zeroMeans: 'Not safe', tenMeans: 'Safe' });
    const fields: ScaleWordField[] = ['question', 'zeroMeans', 'tenMeans'];
    const attempts: [string, (doc: Y.Doc) => void][] = [
      ...fields.map((field): [string, (doc: Y.Doc) => void] => [
        `types into ${field}`,
        (d) => editScaleWords(d, id, field, `${scale(d, id)?.[field] ?? ''}!`),
      ]),
      ['rewords the default scale', (d) => void scaleWordsText(d, DEFAULT_SCALE_ID, 'question', 'Mum’s question')],
    ];
    for (const [what, attempt] of attempts) {
      const participant = await join('participant', 'Mum');
      await waitFor(() => scale(participant.doc, id) !== undefined, 5000, `${what}: the scale reaches Mum`);
      const before = Y.encodeStateVector(boardDoc());
      attempt(participant.doc);
      await waitFor(() => participant.closes.length > 0, 5000, `${what}: closed`);
      expect(participant.closes[0]!.code, what).toBe(CloseCode.facilitatorOnly);
      expect(Y.encodeStateVector(boardDoc()), what).toEqual(before);
    }
    expect(session.server.logLines.some((l) => l.includes('code=4405') && l.includes('scale'))).toBe(true);
    editScaleWords(chair.doc, id, 'question', 'How safe is Amy at home?');
    await waitFor(() => scale(boardDoc(), id)?.question === 'How safe is Amy at home?', 5000, "the chair's words reach the board");
    const onDisk = readBoardFromDisk(session.server.dataDir, session.board.id);
    for (const doc of [boardDoc(), chair.doc, onDisk]) {
      expect(scale(doc, id)).toMatchObject({ question: 'How safe is Amy at home?', zeroMeans: 'Not safe', tenMeans: 'Safe' });
      expect(scale(doc, DEFAULT_SCALE_ID)?.question).toBeNull();
    }
    expect(chair.closes).toEqual([]);
    onDisk.destroy();
  });
});
