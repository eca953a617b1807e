import { useMemo } from 'react';
import {
  addNetworkMember,
  readNetwork,
  removeAndKeep,
  updateNetworkMember,
  type NetworkMemberChanges,
  type NetworkMemberView,
  type NewNetworkMember,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { recordRemoval } from '../removed';

export interface NetworkActions {
  /** Everyone in the family's network, in the order they were added. */
  readonly members: readonly NetworkMemberView[];
  /** Adds a person and returns their id; throws a ModelError that says what is wrong. */
  add(person: NewNetworkMember): string;
  update(id: string, changes: NetworkMemberChanges): void;
  remove(id: string): void;
}

/**
 * The family's network on this board, live, with the operations that change it.
 *
 * @example
 * const { members, add } = useNetwork();
 * add({ name: 'Gran', relationship: "Sam's gran", attendance: 'in-room' });
 */
export function useNetwork(): NetworkActions {
  const { connection, me } = useBoardSession();
  const doc = connection.doc;
  const members = useDocView(doc, readNetwork);
  return useMemo(
    () => ({
      members,
      add: (person) => addNetworkMember(doc, person),
      update: (id, changes) => updateNetworkMember(doc, id, changes),
      remove: (id) => {
        removeAndKeep(doc, 'member', id, me);
        recordRemoval(connection, 'member');
      },
    }),
    [doc, members, me, connection],
  );
}
