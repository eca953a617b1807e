/**
 * The contract every PeopleStore keeps, run against each engine (peopleStore.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PeopleStore, StoredPerson } from './PeopleStore';

export interface PeopleStoreHarness {
  readonly store: PeopleStore;
  /** Closes and opens the store again on the same data (persistent engines only). */
  reopen?(): Promise<PeopleStore>;
  dispose(): Promise<void> | void;
}

const bytes = (n: number) => new Uint8Array(32).fill(n);

function person(id: string, overrides: Partial<StoredPerson> = {}): StoredPerson {
  return {
    boardId: 'b1',
    id,
    name: id,
    role: 'participant',
    relation: null,
    language: null,
    via: 'personal-link',
    secretHash: null,
    createdAt: 1,
    removedAt: null,
    ...overrides,
  };
}

export function peopleStoreContract(name: string, open: () => Promise<PeopleStoreHarness> | PeopleStoreHarness): void {
  describe(`PeopleStore contract: ${name}`, () => {
    let harness: PeopleStoreHarness;
    afterEach(async () => {
      await harness.store.close();
      await harness.dispose();
    });

    it("keeps people per board, oldest first, and finds one by their link's secret hash", async () => {
      harness = await open();
      const { store } = harness;
      await store.addPerson(person('p_b', { createdAt: 2, secretHash: bytes(2), relation: 'Nan' }));
      await store.addPerson(person('p_a', { createdAt: 1, secretHash: bytes(1) }));
      await store.addPerson(person('p_other', { boardId: 'b2', secretHash: bytes(3) }));
      expect((await store.listPeople('b1')).map((p) => p.id)).toEqual(['p_a', 'p_b']);
      expect(await store.getPerson('b1', 'p_b')).toMatchObject({
        relation: 'Nan',
        role: 'participant',
        via: 'personal-link',
        removedAt: null,
      });
      expect((await store.personBySecretHash('b1', bytes(2)))?.id).toBe('p_b');
      expect(await store.personBySecretHash('b1', bytes(3))).toBeNull();
      await expect(store.addPerson(person('p_a'))).rejects.toThrow();
    });

    it("keeps each person's language apart, and forgets it when set to null", async () => {
      harness = await open();
      const { store } = harness;
      await store.addPerson(person('p_a'));
      await store.addPerson(person('p_b', { language: 'cy' }));
      await store.addPerson(person('p_a', { boardId: 'b2' }));
      await store.setLanguage('b1', 'p_a', 'pl');
      expect((await store.listPeople('b1')).map((p) => [p.id, p.language])).toEqual([
        ['p_a', 'pl'],
        ['p_b', 'cy'],
      ]);
      expect((await store.getPerson('b2', 'p_a'))?.language).toBeNull();
      await store.setLanguage('b1', 'p_b', null);
      expect((await store.getPerson('b1', 'p_b'))?.language).toBeNull();
      if (harness.reopen) {
        const reopened = await harness.reopen();
        expect((await reopened.getPerson('b1', 'p_a'))?.language).toBe('pl');
      }
    });

    it('a removed person is off the list, and their link and credentials find nobody', async () => {
      harness = await open();
      const { store } = harness;
      await store.addPerson(person('p_a', { secretHash: bytes(1) }));
      await store.addCredential('b1', 'p_a', bytes(9));
      expect((await store.personByCredential('b1', bytes(9)))?.id).toBe('p_a');
      await store.removePerson('b1', 'p_a', 50);
      expect(await store.listPeople('b1')).toEqual([]);
      expect(await store.getPerson('b1', 'p_a')).toMatchObject({ removedAt: 50, secretHash: null });
      expect(await store.personBySecretHash('b1', bytes(1))).toBeNull();
      expect(await store.personByCredential('b1', bytes(9))).toBeNull();
    });

    it('keeps lobby requests and their decisions, the admission setting, and moves credentials when two people are one', async () => {
      harness = await open();
      const { store } = harness;
      expect(await store.admissionRequired('b1')).toBeNull();
      await store.setAdmissionRequired('b1', true);
      await store.addLobbyRequest({
        boardId: 'b1',
        id: 'r2',
        name: 'Dev',
        linkRole: 'viewer',
        since: 2,
        lastSeen: 2,
        decision: 'waiting',
        personId: null,
      });
      await store.addLobbyRequest({
        boardId: 'b1',
        id: 'r1',
        name: 'Sam',
        linkRole: 'participant',
        since: 1,
        lastSeen: 1,
        decision: 'waiting',
        personId: null,
      });
      expect((await store.listWaiting('b1')).map((r) => r.id)).toEqual(['r1', 'r2']);
      // Each time the device asks again, the request remembers when; its place in the queue stays.
      await store.seeLobbyRequest('b1', 'r1', 40);
      expect((await store.listWaiting('b1')).map((r) => [r.id, r.since, r.lastSeen])).toEqual([
        ['r1', 1, 40],
        ['r2', 2, 2],
      ]);
      await store.addPerson(person('p_a'));
      await store.addPerson(person('p_b'));
      await store.decideLobbyRequest('b1', 'r1', 'admitted', 'p_a');
      await store.decideLobbyRequest('b1', 'r2', 'refused', null);
      expect(await store.listWaiting('b1')).toEqual([]);
      await store.addCredential('b1', 'p_a', bytes(7));
      await store.movePerson('b1', 'p_a', 'p_b');
      expect((await store.personByCredential('b1', bytes(7)))?.id).toBe('p_b');
      expect(await store.getLobbyRequest('b1', 'r1')).toMatchObject({ decision: 'admitted', personId: 'p_b' });
      if (harness.reopen) {
        const again = await harness.reopen();
        expect(await again.admissionRequired('b1')).toBe(true);
        expect(await again.getLobbyRequest('b1', 'r2')).toMatchObject({ decision: 'refused', name: 'Dev', linkRole: 'viewer' });
        expect(await again.getLobbyRequest('b1', 'r1')).toMatchObject({ since: 1, lastSeen: 40 });
        expect((await again.personByCredential('b1', bytes(7)))?.id).toBe('p_b');
      }
    });

    it('deleting a board forgets all of its people and nothing of another board', async () => {
      harness = await open();
      const { store } = harness;
      await store.addPerson(person('p_a', { secretHash: bytes(1) }));
      await store.addPerson(person('p_x', { boardId: 'b2' }));
      await store.addCredential('b1', 'p_a', bytes(5));
      await store.setAdmissionRequired('b1', false);
      await store.addLobbyRequest({
        boardId: 'b1',
        id: 'r1',
        name: 'Sam',
        linkRole: 'participant',
        since: 1,
        lastSeen: 1,
        decision: 'waiting',
        personId: null,
      });
      await store.deleteBoard('b1');
      expect(await store.getPerson('b1', 'p_a')).toBeNull();
      expect(await store.personByCredential('b1', bytes(5))).toBeNull();
      expect(await store.admissionRequired('b1')).toBeNull();
      expect(await store.getLobbyRequest('b1', 'r1')).toBeNull();
      expect((await store.getPerson('b2', 'p_x'))?.id).toBe('p_x');
    });
  });
}
