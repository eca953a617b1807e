import { useMemo } from 'react';
import {
  addNetworkMember,
  linkMemberToPerson,
  mergeNetworkMembers,
  readNetwork,
  setPersonDetails,
  type NetworkMemberView,
} from '@kinboard/model';
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
  /**
   * Puts a newly invited board person on the network list, as one entry tied to them; an
   * interpreter with the language they interpret and whose words (either may be null).
   */
  addToNetwork(personId: string, name: string, relationship: string, interpreter?: Interpreting | null): void;
}

/** What the chair says about an interpreter when inviting them. */
export interface Interpreting {
  readonly language: string | null;
  readonly forMember: string | null;
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
      addToNetwork(personId, name, relationship, interpreter = null) {
        if (members.some((m) => m.personIds.includes(personId))) return;
        doc.transact(() => {
          const id = addNetworkMember(doc, { name, relationship, ...(interpreter ? { kind: 'interpreter' as const } : {}) });
          if (interpreter) setPersonDetails(doc, id, { language: interpreter.language, interpretsFor: interpreter.forMember });
          linkMemberToPerson(doc, id, personId);
        });
      },
    }),
    [doc, members],
  );
}
