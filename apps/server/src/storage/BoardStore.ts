/**
 * What the server keeps about boards. The sync core and the HTTP routes depend on this
 * interface only; `SqliteBoardStore` is the embedded default and `MemoryBoardStore` serves
 * tests and benchmarks. Both pass the same contract suite (storage/boardStore.contract.ts).
 */
import type { Role } from '../auth/roles';

/** What is stored when a board is created. */
export interface NewBoardRecord {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly createdAt: number;
  /** SHA-256 of each role's link secret. */
  readonly secretHashes: Readonly<Record<Role, Uint8Array>>;
}

/** A board as stored, with the settings a facilitator can change. */
export interface BoardRecord extends NewBoardRecord {
  /** When each role's link stops working (ms since epoch), or null for never. */
  readonly linkExpiry: Readonly<Record<Role, number | null>>;
  /** While locked, only facilitators may change the board. */
  readonly locked: boolean;
  /** The meeting in progress, if any. */
  readonly meeting: { readonly id: string; readonly startedAt: number } | null;
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

/** When one board's link for one role stops working. */
export interface LinkExpiry {
  readonly boardId: string;
  readonly role: Role;
  readonly expiresAt: number;
}

/** One line of a board's audit trail. */
export interface AuditEntry {
  readonly at: number;
  readonly event: string;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

export interface Attendee {
  readonly name: string;
  readonly role: Role | 'in the room';
  readonly where: 'remote' | 'in the room' | 'phone';
  /** The person on the board (server-issued id) when they came by link. */
  readonly person?: string;
}

/** An ended meeting, kept as it was: never changed after it is saved. */
export interface MeetingRecord {
  readonly boardId: string;
  readonly id: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly attendees: readonly Attendee[];
  /** The whole board document at the end of the meeting (a Yjs update). */
  readonly snapshot: Uint8Array;
}

export type MeetingSummary = Omit<MeetingRecord, 'snapshot'>;

export interface BoardStore {
  /** Creates a board with its first snapshot. Throws if the id exists. */
  createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): void;
  getBoard(id: string): BoardRecord | null;
  /** Everything needed to rebuild the board's document. */
  loadDocument(id: string): StoredDocument;
  /** Appends one update durably and returns its sequence number. Must be on disk when it returns. */
  appendUpdate(id: string, update: Uint8Array): number;
  /** Appends several updates in one transaction (all or none); returns the last sequence number. */
  appendUpdates(id: string, updates: readonly Uint8Array[]): number;
  /** Replaces every update up to and including `uptoSeq` with `snapshot`, atomically. */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): void;
  /** Gives a role's link a new secret; the old one stops matching. */
  replaceSecret(id: string, role: Role, secretHash: Uint8Array): void;
  setLinkExpiry(id: string, role: Role, expiresAt: number | null): void;
  /** Every link on any board whose expiry is later than `after`, so a starting server can wait for them again. */
  linkExpiriesAfter(after: number): LinkExpiry[];
  setLocked(id: string, locked: boolean): void;
  setMeeting(id: string, meeting: { id: string; startedAt: number } | null): void;
  appendAudit(id: string, entry: AuditEntry): void;
  listAudit(id: string): AuditEntry[];
  saveMeetingRecord(record: MeetingRecord): void;
  listMeetingRecords(boardId: string): MeetingSummary[];
  getMeetingRecord(boardId: string, meetingId: string): MeetingRecord | null;
  /** Keeps a blind-round answer out of the document until the reveal; replaces that person's earlier one. */
  holdAnswer(boardId: string, roundId: string, key: string, answer: string): void;
  /** Held answers of a round, by answer key (JSON text as held). */
  heldAnswers(boardId: string, roundId: string): Map<string, string>;
  dropHeldAnswer(boardId: string, roundId: string, key: string): void;
  clearHeldAnswers(boardId: string, roundId: string): void;
  /** Removes the board and everything stored about it: document, records, audit, held answers. */
  deleteBoard(id: string): void;
  /** A persistent secret for signing tickets, made on first use. */
  signingKey(): Uint8Array;
  close(): void;
}
