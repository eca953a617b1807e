import { useMemo } from 'react';
import { addNetworkMember, linkMemberToPerson, mergeNetworkMembers, readNetwork, type NetworkMemberView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';

export interface PersonLinks {
  readonly members: readonly NetworkMemberView[];
  /** The network entry a board person (their link or device) is tied to, if any. */
  memberOf(personId: string): NetworkMemberView | null;
  /** Ties a board person to a network entry, or unties them (null). */
  link(personId: string, memberId: string | null): void;
  /** Says two network entries are the same person; throws a ModelError that says why not. */
  merge(keepId: string, mergedId: string): void;
  /** Puts a newly invited board person on the network list, as one entry tied to them. */
  addToNetwork(personId: string, name: string, relationship: string): void;
}

/** The network list as it ties to the people on the board: who is who, and merging two entries. */
export function usePersonLinks(): PersonLinks {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const members = useDocView(doc, readNetwork);
  return useMemo(
    () => ({
      members,
      memberOf: (personId) => members.find((m) => m.personIds.includes(personId)) ?? null,
      link(personId, memberId) {
        const current = members.find((m) => m.personIds.includes(personId));
        if (current && current.id !== memberId) linkMemberToPerson(doc, current.id, null);
        if (memberId) linkMemberToPerson(doc, memberId, personId);
      },
      merge: (keepId, mergedId) => mergeNetworkMembers(doc, keepId, mergedId),
      addToNetwork(personId, name, relationship) {
        if (members.some((m) => m.personIds.includes(personId))) return;
        linkMemberToPerson(doc, addNetworkMember(doc, { name, relationship }), personId);
      },
    }),
    [doc, members],
  );
}
