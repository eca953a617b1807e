/** A store that keeps everything in memory: for tests and benchmarks, never for meetings. */
import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../auth/roles';
import type {
  AuditEntry,
  BoardRecord,
  BoardStore,
  LinkExpiry,
  MeetingRecord,
  MeetingSummary,
  NewBoardRecord,
  StoredDocument,
} from './BoardStore';

interface MemoryBoard {
  record: BoardRecord;
  snapshot: Uint8Array;
  snapshotSeq: number;
  updates: { seq: number; data: Uint8Array }[];
  nextSeq: number;
  audit: AuditEntry[];
  meetings: MeetingRecord[];
  held: Map<string, Map<string, string>>;
}

export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>();
  private key: Uint8Array | null = null;

  createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): void {
    if (this.boards.has(board.id)) throw new Error(`Board ${board.id} already exists`);
    const record: BoardRecord = {
      ...board,
      linkExpiry: { facilitator: null, participant: null, viewer: null },
      locked: false,
      meeting: null,
    };
    this.boards.set(board.id, {
      record,
      snapshot: initialSnapshot.slice(),
      snapshotSeq: 0,
      updates: [],
      nextSeq: 1,
      audit: [],
      meetings: [],
      held: new Map(),
    });
  }

  private board(id: string): MemoryBoard {
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} does not exist`);
    return board;
  }

  replaceSecret(id: string, role: Role, secretHash: Uint8Array): void {
    const board = this.board(id);
    board.record = { ...board.record, secretHashes: { ...board.record.secretHashes, [role]: secretHash.slice() } };
  }

  setLinkExpiry(id: string, role: Role, expiresAt: number | null): void {
    const board = this.board(id);
    board.record = { ...board.record, linkExpiry: { ...board.record.linkExpiry, [role]: expiresAt } };
  }

  linkExpiriesAfter(after: number): LinkExpiry[] {
    const found: LinkExpiry[] = [];
    for (const { record } of this.boards.values()) {
      for (const role of ROLES) {
        const expiresAt = record.linkExpiry[role];
        if (expiresAt !== null && expiresAt > after) found.push({ boardId: record.id, role, expiresAt });
      }
    }
    return found;
  }

  setLocked(id: string, locked: boolean): void {
    const board = this.board(id);
    board.record = { ...board.record, locked };
  }

  setMeeting(id: string, meeting: { id: string; startedAt: number } | null): void {
    const board = this.board(id);
    board.record = { ...board.record, meeting };
  }

  appendAudit(id: string, entry: AuditEntry): void {
    this.board(id).audit.push(entry);
  }

  listAudit(id: string): AuditEntry[] {
    return [...(this.boards.get(id)?.audit ?? [])];
  }

  saveMeetingRecord(record: MeetingRecord): void {
    const meetings = this.board(record.boardId).meetings;
    // Records are immutable, as in SQLite (primary key board_id, id).
    if (meetings.some((m) => m.id === record.id)) throw new Error(`Meeting ${record.id} already has a record`);
    meetings.push({ ...record, snapshot: record.snapshot.slice() });
  }

  listMeetingRecords(boardId: string): MeetingSummary[] {
    return (this.boards.get(boardId)?.meetings ?? [])
      .map(({ snapshot: _snapshot, ...summary }) => summary)
      .sort((a, b) => a.startedAt - b.startedAt);
  }

  holdAnswer(boardId: string, roundId: string, key: string, answer: string): void {
    const held = this.board(boardId).held;
    if (!held.has(roundId)) held.set(roundId, new Map());
    held.get(roundId)!.set(key, answer);
  }

  heldAnswers(boardId: string, roundId: string): Map<string, string> {
    return new Map(this.boards.get(boardId)?.held.get(roundId) ?? []);
  }

  dropHeldAnswer(boardId: string, roundId: string, key: string): void {
    this.boards.get(boardId)?.held.get(roundId)?.delete(key);
  }

  clearHeldAnswers(boardId: string, roundId: string): void {
    this.boards.get(boardId)?.held.delete(roundId);
  }

  getMeetingRecord(boardId: string, meetingId: string): MeetingRecord | null {
    return this.boards.get(boardId)?.meetings.find((m) => m.id === meetingId) ?? null;
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

  appendUpdates(id: string, updates: readonly Uint8Array[]): number {
    this.board(id);
    let seq = 0;
    for (const update of updates) seq = this.appendUpdate(id, update);
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
