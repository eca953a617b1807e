import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import {
  DEFAULT_SCALE_ID,
  MESSAGE_ROUND,
  encodeRoundMessage,
  openRound,
  parseRoundReply,
  participantAnswerKey,
  readRoundMessageText,
  readScales,
  type RoundReply,
  type RoundRequest,
} from '@kinboard/model';
import { TestServer, postJson, waitFor, type CreatedBoardLinks, type StockClient } from './harness';

/** Lets a stock client send and receive blind-round messages, and keeps every raw byte it got. */
function roundChannel(client: StockClient) {
  const replies: RoundReply[] = [];
  const raw: Buffer[] = [];
  client.provider.messageHandlers[MESSAGE_ROUND] = (_encoder, decoder) => {
    const reply = parseRoundReply(readRoundMessageText(decoder as decoding.Decoder));
    if (reply) replies.push(reply);
  };
  const ws = client.provider.ws as unknown as { on(event: 'message', fn: (data: Buffer) => void): void };
  ws.on('message', (data) => raw.push(Buffer.from(data)));
  return {
    replies,
    rawText: () => Buffer.concat(raw).toString('latin1'),
    send: (request: RoundRequest) => (client.provider.ws as unknown as { send(d: Uint8Array): void }).send(encodeRoundMessage(request)),
  };
}

const answer = (value: number, name: string, whyNotLower = '') => ({
  value,
  name,
  whyNotLower,
  oneHigher: '',
  memberId: null,
  recordedBy: null,
  at: Date.now(),
});

describe('blind rounds', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer().start();
    board = await server.createBoard();
  });
  afterEach(async () => {
    await server.cleanup();
  });

  it('[B1][B2][B3] no client sees any number before the reveal; then every client has every answer', async () => {
    const chair = await (await server.connect(board, 'facilitator')).synced();
    const mum = await (await server.connect(board, 'participant', undefined, { name: 'Mum' })).synced();
    const gran = await (await server.connect(board, 'participant', undefined, { name: 'Gran' })).synced();
    const screen = await (await server.connect(board, 'viewer')).synced();
    const channels = new Map([chair, mum, gran, screen].map((c) => [c, roundChannel(c)]));
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    await waitFor(() => [mum, gran, screen].every((c) => readScales(c.doc)[0]!.current?.id === round));

    channels.get(mum)!.send({ op: 'answer', round, key: participantAnswerKey(mum.person), answer: answer(3, 'Mum', 'SECRET-WHY-MUM') });
    channels
      .get(gran)!
      .send({ op: 'answer', round, key: participantAnswerKey(gran.person), answer: answer(8.5, 'Gran', 'SECRET-WHY-GRAN') });
    channels
      .get(chair)!
      .send({ op: 'answer', round, key: 'm:uncle', answer: { ...answer(6, 'Uncle Tom', 'SECRET-WHY-TOM'), recordedBy: 'Chair' } });
    const everyone = [chair, mum, gran, screen];
    await waitFor(() => everyone.every((c) => readScales(c.doc)[0]!.current!.answered.length === 3), 5000, 'answered marks');

    for (const c of everyone) {
      const current = readScales(c.doc)[0]!.current!;
      expect(current.answers).toEqual([]);
      expect(current.answered.map((a) => a.name).sort()).toEqual(['Gran', 'Mum', 'Uncle Tom']);
      // Not even the raw sync traffic carries another person's words.
      const text = channels.get(c)!.rawText();
      for (const secret of ['SECRET-WHY-MUM', 'SECRET-WHY-GRAN', 'SECRET-WHY-TOM']) expect(text).not.toContain(secret);
    }
    expect(channels.get(mum)!.replies).toContainEqual({ op: 'held', round, key: participantAnswerKey(mum.person) });

    channels.get(mum)!.send({ op: 'reveal', round });
    await waitFor(() => channels.get(mum)!.replies.some((r) => r.op === 'refused'));
    expect(readScales(chair.doc)[0]!.current!.state).toBe('collecting');

    channels.get(chair)!.send({ op: 'reveal', round });
    await waitFor(() => everyone.every((c) => readScales(c.doc)[0]!.current?.state === 'revealed'), 5000, 'reveal');
    for (const c of everyone) {
      const current = readScales(c.doc)[0]!.current!;
      expect(current.answers.map((a) => [a.name, a.value])).toEqual([
        ['Mum', 3],
        ['Uncle Tom', 6],
        ['Gran', 8.5],
      ]);
      expect(current.answers.find((a) => a.name === 'Uncle Tom')!.recordedBy).toBe('Chair');
      expect(current.stats.median).toBe(6);
    }
    for (const c of everyone) c.destroy();
  });

  it('[B4] a viewer cannot answer and a participant cannot answer for someone else', async () => {
    const chair = await (await server.connect(board, 'facilitator')).synced();
    const screen = await (await server.connect(board, 'viewer')).synced();
    const mum = await (await server.connect(board, 'participant')).synced();
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    await waitFor(() => readScales(mum.doc)[0]!.current?.id === round && readScales(screen.doc)[0]!.current?.id === round);
    const screenChannel = roundChannel(screen);
    const mumChannel = roundChannel(mum);
    screenChannel.send({ op: 'answer', round, key: participantAnswerKey('tv'), answer: answer(5, 'TV') });
    mumChannel.send({ op: 'answer', round, key: 'm:dad', answer: answer(1, 'Dad') });
    await waitFor(() => screenChannel.replies.length > 0 && mumChannel.replies.length > 0);
    expect(screenChannel.replies[0]!.op).toBe('refused');
    expect(mumChannel.replies[0]!.op).toBe('refused');
    expect(screen.closes).toEqual([]);
    expect((await server.server.store.heldAnswers(board.id, round)).size).toBe(0);
    for (const c of [chair, screen, mum]) c.destroy();
  });

  it("[B4][A5] a participant cannot give, change or take back another person's answer, even knowing their person id", async () => {
    const chair = await (await server.connect(board, 'facilitator')).synced();
    const mum = await (await server.connect(board, 'participant', undefined, { name: 'Mum' })).synced();
    const gran = await (await server.connect(board, 'participant', undefined, { name: 'Gran' })).synced();
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    await waitFor(() => [mum, gran].every((c) => readScales(c.doc)[0]!.current?.id === round));
    const mumChannel = roundChannel(mum);
    const granChannel = roundChannel(gran);

    // Mum's person id is in everyone's presence, so Gran can read it there.
    mum.provider.awareness.setLocalStateField('user', { id: 'anything', name: 'Mum' });
    await waitFor(
      () => (gran.provider.awareness.getStates().get(mum.doc.clientID) as { user?: { id?: string } } | undefined)?.user?.id === mum.person,
    );
    mumChannel.send({ op: 'answer', round, key: participantAnswerKey(mum.person), answer: answer(7, 'Mum') });
    await waitFor(() => mumChannel.replies.some((r) => r.op === 'held'));

    granChannel.send({ op: 'answer', round, key: participantAnswerKey(mum.person), answer: answer(0, 'Mum') });
    granChannel.send({ op: 'retract', round, key: participantAnswerKey(mum.person) });
    // Gran answers for herself under Mum's name: the board shows the name her ticket gave.
    granChannel.send({ op: 'answer', round, key: participantAnswerKey(gran.person), answer: answer(2, 'Mum') });
    await waitFor(() => granChannel.replies.length === 3);
    expect(granChannel.replies.map((r) => r.op)).toEqual(['refused', 'refused', 'held']);
    expect(gran.closes).toEqual([]);
    await waitFor(() => readScales(chair.doc)[0]!.current!.answered.length === 2);
    expect(
      readScales(chair.doc)[0]!
        .current!.answered.map((a) => a.name)
        .sort(),
    ).toEqual(['Gran', 'Mum']);

    const chairChannel = roundChannel(chair);
    chairChannel.send({ op: 'reveal', round });
    await waitFor(() => readScales(chair.doc)[0]!.current?.state === 'revealed');
    expect(
      readScales(chair.doc)[0]!
        .current!.answers.map((a) => [a.key, a.name, a.value])
        .sort(),
    ).toEqual(
      [
        [`p:${gran.person}`, 'Gran', 2],
        [`p:${mum.person}`, 'Mum', 7],
      ].sort(),
    );
    for (const c of [chair, mum, gran]) c.destroy();
  });

  it('[A5][I1] every new device gets a new server-issued person id; a person id in the request is never used', async () => {
    const secret = new URL(board.links.participant).hash.slice(1);
    const ask = (extra: object) => postJson(`${server.origin}/api/tickets`, { board: board.id, secret, ...extra });
    const first = (await (await ask({})).json()) as { person: string };
    const second = (await (await ask({})).json()) as { person: string };
    expect(first.person).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(first.person).not.toBe(second.person);
    for (const chosen of ['p_0123abcd', first.person]) {
      const res = await ask({ person: chosen });
      expect(res.status).toBe(200);
      const person = ((await res.json()) as { person: string }).person;
      expect(person).not.toBe(chosen);
    }
  });

  it('[B5] held answers survive a server restart and are revealed afterwards', async () => {
    const chair = await (await server.connect(board, 'facilitator')).synced();
    const round = openRound(chair.doc, { scaleId: DEFAULT_SCALE_ID, mode: 'blind' });
    const mum = await (await server.connect(board, 'participant', undefined, { name: 'Mum' })).synced();
    await waitFor(() => readScales(mum.doc)[0]!.current?.id === round);
    const mumChannel = roundChannel(mum);
    mumChannel.send({ op: 'answer', round, key: participantAnswerKey(mum.person), answer: answer(4, 'Mum') });
    await waitFor(() => mumChannel.replies.some((r) => r.op === 'held'));
    chair.destroy();
    mum.destroy();
    const port = server.port;
    await server.stop();
    await server.start(port);
    const chair2 = await (await server.connect(board, 'facilitator')).synced();
    const channel = roundChannel(chair2);
    channel.send({ op: 'reveal', round });
    await waitFor(() => readScales(chair2.doc)[0]!.current?.state === 'revealed');
    expect(readScales(chair2.doc)[0]!.current!.answers.map((a) => a.value)).toEqual([4]);
    chair2.destroy();
  });
});
