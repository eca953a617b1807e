/** What a link lets its holder do on a board. */
export type Role = 'facilitator' | 'participant' | 'viewer';

export const ROLES: readonly Role[] = ['facilitator', 'participant', 'viewer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Only viewers are kept from changing the board. */
export function canEdit(role: Role): boolean {
  return role !== 'viewer';
}
