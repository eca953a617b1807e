import { describe, expect, it } from 'vitest';
import { NO_DECISION } from '@kinboard/model';
import { fitDecision } from './keptDecision';

describe('fitDecision', () => {
  it('gives back a decision the form kept, field for field', () => {
    const kept = {
      planNeeded: true,
      category: 'neglect',
      planAgreed: null,
      nextReview: '2027-03-01',
      disagreements: [{ name: 'Dad', why: 'He says the worry is old' }],
      notes: 'Review in three months',
    };
    expect(fitDecision(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(fitDecision(NO_DECISION)).toEqual(NO_DECISION);
  });

  it('drops what no longer fits rather than showing it wrongly', () => {
    expect(fitDecision(null)).toBeNull();
    expect(fitDecision('notes')).toBeNull();
    expect(fitDecision({ ...NO_DECISION, category: 'made up' })).toBeNull();
    expect(fitDecision({ ...NO_DECISION, planNeeded: 'yes' })).toBeNull();
    expect(fitDecision({ ...NO_DECISION, disagreements: [{ name: 'Dad' }] })).toBeNull();
    expect(fitDecision({ ...NO_DECISION, notes: undefined })).toBeNull();
  });
});
