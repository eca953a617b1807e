import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from '../errors';
import { MEETING, meetingMap } from '../schema';
import { expectRefused, newBoard } from '../test/board';
import { NO_DECISION, decisionLines, readMeetingOutcome, setDecision, setMeetingKind, type MeetingDecision } from './meetingKind';

describe('meeting kind and decision', () => {
  it('reads as not chosen on a new board, and keeps what the chair sets', () => {
    const doc = newBoard();
    expect(readMeetingOutcome(doc)).toEqual({ kind: null, decision: NO_DECISION });
    setMeetingKind(doc, 'family-network-meeting');
    setDecision(doc, { ...NO_DECISION, planAgreed: true, nextReview: '2027-01-20', notes: '  Gran will host the next one  ' });
    expect(readMeetingOutcome(doc)).toEqual({
      kind: 'family-network-meeting',
      decision: { ...NO_DECISION, planAgreed: true, nextReview: '2027-01-20', notes: 'Gran will host the next one' },
    });
    setMeetingKind(doc, null);
    expect(readMeetingOutcome(doc).kind).toBeNull();
  });

  it('refuses a kind, category or date it does not know, changing nothing', () => {
    const doc = newBoard();
    expectRefused(doc, ModelErrorCode.invalidText, () => setMeetingKind(doc, 'tea-party' as never));
    expectRefused(doc, ModelErrorCode.invalidText, () =>
      setDecision(doc, { ...NO_DECISION, category: 'bad' } as unknown as MeetingDecision),
    );
    expectRefused(doc, ModelErrorCode.invalidText, () => setDecision(doc, { ...NO_DECISION, nextReview: 'next March' }));
    expectRefused(doc, ModelErrorCode.invalidText, () => setDecision(doc, { ...NO_DECISION, notes: 'x'.repeat(1001) }));
  });

  it('reads a decision written by a broken client as none, and an unknown kind as not chosen', () => {
    const doc = newBoard();
    meetingMap(doc).set(MEETING.kind, 'tea-party');
    meetingMap(doc).set(MEETING.decision, { planNeeded: 'maybe' });
    expect(readMeetingOutcome(doc)).toEqual({ kind: null, decision: NO_DECISION });
  });

  it('words the decision as the kind does: a conference decides a plan and a category, a family meeting agrees its plan', () => {
    const decision = { ...NO_DECISION, planNeeded: true, category: 'sexual-abuse' as const, planAgreed: false, nextReview: '2027-03-04' };
    expect(decisionLines({ kind: 'review-conference', decision })).toEqual([
      'A child protection plan is needed: yes',
      'Category: Sexual abuse',
      'Next review: 2027-03-04',
    ]);
    expect(decisionLines({ kind: 'family-group-conference', decision })).toEqual([
      "The family's plan was agreed: no",
      'Next review: 2027-03-04',
    ]);
    expect(decisionLines({ kind: 'core-group', decision: { ...NO_DECISION, notes: 'Keep going' } })).toEqual([
      'Next review: not set',
      'Keep going',
    ]);
  });
});
