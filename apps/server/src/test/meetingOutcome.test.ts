import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, NO_DECISION, readMeetingOutcome, setDecision, setMeetingKind, type MeetingOutcome } from '@kinboard/model';
import { waitFor } from './harness';
import { boardPerTest } from './boardPerTest';

describe("a meeting's kind and decision", () => {
  const session = boardPerTest('Khan family');
  const { join, boardDoc } = session;
  const call = (method: string, route: string, body?: unknown) =>
    fetch(`${session.server.origin}/api/boards/${session.board.id}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${decodeURIComponent(new URL(session.board.links.facilitator).hash.slice(1))}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('[K16] the record of a meeting keeps its kind and decision, and a later change to the board does not alter it', async () => {
    const chair = await join('facilitator', 'Chair');
    expect((await call('POST', '/meetings')).status).toBe(201);
    setMeetingKind(chair.doc, 'initial-conference');
    const decision = { ...NO_DECISION, planNeeded: true, category: 'neglect' as const, nextReview: '2027-03-04' };
    setDecision(chair.doc, { ...decision, disagreements: [{ name: 'Tom', why: 'He says he stopped drinking' }] });
    await waitFor(() => readMeetingOutcome(boardDoc()).decision.planNeeded === true, 5000, 'the decision on the board');
    const ended = (await (await call('POST', '/meetings/end')).json()) as { id: string };
    setMeetingKind(chair.doc, 'review-conference');
    await waitFor(() => readMeetingOutcome(boardDoc()).kind === 'review-conference', 5000, 'the new kind on the board');
    const record = (await (await call('GET', `/meetings/${ended.id}`)).json()) as { meeting: MeetingOutcome };
    expect(record.meeting).toEqual({
      kind: 'initial-conference',
      decision: { ...decision, disagreements: [{ name: 'Tom', why: 'He says he stopped drinking' }] },
    });
  });

  it('[K16][R3] a participant who sets the kind or the decision is closed with 4405 and nobody gets the change', async () => {
    await join('facilitator', 'Chair');
    for (const [what, attempt] of [
      ['sets the kind', (d: Y.Doc) => setMeetingKind(d, 'core-group')],
      ['records a decision', (d: Y.Doc) => setDecision(d, { ...NO_DECISION, planAgreed: true })],
    ] as const) {
      const participant = await join('participant', 'Mum');
      const before = Y.encodeStateVector(boardDoc());
      attempt(participant.doc);
      await waitFor(() => participant.closes.length > 0, 5000, `${what}: closed`);
      expect(participant.closes[0]!.code, what).toBe(CloseCode.facilitatorOnly);
      expect(Y.encodeStateVector(boardDoc()), what).toEqual(before);
    }
    expect(readMeetingOutcome(boardDoc())).toEqual({ kind: null, decision: NO_DECISION });
  });
});
