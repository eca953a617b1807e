/**
 * A network member is the board's person: the one record that the network list, "who is here",
 * scale answers, plan rules, statement sources, attendance and copies all point at. Two keys of
 * a member's Y.Map (besides those in schema.ts's NETWORK_MEMBER) tie that record to identity:
 *
 * - `personId`: the server-issued id of the person's link or device on this board (their presence
 *   `user.id` and `p:{id}` answer key), when they take part with a device of their own.
 * - `mergedInto`: set when the chair said this entry and another are the same person. The entry
 *   is never deleted, so nothing of it is lost; every reader resolves it to the entry it was merged
 *   into (see resolveMembers).
 */
export const MEMBER_IDENTITY = {
  personId: 'personId',
  mergedInto: 'mergedInto',
} as const;

/** A server-issued person id: short and URL-safe, so `p:{id}` is a valid answer key. */
export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
