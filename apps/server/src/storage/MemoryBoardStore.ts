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

  async createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): Promise<void> {
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

  async replaceSecret(id: string, role: Role, secretHash: Uint8Array): Promise<void> {
    const board = this.board(id);
    board.record = { ...board.record, secretHashes: { ...board.record.secretHashes, [role]: secretHash.slice() } };
  }

  async setLinkExpiry(id: string, role: Role, expiresAt: number | null): Promise<void> {
    const board = this.board(id);
    board.record = { ...board.record, linkExpiry: { ...board.record.linkExpiry, [role]: expiresAt } };
  }

  async linkExpiriesAfter(after: number): Promise<LinkExpiry[]> {
    const found: LinkExpiry[] = [];
    for (const { record } of this.boards.values()) {
      for (const role of ROLES) {
        const expiresAt = record.linkExpiry[role];
        if (expiresAt !== null && expiresAt > after) found.push({ boardId: record.id, role, expiresAt });
      }
    }
    return found;
  }

  async setLocked(id: string, locked: boolean): Promise<void> {
    const board = this.board(id);
    board.record = { ...board.record, locked };
  }

  async setMeeting(id: string, meeting: { id: string; startedAt: number } | null): Promise<void> {
    const board = this.board(id);
    board.record = { ...board.record, meeting };
  }

  async appendAudit(id: string, entry: AuditEntry): Promise<void> {
    this.board(id).audit.push(entry);
  }

  async listAudit(id: string): Promise<AuditEntry[]> {
    return [...(this.boards.get(id)?.audit ?? [])];
  }

  async saveMeetingRecord(record: MeetingRecord): Promise<void> {
    const meetings = this.board(record.boardId).meetings;
    // Records are immutable, as in SQLite (primary key board_id, id).
    if (meetings.some((m) => m.id === record.id)) throw new Error(`Meeting ${record.id} already has a record`);
    meetings.push({ ...record, snapshot: record.snapshot.slice() });
  }

  async listMeetingRecords(boardId: string): Promise<MeetingSummary[]> {
    return (this.boards.get(boardId)?.meetings ?? [])
      .map(({ snapshot: _snapshot, ...summary }) => summary)
      .sort((a, b) => a.startedAt - b.startedAt);
  }

  async holdAnswer(boardId: string, roundId: string, key: string, answer: string): Promise<void> {
    const held = this.board(boardId).held;
    if (!held.has(roundId)) held.set(roundId, new Map());
    held.get(roundId)!.set(key, answer);
  }

  async heldAnswers(boardId: string, roundId: string): Promise<Map<string, string>> {
    return new Map(this.boards.get(boardId)?.held.get(roundId) ?? []);
  }

  async dropHeldAnswer(boardId: string, roundId: string, key: string): Promise<void> {
    this.boards.get(boardId)?.held.get(roundId)?.delete(key);
  }

  async clearHeldAnswers(boardId: string, roundId: string): Promise<void> {
    this.boards.get(boardId)?.held.delete(roundId);
  }

  async getMeetingRecord(boardId: string, meetingId: string): Promise<MeetingRecord | null> {
    return this.boards.get(boardId)?.meetings.find((m) => m.id === meetingId) ?? null;
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    return this.boards.get(id)?.record ?? null;
  }

  async loadDocument(id: string): Promise<StoredDocument> {
    const board = this.boards.get(id);
    if (!board) return { snapshot: null, updates: [], lastSeq: 0, bytes: 0 };
    const updates = board.updates.map((u) => u.data);
    const lastSeq = board.updates.at(-1)?.seq ?? board.snapshotSeq;
    const bytes = board.snapshot.byteLength + updates.reduce((sum, u) => sum + u.byteLength, 0);
    return { snapshot: board.snapshot, updates, lastSeq, bytes };
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} does not exist`);
    const seq = board.nextSeq++;
    board.updates.push({ seq, data: update.slice() });
    return seq;
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number> {
    this.board(id);
    let seq = 0;
    for (const update of updates) seq = await this.appendUpdate(id, update);
    return seq;
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    const board = this.boards.get(id);
    if (!board) throw new Error(`Board ${id} does not exist`);
    board.snapshot = snapshot.slice();
    board.snapshotSeq = uptoSeq;
    board.updates = board.updates.filter((u) => u.seq > uptoSeq);
  }

  async deleteBoard(id: string): Promise<void> {
    this.boards.delete(id);
  }

  async signingKey(): Promise<Uint8Array> {
    this.key ??= new Uint8Array(randomBytes(32));
    return this.key;
  }

  async close(): Promise<void> {}
}
