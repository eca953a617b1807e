import { ModelError } from '@kinboard/model';

/** Ignores a refusal from the model: the rule was deleted by someone else a moment ago. */
export function quietly(change: () => void): void {
  try {
    change();
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
  }
}
