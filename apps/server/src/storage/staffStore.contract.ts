/**
 * The contract every StaffStore keeps (staff, sessions, owners, board activity), run against each
 * engine by staffStore.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardStore } from './BoardStore';
import type { StaffStore } from './StaffStore';

export interface StaffStoreHarness {
  readonly boards: BoardStore;
  readonly staff: StaffStore;
  /** Rows left in board_owners and board_activity together. */
  ownerAndActivityRows(): Promise<number>;
  dispose(): Promise<void>;
}

const hashes = { facilitator: new Uint8Array(32), participant: new Uint8Array(32).fill(1), viewer: new Uint8Array(32).fill(2) };
const person = { issuer: 'https://idp.example', subject: 'sub-1', name: 'Alice Example', email: 'alice@council.example' };

export function staffStoreContract(name: string, open: () => Promise<StaffStoreHarness>): void {
  describe(`StaffStore contract: ${name}`, () => {
    let harness: StaffStoreHarness | null = null;
    afterEach(async () => {
      await harness?.dispose();
      harness = null;
    });

    it('recognises a person by issuer and subject; name and email follow the provider', async () => {
      harness = await open();
      const { staff } = harness;
      const first = await staff.signedIn(person, 1);
      const again = await staff.signedIn({ ...person, name: 'Alice Renamed', email: 'alice.r@council.example' }, 2);
      expect(again.id).toBe(first.id);
      expect(again.name).toBe('Alice Renamed');
      const otherIssuer = await staff.signedIn({ ...person, issuer: 'https://other.example' }, 3);
      expect(otherIssuer.id).not.toBe(first.id);
      expect((await staff.staffByEmail(person.issuer, 'ALICE.R@council.example')).map((s) => s.id)).toEqual([first.id]);
    });

    it('a session works until it expires and not after it ends', async () => {
      harness = await open();
      const { staff } = harness;
      const alice = await staff.signedIn(person, 0);
      await staff.createSession('token-1', alice.id, 1000, 2000);
      expect((await staff.sessionStaff('token-1', 1999))?.id).toBe(alice.id);
      expect(await staff.sessionStaff('token-1', 2000)).toBeNull();
      await staff.createSession('token-2', alice.id, 1000, 5000);
      await staff.endSession('token-2');
      expect(await staff.sessionStaff('token-2', 1500)).toBeNull();
      expect(await staff.sessionStaff('never-issued', 1500)).toBeNull();
    });

    it('deleting a board deletes its owner and activity rows with it', async () => {
      harness = await open();
      const { boards, staff } = harness;
      const alice = await staff.signedIn(person, 0);
      await boards.createBoard(
        { id: 'board-1', title: 'Kept?', template: 'three-column', createdAt: 10, secretHashes: hashes },
        new Uint8Array([0, 0]),
      );
      await staff.setOwner('board-1', alice.id, new Uint8Array([1, 2, 3]), 10);
      await staff.touch('board-1', 50);
      await staff.touch('board-1', 40);
      expect(await staff.ownedBoards(alice.id)).toEqual([{ id: 'board-1', title: 'Kept?', createdAt: 10, lastActiveAt: 50 }]);
      expect(await staff.inactiveSince(49)).toEqual([]);
      expect(await staff.inactiveSince(50)).toEqual(['board-1']);

      await boards.deleteBoard('board-1');
      expect(await staff.ownedBoards(alice.id)).toEqual([]);
      expect(await staff.owner('board-1')).toBeNull();
      expect(await harness.ownerAndActivityRows()).toBe(0);
    });
  });
}
