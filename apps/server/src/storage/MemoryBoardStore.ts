/** A store that keeps everything in memory: for tests and benchmarks, never for meetings. */
import { randomBytes } from 'node:crypto';
import type { BoardRecord, BoardStore, StoredDocument } from './BoardStore';

interface MemoryBoard {
  record: BoardRecord;
  snapshot: Uint8Array;
  snapshotSeq: number;
  updates: { seq: number; data: Uint8Array }[];
  nextSeq: number;
}

export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>();
  private key: Uint8Array | null = null;

  createBoard(board: BoardRecord, initialSnapshot: Uint8Array): void {
    if (this.boards.has(board.id)) throw new Error(`Board ${board.id} already exists`);
    this.boards.set(board.id, { record: board, snapshot: initialSnapshot.slice(), snapshotSeq: 0, updates: [], nextSeq: 1 });
  }

  getBoard(id: string): BoardRecord | null {
    return this.boards.get(id)?.record ?? null;
  }

  loadDocument(id: string): StoredDocument {
    const board = this.boards.get(id);
    if (!board) return { snapshot: null, updates: [], lastSeq: 0, bytes: 0 };
    const updates = board.updates.map((u) => u.data);
    const lastSeq = board.updates.at(-1)?.seq ?? board.snapshotSeq;
    const bytes = board.snapshot.byteLength + updates.reduce((sum, u) => sum + u.byteLength, 0);
    return { snapshot: board.snapshot, updates, lastSeq, bytes };
  }

  appendUpdate(id: string, update: Uint8Array): number {
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} does not exist`);
    const seq = board.nextSeq++;
    board.updates.push({ seq, data: update.slice() });
    return seq;
  }

  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void {
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} does not exist`);
    board.snapshot = snapshot.slice();
    board.snapshotSeq = uptoSeq;
    board.updates = board.updates.filter((u) => u.seq > uptoSeq);
  }

  deleteBoard(id: string): void {
    this.boards.delete(id);
  }

  signingKey(): Uint8Array {
    this.key ??= new Uint8Array(randomBytes(32));
    return this.key;
  }

  close(): void {}
}
