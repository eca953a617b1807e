import { personColour } from '../../lib/personColour';

/** A person's colour for an answer key: the same as in "People here" for someone on their own device. */
export function answerColour(key: string): string {
  return personColour(key.startsWith('p:') ? key.slice(2) : key);
}
