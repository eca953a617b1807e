/**
 * The embedded store: one SQLite file (better-sqlite3, synchronous) in the data folder.
 *
 * Updates are committed before `appendUpdate` or `appendUpdates` returns (a batch as one
 * transaction), so a process killed at any moment keeps every update the server acknowledged or
 * broadcast. WAL mode with synchronous=NORMAL is durable against a killed process;
 * `durability: 'full'` also survives power loss at the cost of an fsync per commit. secure_delete overwrites deleted rows so a
 * deleted board leaves no readable trace in the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Role } from '../auth/roles';
import { migrate } from './migrations';
import type {
  Attendee,
  AuditEntry,
  BoardRecord,
  BoardStore,
  LinkExpiry,
  MeetingRecord,
  MeetingSummary,
  NewBoardRecord,
  StoredDocument,
} from './BoardStore';
import { WalCheckpoints } from './walCheckpoints';

export interface SqliteStoreOptions {
  readonly durability?: 'normal' | 'full';
}

interface BoardRow {
  id: string;
  title: string;
  template: string;
  created_at: number;
  facilitator_hash: Buffer;
  participant_hash: Buffer;
  viewer_hash: Buffer;
  facilitator_expires_at: number | null;
  participant_expires_at: number | null;
  viewer_expires_at: number | null;
  locked: number;
  meeting_id: string | null;
  meeting_started_at: number | null;
}

interface MeetingRow {
  board_id: string;
  id: string;
  started_at: number;
  ended_at: number;
  attendees: string;
  snapshot?: Buffer;
}

function meetingFromRow(row: MeetingRow): MeetingSummary {
  return {
    boardId: row.board_id,
    id: row.id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    attendees: JSON.parse(row.attendees) as Attendee[],
  };
}

function bytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly appendMany: (id: string, updates: readonly Uint8Array[]) => number;
  private readonly statements;
  /** Log checkpoints on their own thread, never inside a commit or on the event loop (walCheckpoints.ts). */
  private readonly checkpoints: WalCheckpoints;

  constructor(dataDir: string, options: SqliteStoreOptions = {}) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'kinboard.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('secure_delete = ON');
    this.db.pragma('foreign_keys = ON');
    this.checkpoints = new WalCheckpoints(this.db);
    try {
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.appendMany = this.db.transaction((id: string, updates: readonly Uint8Array[]): number => {
      let seq = 0;
      for (const update of updates) seq = this.appendOne(id, update);
      return seq;
    });
    this.statements = {
      insertBoard: this.db.prepare(
        'INSERT INTO boards (id, title, template, created_at, facilitator_hash, participant_hash, viewer_hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      getBoard: this.db.prepare('SELECT * FROM boards WHERE id = ?'),
      getSnapshot: this.db.prepare('SELECT data, upto_seq FROM snapshots WHERE board_id = ?'),
      putSnapshot: this.db.prepare(
        'INSERT INTO snapshots (board_id, data, upto_seq) VALUES (?, ?, ?) ON CONFLICT(board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq',
      ),
      getUpdates: this.db.prepare('SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq'),
      lastSeq: this.db.prepare('SELECT MAX(seq) AS seq FROM updates WHERE board_id = ?'),
      insertUpdate: this.db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
      deleteUpdatesUpTo: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
      deleteUpdates: this.db.prepare('DELETE FROM updates WHERE board_id = ?'),
      deleteSnapshot: this.db.prepare('DELETE FROM snapshots WHERE board_id = ?'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      replaceSecret: {
        facilitator: this.db.prepare('UPDATE boards SET facilitator_hash = ? WHERE id = ?'),
        participant: this.db.prepare('UPDATE boards SET participant_hash = ? WHERE id = ?'),
        viewer: this.db.prepare('UPDATE boards SET viewer_hash = ? WHERE id = ?'),
      },
      setExpiry: {
        facilitator: this.db.prepare('UPDATE boards SET facilitator_expires_at = ? WHERE id = ?'),
        participant: this.db.prepare('UPDATE boards SET participant_expires_at = ? WHERE id = ?'),
        viewer: this.db.prepare('UPDATE boards SET viewer_expires_at = ? WHERE id = ?'),
      },
      expiriesAfter: this.db.prepare(
        `SELECT id, 'facilitator' AS role, facilitator_expires_at AS expires_at FROM boards WHERE facilitator_expires_at > @after
         UNION ALL SELECT id, 'participant', participant_expires_at FROM boards WHERE participant_expires_at > @after
         UNION ALL SELECT id, 'viewer', viewer_expires_at FROM boards WHERE viewer_expires_at > @after`,
      ),
      setLocked: this.db.prepare('UPDATE boards SET locked = ? WHERE id = ?'),
      setMeeting: this.db.prepare('UPDATE boards SET meeting_id = ?, meeting_started_at = ? WHERE id = ?'),
      insertAudit: this.db.prepare('INSERT INTO audit (board_id, at, event, detail) VALUES (?, ?, ?, ?)'),
      listAudit: this.db.prepare('SELECT at, event, detail FROM audit WHERE board_id = ? ORDER BY seq'),
      deleteAudit: this.db.prepare('DELETE FROM audit WHERE board_id = ?'),
      insertMeeting: this.db.prepare(
        'INSERT INTO meeting_records (board_id, id, started_at, ended_at, attendees, snapshot) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listMeetings: this.db.prepare(
        'SELECT board_id, id, started_at, ended_at, attendees FROM meeting_records WHERE board_id = ? ORDER BY started_at',
      ),
      getMeeting: this.db.prepare('SELECT * FROM meeting_records WHERE board_id = ? AND id = ?'),
      deleteMeetings: this.db.prepare('DELETE FROM meeting_records WHERE board_id = ?'),
      holdAnswer: this.db.prepare(
        'INSERT INTO held_answers (board_id, round_id, answer_key, answer) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET answer = excluded.answer',
      ),
      heldAnswers: this.db.prepare('SELECT answer_key, answer FROM held_answers WHERE board_id = ? AND round_id = ?'),
      dropHeldAnswer: this.db.prepare('DELETE FROM held_answers WHERE board_id = ? AND round_id = ? AND answer_key = ?'),
      clearHeldAnswers: this.db.prepare('DELETE FROM held_answers WHERE board_id = ? AND round_id = ?'),
      deleteHeldAnswers: this.db.prepare('DELETE FROM held_answers WHERE board_id = ?'),
      getKey: this.db.prepare('SELECT value FROM server_keys WHERE name = ?'),
      putKey: this.db.prepare('INSERT OR IGNORE INTO server_keys (name, value) VALUES (?, ?)'),
    };
  }

  /** Next sequence number per loaded board, so appends need no read. */
  private readonly nextSeq = new Map<string, number>();

  async createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): Promise<void> {
    const h = board.secretHashes;
    this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.title, board.template, board.createdAt, h.facilitator, h.participant, h.viewer);
      this.statements.putSnapshot.run(board.id, initialSnapshot, 0);
    })();
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.statements.getBoard.get(id) as BoardRow | undefined;
    if (!row) return null;
    const secretHashes: Record<Role, Uint8Array> = {
      facilitator: bytes(row.facilitator_hash),
      participant: bytes(row.participant_hash),
      viewer: bytes(row.viewer_hash),
    };
    return {
      id: row.id,
      title: row.title,
      template: row.template,
      createdAt: row.created_at,
      secretHashes,
      linkExpiry: {
        facilitator: row.facilitator_expires_at,
        participant: row.participant_expires_at,
        viewer: row.viewer_expires_at,
      },
      locked: row.locked === 1,
      meeting:
        row.meeting_id !== null && row.meeting_started_at !== null ? { id: row.meeting_id, startedAt: row.meeting_started_at } : null,
    };
  }

  async loadDocument(id: string): Promise<StoredDocument> {
    const snapshotRow = this.statements.getSnapshot.get(id) as { data: Buffer; upto_seq: number } | undefined;
    const rows = this.statements.getUpdates.all(id) as { seq: number; data: Buffer }[];
    const snapshot = snapshotRow ? bytes(snapshotRow.data) : null;
    const updates = rows.map((r) => bytes(r.data));
    const lastSeq = rows.length > 0 ? rows[rows.length - 1]!.seq : (snapshotRow?.upto_seq ?? 0);
    this.nextSeq.set(id, lastSeq + 1);
    const total = (snapshot?.byteLength ?? 0) + updates.reduce((sum, u) => sum + u.byteLength, 0);
    return { snapshot, updates, lastSeq, bytes: total };
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    return this.appendUpdates(id, [update]);
  }

  /** Inserts one update, inside the caller's transaction or as one statement of its own. */
  private appendOne(id: string, update: Uint8Array): number {
    let seq = this.nextSeq.get(id);
    if (seq === undefined) {
      const row = this.statements.lastSeq.get(id) as { seq: number | null };
      const snapshotRow = this.statements.getSnapshot.get(id) as { upto_seq: number } | undefined;
      seq = Math.max(row.seq ?? 0, snapshotRow?.upto_seq ?? 0) + 1;
    }
    this.statements.insertUpdate.run(id, seq, update);
    this.nextSeq.set(id, seq + 1);
    return seq;
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.appendUpdatesNow(id, updates);
  }

  appendUpdatesNow(id: string, updates: readonly Uint8Array[]): number {
    const before = this.nextSeq.get(id);
    try {
      // One update whose number is known is one INSERT, atomic on its own: SQLite's own transaction
      // around it saves the BEGIN and COMMIT statements (about 15 % of a commit's time).
      const only = updates.length === 1 ? updates[0] : undefined;
      const seq = only && before !== undefined ? this.appendOne(id, only) : this.appendMany(id, updates);
      this.checkpoints.afterCommit();
      return seq;
    } catch (error) {
      // The transaction rolled back; so must the sequence counter.
      if (before === undefined) this.nextSeq.delete(id);
      else this.nextSeq.set(id, before);
      throw error;
    }
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.putSnapshot.run(id, snapshot, uptoSeq);
      this.statements.deleteUpdatesUpTo.run(id, uptoSeq);
    })();
  }

  async replaceSecret(id: string, role: Role, secretHash: Uint8Array): Promise<void> {
    this.statements.replaceSecret[role].run(secretHash, id);
  }

  async setLinkExpiry(id: string, role: Role, expiresAt: number | null): Promise<void> {
    this.statements.setExpiry[role].run(expiresAt, id);
  }

  async linkExpiriesAfter(after: number): Promise<LinkExpiry[]> {
    const rows = this.statements.expiriesAfter.all({ after }) as { id: string; role: Role; expires_at: number }[];
    return rows.map((r) => ({ boardId: r.id, role: r.role, expiresAt: r.expires_at }));
  }

  async setLocked(id: string, locked: boolean): Promise<void> {
    this.statements.setLocked.run(locked ? 1 : 0, id);
  }

  async setMeeting(id: string, meeting: { id: string; startedAt: number } | null): Promise<void> {
    this.statements.setMeeting.run(meeting?.id ?? null, meeting?.startedAt ?? null, id);
  }

  async appendAudit(id: string, entry: AuditEntry): Promise<void> {
    this.statements.insertAudit.run(id, entry.at, entry.event, JSON.stringify(entry.detail));
  }

  async listAudit(id: string): Promise<AuditEntry[]> {
    const rows = this.statements.listAudit.all(id) as { at: number; event: string; detail: string }[];
    return rows.map((r) => ({ at: r.at, event: r.event, detail: JSON.parse(r.detail) as AuditEntry['detail'] }));
  }

  async saveMeetingRecord(record: MeetingRecord): Promise<void> {
    this.statements.insertMeeting.run(
      record.boardId,
      record.id,
      record.startedAt,
      record.endedAt,
      JSON.stringify(record.attendees),
      record.snapshot,
    );
  }

  async listMeetingRecords(boardId: string): Promise<MeetingSummary[]> {
    return (this.statements.listMeetings.all(boardId) as MeetingRow[]).map(meetingFromRow);
  }

  async getMeetingRecord(boardId: string, meetingId: string): Promise<MeetingRecord | null> {
    const row = this.statements.getMeeting.get(boardId, meetingId) as MeetingRow | undefined;
    if (!row || !row.snapshot) return null;
    return { ...meetingFromRow(row), snapshot: bytes(row.snapshot) };
  }

  async holdAnswer(boardId: string, roundId: string, key: string, answer: string): Promise<void> {
    this.statements.holdAnswer.run(boardId, roundId, key, answer);
  }

  async heldAnswers(boardId: string, roundId: string): Promise<Map<string, string>> {
    const rows = this.statements.heldAnswers.all(boardId, roundId) as { answer_key: string; answer: string }[];
    return new Map(rows.map((r) => [r.answer_key, r.answer]));
  }

  async dropHeldAnswer(boardId: string, roundId: string, key: string): Promise<void> {
    this.statements.dropHeldAnswer.run(boardId, roundId, key);
  }

  async clearHeldAnswers(boardId: string, roundId: string): Promise<void> {
    this.statements.clearHeldAnswers.run(boardId, roundId);
  }

  async deleteBoard(id: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.deleteHeldAnswers.run(id);
      this.statements.deleteAudit.run(id);
      this.statements.deleteMeetings.run(id);
      this.statements.deleteUpdates.run(id);
      this.statements.deleteSnapshot.run(id);
      this.statements.deleteBoard.run(id);
    })();
    this.nextSeq.delete(id);
    // Move the deleted pages out of the write-ahead log too.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async signingKey(): Promise<Uint8Array> {
    this.statements.putKey.run('ticket-signing', randomBytes(32));
    const row = this.statements.getKey.get('ticket-signing') as { value: Buffer };
    return bytes(row.value);
  }

  /**
   * The open database, for stores of other concerns that live in the same file (staff and
   * owners); they rely on the migrations this store ran when it opened.
   */
  get database(): Database.Database {
    return this.db;
  }

  async close(): Promise<void> {
    // The checkpoint thread's connection closes first, so this one is the last and the log is emptied.
    await this.checkpoints.stop();
    if (this.db.open) {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
  }
}
