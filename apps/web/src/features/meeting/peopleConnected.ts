/**
 * Each open connection to the board, by its presence client id: what the server needs to remove
 * one person. Unlike "People here", two tabs of the same person are two entries here, because
 * each is its own connection.
 */
import { isRole, type Role } from '../../api/roles';

export interface Connected {
  readonly clientId: number;
  readonly name: string;
  readonly role: Role;
}

export function connectedPeople(states: ReadonlyMap<number, Record<string, unknown>>, myClientId: number): Connected[] {
  const people: Connected[] = [];
  for (const [clientId, state] of states) {
    if (clientId === myClientId) continue;
    const user = state.user as { name?: unknown; role?: unknown } | undefined;
    if (!user || typeof user.name !== 'string') continue;
    people.push({ clientId, name: user.name.trim() || 'Someone', role: isRole(user.role) ? user.role : 'viewer' });
  }
  return people.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
