/**
 * What the server keeps about boards. The sync core and the HTTP routes depend on this
 * interface only; `SqliteBoardStore` is the embedded default and `MemoryBoardStore` serves
 * tests and benchmarks. Both pass the same contract suite (storage/boardStore.contract.ts).
 */
import type { Role } from '../auth/roles';

export interface BoardRecord {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly createdAt: number;
  /** SHA-256 of each role's link secret. */
  readonly secretHashes: Readonly<Record<Role, Uint8Array>>;
}

/** A board's stored document: the latest snapshot and the updates appended after it. */
export interface StoredDocument {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the last stored update (0 when none). */
  readonly lastSeq: number;
  /** Bytes held: snapshot plus updates. */
  readonly bytes: number;
}

export interface BoardStore {
  /** Creates a board with its first snapshot. Throws if the id exists. */
  createBoard(board: BoardRecord, initialSnapshot: Uint8Array): void;
  getBoard(id: string): BoardRecord | null;
  /** Everything needed to rebuild the board's document. */
  loadDocument(id: string): StoredDocument;
  /** Appends one update durably and returns its sequence number. Must be on disk when it returns. */
  appendUpdate(id: string, update: Uint8Array): number;
  /** Replaces every update up to and including `uptoSeq` with `snapshot`, atomically. */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void;
  /** Removes the board and everything stored about it. */
  deleteBoard(id: string): void;
  /** A persistent secret for signing tickets, made on first use. */
  signingKey(): Uint8Array;
  close(): void;
}
