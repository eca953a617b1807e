/**
 * Finding the person behind an id that something on the board points at: a network member id
 * (also one merged into another entry) or a server-issued person id.
 */
import type * as Y from 'yjs';
import { readNetwork, type NetworkMemberView } from '../network/networkMembers';

/** Every member id on the board, merged ones included, → the entry that stands for that person. */
export function memberLookup(doc: Y.Doc): Map<string, NetworkMemberView> {
  const lookup = new Map<string, NetworkMemberView>();
  for (const member of readNetwork(doc)) {
    lookup.set(member.id, member);
    for (const merged of member.mergedIds) lookup.set(merged, member);
  }
  return lookup;
}

/** The network entry a server-issued person id belongs to, if the chair linked or merged them. */
export function memberOfPerson(members: readonly NetworkMemberView[], personId: string): NetworkMemberView | null {
  return members.find((m) => m.personIds.includes(personId)) ?? null;
}
