import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  DEFAULT_SCALE_ID,
  addNetworkMember,
  addScale,
  addStatement,
  closeRound,
  createBoard,
  deleteStatement,
  editPageText,
  editStatement,
  editStatementField,
  giveOpenAnswer,
  openRound,
  participantAnswerKey,
  readRemovals,
  removeAndKeep,
  removeAnswer,
  restoreRemoval,
  setBoardView,
  setFramework,
  setRoomPace,
  showOnRoomScreen,
  startTimer,
  summonEveryone,
  turnRoomPage,
  updateScale,
} from '@kinboard/model';
import { checkWrite, type Writer } from './writePolicy';

const mum: Writer = { role: 'participant', person: 'p_mum' };
const chair: Writer = { role: 'facilitator', person: 'p_chair' };
const answer = (value: number, name: string) => ({ value, name, whyNotLower: '', oneHigher: '', memberId: null, recordedBy: null });

/** The server's board of a new meeting. */
function newBoard(): Y.Doc {
  const board = new Y.Doc();
  createBoard(board, { title: 'Test family', template: 'three-column' });
  return board;
}

/**
 * What a person would send the board after making `change` on their copy of it: the part the
 * board lacks, as a sync step 2 would.
 */
function changeOf(board: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  change(copy);
  return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(board));
}

/** The board takes a change from someone allowed to make it. */
function accepted(board: Y.Doc, change: (doc: Y.Doc) => void): void {
  Y.applyUpdate(board, changeOf(board, change));
}

/** A refusal that closes the connection (not an update held back until what it refers to arrives). */
const REFUSED = { allowed: false, reason: expect.any(String) };

function verdict(board: Y.Doc, update: Uint8Array, writer: Writer = mum) {
  return checkWrite(board, Y.decodeUpdate(update), writer);
}

describe('write policy [R3]', () => {
  it('lets a participant change statements, the network, the view and the plan', () => {
    const board = newBoard();
    const add = changeOf(board, (d) =>
      addStatement(d, { id: 's1', section: 'worries', text: 'Dad shouts', author: { id: 'p_mum', name: 'Mum' } }),
    );
    expect(verdict(board, add)).toEqual({ allowed: true });
    Y.applyUpdate(board, add);
    // Typing into an existing text: the new characters name no parent, only their neighbours.
    expect(
      verdict(
        board,
        changeOf(board, (d) => editStatement(d, 's1', 'Dad shouts at night')),
      ),
    ).toEqual({ allowed: true });
    accepted(board, (d) => editStatement(d, 's1', 'Dad shouts at night'));
    expect(
      verdict(
        board,
        changeOf(board, (d) => deleteStatement(d, 's1')),
      ),
    ).toEqual({ allowed: true });
    expect(
      verdict(
        board,
        changeOf(board, (d) => addNetworkMember(d, { name: 'Gran' })),
      ),
    ).toEqual({ allowed: true });
    expect(
      verdict(
        board,
        changeOf(board, (d) => setBoardView(d, 'seven-domain')),
      ),
    ).toEqual({ allowed: true });
  });

  it('lets a participant type into a statement’s harm details, agency and words of dispute, and remove and bring back a statement', () => {
    const board = newBoard();
    accepted(board, (d) => addStatement(d, { id: 's1', section: 'worries', text: 'Dad shouts', author: { id: 'p_chair', name: 'Chair' } }));
    for (const field of ['harmWhen', 'sourceAgency', 'disputeWords'] as const) {
      const first = changeOf(board, (d) => editStatementField(d, 's1', field, 'Fri'));
      expect(verdict(board, first), field).toEqual({ allowed: true });
      Y.applyUpdate(board, first);
      expect(
        verdict(
          board,
          changeOf(board, (d) => editStatementField(d, 's1', field, 'Friday night')),
        ),
        field,
      ).toEqual({ allowed: true });
    }
    const removal = changeOf(board, (d) => removeAndKeep(d, 'statement', 's1', { id: 'p_mum', name: 'Mum' }));
    expect(verdict(board, removal)).toEqual({ allowed: true });
    Y.applyUpdate(board, removal);
    expect(
      verdict(
        board,
        changeOf(board, (d) => restoreRemoval(d, readRemovals(d)[0]!.id)),
      ),
    ).toEqual({ allowed: true });
  });

  it('refuses a participant the meeting, the scales, the framework and the drawing texts', () => {
    const cases: [string, (d: Y.Doc) => void][] = [
      ['timer', (d) => startTimer(d, 'step', 60_000)],
      ['summon', (d) => summonEveryone(d, 'plan', 'Mum')],
      ['what the room screen shows', (d) => showOnRoomScreen(d, 'join')],
      ["the room screen's page", (d) => turnRoomPage(d, 3)],
      ["the room screen's paging pace", (d) => setRoomPace(d, 10, 0)],
      ['new scale', (d) => addScale(d, { question: 'How safe?', zeroMeans: 'Not', tenMeans: 'Very' })],
      ['rewording a scale', (d) => updateScale(d, DEFAULT_SCALE_ID, { question: 'Mine now' })],
      ['framework', (d) => setFramework(d, 'signs-of-wellbeing')],
      ['drawing text', (d) => d.getMap('drawTexts').set('page:story', 'words')],
      ["a drawing page's shared words", (d) => editPageText(d, 'page:story', 'words')],
      ['opening a round', (d) => openRound(d, { scaleId: DEFAULT_SCALE_ID, mode: 'open' })],
    ];
    for (const [what, change] of cases) {
      const board = newBoard();
      const decision = verdict(board, changeOf(board, change));
      expect(decision.allowed, what).toBe(false);
      expect(
        verdict(
          board,
          changeOf(board, () => {}),
          chair,
        ),
        what,
      ).toEqual({ allowed: true });
    }
  });

  it('refuses a participant overwriting or deleting what the facilitator set', () => {
    const board = newBoard();
    accepted(board, (d) => startTimer(d, 'step', 60_000));
    // The new timer names only the old one as its neighbour.
    expect(
      verdict(
        board,
        changeOf(board, (d) => startTimer(d, 'step', 1)),
      ),
    ).toMatchObject(REFUSED);
    const b2 = newBoard();
    expect(
      verdict(
        b2,
        changeOf(b2, (d) => d.getMap('scales').delete(DEFAULT_SCALE_ID)),
      ),
    ).toMatchObject(REFUSED);
  });

  it('lets a participant give and take back only their own answer, and only in an open round that is not closed', () => {
    const board = newBoard();
    let open = '';
    accepted(board, (d) => (open = openRound(d, { scaleId: DEFAULT_SCALE_ID, mode: 'open' })));
    const mine = participantAnswerKey('p_mum');
    expect(
      verdict(
        board,
        changeOf(board, (d) => giveOpenAnswer(d, open, participantAnswerKey('p_gran'), answer(1, 'Gran'))),
      ),
    ).toMatchObject(REFUSED);
    expect(
      verdict(
        board,
        changeOf(board, (d) => giveOpenAnswer(d, open, 'm:dad', answer(1, 'Dad'))),
      ),
    ).toMatchObject(REFUSED);
    const give = changeOf(board, (d) => giveOpenAnswer(d, open, mine, answer(4, 'Mum')));
    expect(verdict(board, give)).toEqual({ allowed: true });
    Y.applyUpdate(board, give);
    expect(
      verdict(
        board,
        changeOf(board, (d) => giveOpenAnswer(d, open, mine, answer(5, 'Mum'))),
      ),
    ).toEqual({ allowed: true });
    expect(
      verdict(
        board,
        changeOf(board, (d) => removeAnswer(d, open, mine)),
      ),
    ).toEqual({ allowed: true });
    // Someone else's answer, once on the board, is not hers to take out.
    accepted(board, (d) => giveOpenAnswer(d, open, 'm:dad', answer(2, 'Dad')));
    expect(
      verdict(
        board,
        changeOf(board, (d) => removeAnswer(d, open, 'm:dad')),
      ),
    ).toMatchObject(REFUSED);
    expect(
      verdict(
        board,
        changeOf(board, (d) => closeRound(d, open)),
      ),
    ).toMatchObject(REFUSED);

    accepted(board, (d) => closeRound(d, open));
    const late = changeOf(board, (d) =>
      (d.getMap('rounds').get(open) as Y.Map<Y.Map<unknown>>).get('answers')!.set(mine, answer(9, 'Mum')),
    );
    expect(verdict(board, late)).toMatchObject(REFUSED);

    let blind = '';
    const b2 = newBoard();
    accepted(b2, (d) => (blind = openRound(d, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' })));
    const intoBlind = changeOf(b2, (d) =>
      (d.getMap('rounds').get(blind) as Y.Map<Y.Map<unknown>>).get('answers')!.set(mine, answer(9, 'Mum')),
    );
    expect(verdict(b2, intoBlind)).toMatchObject(REFUSED);
  });

  it('refuses a participant who hides a change to the meeting inside a new type of their own', () => {
    const board = newBoard();
    // A whole new map under `meeting`, with content inside it that names the map as its parent.
    const nested = changeOf(board, (d) => {
      const inner = new Y.Map<unknown>();
      d.getMap('meeting').set('agenda', inner);
      inner.set('step', 'mine');
    });
    expect(verdict(board, nested)).toMatchObject(REFUSED);
  });

  it('holds back a deletion of content the board does not have yet, to judge it once that content is here [R5]', () => {
    const board = newBoard();
    // An update in the v1 format with no structs and one deleted range: the next five items the
    // client 424242 will write.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    for (const n of [1, 424242, 1, 0, 5]) encoding.writeVarUint(encoder, n);
    const decoded = Y.decodeUpdate(encoding.toUint8Array(encoder));
    expect([...decoded.ds.clients.keys()]).toEqual([424242]);
    expect(checkWrite(board, decoded, mum)).toEqual({ allowed: false, waiting: true });
  });

  it('names where a refused change landed', () => {
    const board = newBoard();
    const decision = verdict(
      board,
      changeOf(board, (d) => setFramework(d, 'signs-of-wellbeing')),
    );
    expect(decision).toMatchObject({ allowed: false, reason: expect.stringContaining('meta/framework') });
  });
});
