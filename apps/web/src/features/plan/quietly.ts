import { ModelError, ModelErrorCode } from '@kinboard/model';

/**
 * The refusals a plan edit may meet without anyone doing wrong: what it changes was removed or
 * changed by someone else a moment ago (a rule, a line, a date, a statement, a person), or the box
 * held words the plan does not take (blank, too long, not a date or time). The edit is dropped and
 * the screen shows the plan as it now is.
 */
const EXPECTED_REFUSALS: ReadonlySet<ModelErrorCode> = new Set([
  ModelErrorCode.ruleNotFound,
  ModelErrorCode.planItemNotFound,
  ModelErrorCode.statementNotFound,
  ModelErrorCode.notADangerStatement,
  ModelErrorCode.memberNotFound,
  ModelErrorCode.invalidText,
  ModelErrorCode.invalidDate,
  ModelErrorCode.invalidTime,
]);

/**
 * Makes a plan edit; true when it was made, false when the model refused it for one of the
 * expected reasons above. Any other error is a bug and is thrown.
 *
 * @example
 * if (quietly(() => addPlanLine(doc, 'bottomLines', { text }))) setText('');
 */
export function quietly(change: () => void): boolean {
  try {
    change();
    return true;
  } catch (error) {
    if (error instanceof ModelError && EXPECTED_REFUSALS.has(error.code)) return false;
    throw error;
  }
}
