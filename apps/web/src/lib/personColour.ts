/**
 * Colours that mark each person in the presence list. Every colour has at least 4.5:1 contrast
 * on white, so it can carry a small mark or outline on its own.
 */
export const PERSON_COLOURS = [
  '#1d70b8', // blue
  '#00703c', // green
  '#912b88', // purple
  '#b34700', // burnt orange
  '#28595e', // deep teal
  '#a4234d', // raspberry
  '#4c2c92', // indigo
  '#6f5100', // olive brown
] as const;

/** A stable colour for a participant id: the same person gets the same colour on every device. */
export function personColour(participantId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < participantId.length; i++) {
    hash ^= participantId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return PERSON_COLOURS[(hash >>> 0) % PERSON_COLOURS.length]!;
}
