/**
 * What to tell a person when pairing is refused because someone else changed the board a moment
 * before: their screen had not caught up yet. Nothing was changed, and the board now shows why.
 */
import { ModelError, ModelErrorCode, type Terms } from '@kinboard/model';
import { t } from '../../i18n';

/** The sentence for a refusal, or null when `error` is not one the model refuses pairing with. */
export function pairingRefusal(error: unknown, terms: Pick<Terms, 'dangerStatement' | 'goal'>): string | null {
  if (!(error instanceof ModelError)) return null;
  switch (error.code) {
    case ModelErrorCode.alreadyPaired:
      return t('statements.pairing.alreadyPaired', { dangerStatement: terms.dangerStatement, goal: terms.goal });
    case ModelErrorCode.notAGoal:
      return t('statements.pairing.notAGoal', { goal: terms.goal });
    case ModelErrorCode.notADangerStatement:
    case ModelErrorCode.statementNotFound:
      return t('statements.pairing.gone', { dangerStatement: terms.dangerStatement });
    default:
      return null;
  }
}
