import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../test/harness';
import { SqliteBoardStore } from './SqliteBoardStore';
import { StaffStore } from './StaffStore';

const dirs: string[] = [];
const stores: SqliteBoardStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function open() {
  const dir = tempDataDir();
  dirs.push(dir);
  const boards = new SqliteBoardStore(dir);
  stores.push(boards);
  return { boards, staff: new StaffStore(boards.database) };
}

const hashes = { facilitator: new Uint8Array(32), participant: new Uint8Array(32).fill(1), viewer: new Uint8Array(32).fill(2) };
const person = { issuer: 'https://idp.example', subject: 'sub-1', name: 'Alice Example', email: 'alice@council.example' };

describe('StaffStore', () => {
  it('recognises a person by issuer and subject; name and email follow the provider', () => {
    const { staff } = open();
    const first = staff.signedIn(person, 1);
    const again = staff.signedIn({ ...person, name: 'Alice Renamed', email: 'alice.r@council.example' }, 2);
    expect(again.id).toBe(first.id);
    expect(again.name).toBe('Alice Renamed');
    const otherIssuer = staff.signedIn({ ...person, issuer: 'https://other.example' }, 3);
    expect(otherIssuer.id).not.toBe(first.id);
    expect(staff.staffByEmail(person.issuer, 'ALICE.R@council.example').map((s) => s.id)).toEqual([first.id]);
  });

  it('a session works until it expires and not after it ends', () => {
    const { staff } = open();
    const alice = staff.signedIn(person, 0);
    staff.createSession('token-1', alice.id, 1000, 2000);
    expect(staff.sessionStaff('token-1', 1999)?.id).toBe(alice.id);
    expect(staff.sessionStaff('token-1', 2000)).toBeNull();
    staff.createSession('token-2', alice.id, 1000, 5000);
    staff.endSession('token-2');
    expect(staff.sessionStaff('token-2', 1500)).toBeNull();
    expect(staff.sessionStaff('never-issued', 1500)).toBeNull();
  });

  it('deleting a board deletes its owner and activity rows with it', () => {
    const { boards, staff } = open();
    const alice = staff.signedIn(person, 0);
    boards.createBoard(
      { id: 'board-1', title: 'Kept?', template: 'three-column', createdAt: 10, secretHashes: hashes },
      new Uint8Array([0, 0]),
    );
    staff.setOwner('board-1', alice.id, new Uint8Array([1, 2, 3]), 10);
    staff.touch('board-1', 50);
    staff.touch('board-1', 40);
    expect(staff.ownedBoards(alice.id)).toEqual([{ id: 'board-1', title: 'Kept?', createdAt: 10, lastActiveAt: 50 }]);
    expect(staff.inactiveSince(49)).toEqual([]);
    expect(staff.inactiveSince(50)).toEqual(['board-1']);

    boards.deleteBoard('board-1');
    expect(staff.ownedBoards(alice.id)).toEqual([]);
    expect(staff.owner('board-1')).toBeNull();
    const left = boards.database
      .prepare('SELECT (SELECT COUNT(*) FROM board_owners) + (SELECT COUNT(*) FROM board_activity) AS n')
      .get() as { n: number };
    expect(left.n).toBe(0);
  });
});
