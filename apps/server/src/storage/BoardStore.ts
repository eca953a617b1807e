/**
 * What the server keeps about boards, split by concern (documents, boards and links, meeting
 * records, audit, held answers). Every call is asynchronous. The sync core and the HTTP routes
 * depend on these interfaces only; `SqliteBoardStore` is the embedded default, `PgBoardStore`
 * keeps them in PostgreSQL and `MemoryBoardStore` serves tests and benchmarks. All pass the same
 * contract suite (storage/boardStore.contract.ts).
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
  /** An interpreter's line: the language they interpret (a BCP 47 tag, or null) and whose words (a name, or null). */
  readonly interprets?: { readonly language: string | null; readonly forName: string | null };
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

/**
 * A board's Yjs document: its latest snapshot and the updates after it. An update is committed
 * (the transaction is on disk or in the database) when the returned promise resolves, never before.
 */
export interface DocumentStore {
  /** Everything needed to rebuild the board's document. */
  loadDocument(id: string): Promise<StoredDocument>;
  /** Appends one update durably and resolves with its sequence number once committed. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>;
  /** Appends several updates in one transaction (all or none); resolves with the last sequence number. */
  appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Only a store that commits synchronously (the embedded SQLite file): appendUpdates committed
   * before it returns, with the last sequence number; throws when the transaction failed.
   */
  appendUpdatesNow?(id: string, updates: readonly Uint8Array[]): number;
  /** Replaces every update up to and including `uptoSeq` with `snapshot`, atomically. */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
}

/** Boards, their links (secrets and expiry), lock and meeting in progress, and the server's own keys. */
export interface BoardLinkStore {
  /** Creates a board with its first snapshot. Rejects if the id exists. */
  createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /** Gives a role's link a new secret; the old one stops matching. */
  replaceSecret(id: string, role: Role, secretHash: Uint8Array): Promise<void>;
  setLinkExpiry(id: string, role: Role, expiresAt: number | null): Promise<void>;
  /** Every link on any board whose expiry is later than `after`, so a starting server can wait for them again. */
  linkExpiriesAfter(after: number): Promise<LinkExpiry[]>;
  setLocked(id: string, locked: boolean): Promise<void>;
  setMeeting(id: string, meeting: { id: string; startedAt: number } | null): Promise<void>;
  /** Removes the board and everything stored about it: document, records, audit, held answers. */
  deleteBoard(id: string): Promise<void>;
  /** A persistent secret for signing tickets, made on first use. */
  signingKey(): Promise<Uint8Array>;
}

/** Ended meetings, kept as they were. */
export interface MeetingRecordStore {
  saveMeetingRecord(record: MeetingRecord): Promise<void>;
  listMeetingRecords(boardId: string): Promise<MeetingSummary[]>;
  getMeetingRecord(boardId: string, meetingId: string): Promise<MeetingRecord | null>;
}

/** A board's audit trail, oldest first. */
export interface AuditStore {
  appendAudit(id: string, entry: AuditEntry): Promise<void>;
  listAudit(id: string): Promise<AuditEntry[]>;
}

/** Blind-round answers kept out of the document until the reveal. */
export interface HeldAnswerStore {
  /** Holds a blind-round answer; replaces that person's earlier one. */
  holdAnswer(boardId: string, roundId: string, key: string, answer: string): Promise<void>;
  /** Held answers of a round, by answer key (JSON text as held). */
  heldAnswers(boardId: string, roundId: string): Promise<Map<string, string>>;
  dropHeldAnswer(boardId: string, roundId: string, key: string): Promise<void>;
  clearHeldAnswers(boardId: string, roundId: string): Promise<void>;
}

/** Every concern of a board in one store; each backend implements them over one database. */
export interface BoardStore extends DocumentStore, BoardLinkStore, MeetingRecordStore, AuditStore, HeldAnswerStore {
  close(): Promise<void>;
}
