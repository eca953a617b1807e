/**
 * Scale numbers. A scale runs from 0 to 10 and halves are allowed: practitioners and families
 * do say "six and a half", and rounding a person's number would put words in their mouth.
 * Anything else (7.3, 11, -1, NaN, "7") is refused with a clear error.
 */
import { ModelError, ModelErrorCode } from '../errors';

/** The low end of every scale. */
export const SCALE_MIN = 0;
/** The high end of every scale. */
export const SCALE_MAX = 10;
/** The smallest step between allowed numbers. */
export const SCALE_STEP = 0.5;

/** True for 0, 0.5, 1, … 10. */
export function isScaleValue(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value >= SCALE_MIN && value <= SCALE_MAX && Number.isInteger(value / SCALE_STEP)
  );
}

export function checkScaleValue(value: unknown): number {
  if (!isScaleValue(value)) {
    throw new ModelError(
      ModelErrorCode.invalidScaleValue,
      `A scale number must be between ${SCALE_MIN} and ${SCALE_MAX} in steps of ${SCALE_STEP} (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/**
 * How a number is said: "6½" rather than "6.5". A figure worked out from answers, such as the
 * median of 6 and 6½, keeps its quarters ("6¼", "6¾"); anything finer is rounded to one decimal.
 */
export function formatScaleValue(value: number): string {
  const whole = Math.floor(value);
  const part = value - whole;
  const fraction = FRACTIONS.get(part);
  if (fraction !== undefined) return whole === 0 && fraction !== '' ? fraction : `${whole}${fraction}`;
  return String(Math.round(value * 10) / 10);
}

const FRACTIONS = new Map([
  [0, ''],
  [0.25, '¼'],
  [0.5, '½'],
  [0.75, '¾'],
]);
