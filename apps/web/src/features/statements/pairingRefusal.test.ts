import { describe, expect, it } from 'vitest';
import { ModelError, ModelErrorCode, terms } from '@kinboard/model';
import { pairingRefusal } from './pairingRefusal';

describe('pairingRefusal', () => {
  const words = terms('signs-of-wellbeing');

  it.each([
    [ModelErrorCode.alreadyPaired, 'Someone has just given this worry statement a wellbeing goal. It is shown here now.'],
    [ModelErrorCode.notAGoal, 'That wellbeing goal has just been moved or deleted by someone else, so it could not be paired.'],
    [ModelErrorCode.notADangerStatement, 'This worry statement has just been moved or deleted by someone else, so nothing was paired.'],
    [ModelErrorCode.statementNotFound, 'This worry statement has just been moved or deleted by someone else, so nothing was paired.'],
  ])('says plainly why %s refused it, in the framework’s words', (code, sentence) => {
    expect(pairingRefusal(new ModelError(code, 'refused'), words)).toBe(sentence);
  });

  it('leaves other failures to be thrown', () => {
    expect(pairingRefusal(new ModelError(ModelErrorCode.invalidText, 'x'), words)).toBeNull();
    expect(pairingRefusal(new Error('bug'), words)).toBeNull();
  });
});
