/**
 * What to tell a person when pairing is refused because someone else changed the board a moment
 * before: their screen had not caught up yet. Nothing was changed, and the board now shows why.
 */
import { ModelError, ModelErrorCode, type Terms } from '@kinboard/model';

/** The sentence for a refusal, or null when `error` is not one the model refuses pairing with. */
export function pairingRefusal(error: unknown, terms: Pick<Terms, 'dangerStatement' | 'goal'>): string | null {
  if (!(error instanceof ModelError)) return null;
  switch (error.code) {
    case ModelErrorCode.alreadyPaired:
      return `Someone has just given this ${terms.dangerStatement} a ${terms.goal}. It is shown here now.`;
    case ModelErrorCode.notAGoal:
      return `That ${terms.goal} has just been moved or deleted by someone else, so it could not be paired.`;
    case ModelErrorCode.notADangerStatement:
    case ModelErrorCode.statementNotFound:
      return `This ${terms.dangerStatement} has just been moved or deleted by someone else, so nothing was paired.`;
    default:
      return null;
  }
}
