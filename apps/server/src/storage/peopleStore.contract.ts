/**
 * The contract every PeopleStore keeps, run against each engine (peopleStore.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PeopleStore, StoredPerson } from './PeopleStore';

export interface PeopleStoreHarness {
  readonly store: PeopleStore;
  /** Closes and opens the store again on the same data (persistent engines only). */
  reopen?(): PeopleStore;
  dispose(): void;
}

const bytes = (n: number) => new Uint8Array(32).fill(n);

function person(id: string, overrides: Partial<StoredPerson> = {}): StoredPerson {
  return {
    boardId: 'b1',
    id,
    name: id,
    role: 'participant',
    relation: null,
    via: 'personal-link',
    secretHash: null,
    createdAt: 1,
    removedAt: null,
    ...overrides,
  };
}

export function peopleStoreContract(name: string, open: () => PeopleStoreHarness): void {
  describe(`PeopleStore contract: ${name}`, () => {
    let harness: PeopleStoreHarness;
    afterEach(() => {
      harness.store.close();
      harness.dispose();
    });

    it("keeps people per board, oldest first, and finds one by their link's secret hash", () => {
      harness = open();
      const { store } = harness;
      store.addPerson(person('p_b', { createdAt: 2, secretHash: bytes(2), relation: 'Nan' }));
      store.addPerson(person('p_a', { createdAt: 1, secretHash: bytes(1) }));
      store.addPerson(person('p_other', { boardId: 'b2', secretHash: bytes(3) }));
      expect(store.listPeople('b1').map((p) => p.id)).toEqual(['p_a', 'p_b']);
      expect(store.getPerson('b1', 'p_b')).toMatchObject({ relation: 'Nan', role: 'participant', via: 'personal-link', removedAt: null });
      expect(store.personBySecretHash('b1', bytes(2))?.id).toBe('p_b');
      expect(store.personBySecretHash('b1', bytes(3))).toBeNull();
      expect(() => store.addPerson(person('p_a'))).toThrow();
    });

    it('a removed person is off the list, and their link and credentials find nobody', () => {
      harness = open();
      const { store } = harness;
      store.addPerson(person('p_a', { secretHash: bytes(1) }));
      store.addCredential('b1', 'p_a', bytes(9));
      expect(store.personByCredential('b1', bytes(9))?.id).toBe('p_a');
      store.removePerson('b1', 'p_a', 50);
      expect(store.listPeople('b1')).toEqual([]);
      expect(store.getPerson('b1', 'p_a')).toMatchObject({ removedAt: 50, secretHash: null });
      expect(store.personBySecretHash('b1', bytes(1))).toBeNull();
      expect(store.personByCredential('b1', bytes(9))).toBeNull();
    });

    it('keeps lobby requests and their decisions, the admission setting, and moves credentials when two people are one', () => {
      harness = open();
      const { store } = harness;
      expect(store.admissionRequired('b1')).toBeNull();
      store.setAdmissionRequired('b1', true);
      store.addLobbyRequest({ boardId: 'b1', id: 'r2', name: 'Dev', linkRole: 'viewer', since: 2, decision: 'waiting', personId: null });
      store.addLobbyRequest({
        boardId: 'b1',
        id: 'r1',
        name: 'Sam',
        linkRole: 'participant',
        since: 1,
        decision: 'waiting',
        personId: null,
      });
      expect(store.listWaiting('b1').map((r) => r.id)).toEqual(['r1', 'r2']);
      store.addPerson(person('p_a'));
      store.addPerson(person('p_b'));
      store.decideLobbyRequest('b1', 'r1', 'admitted', 'p_a');
      store.decideLobbyRequest('b1', 'r2', 'refused', null);
      expect(store.listWaiting('b1')).toEqual([]);
      store.addCredential('b1', 'p_a', bytes(7));
      store.movePerson('b1', 'p_a', 'p_b');
      expect(store.personByCredential('b1', bytes(7))?.id).toBe('p_b');
      expect(store.getLobbyRequest('b1', 'r1')).toMatchObject({ decision: 'admitted', personId: 'p_b' });
      if (harness.reopen) {
        const again = harness.reopen();
        expect(again.admissionRequired('b1')).toBe(true);
        expect(again.getLobbyRequest('b1', 'r2')).toMatchObject({ decision: 'refused', name: 'Dev', linkRole: 'viewer' });
        expect(again.personByCredential('b1', bytes(7))?.id).toBe('p_b');
      }
    });

    it('deleting a board forgets all of its people and nothing of another board', () => {
      harness = open();
      const { store } = harness;
      store.addPerson(person('p_a', { secretHash: bytes(1) }));
      store.addPerson(person('p_x', { boardId: 'b2' }));
      store.addCredential('b1', 'p_a', bytes(5));
      store.setAdmissionRequired('b1', false);
      store.addLobbyRequest({
        boardId: 'b1',
        id: 'r1',
        name: 'Sam',
        linkRole: 'participant',
        since: 1,
        decision: 'waiting',
        personId: null,
      });
      store.deleteBoard('b1');
      expect(store.getPerson('b1', 'p_a')).toBeNull();
      expect(store.personByCredential('b1', bytes(5))).toBeNull();
      expect(store.admissionRequired('b1')).toBeNull();
      expect(store.getLobbyRequest('b1', 'r1')).toBeNull();
      expect(store.getPerson('b2', 'p_x')?.id).toBe('p_x');
    });
  });
}
