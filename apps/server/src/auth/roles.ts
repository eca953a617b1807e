/** The three roles a board link can give, from most to least able. */
export const ROLES = ['facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** True when a connection with this role may change the board's document. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}
