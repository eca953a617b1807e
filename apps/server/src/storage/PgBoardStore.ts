/**
 * Boards in PostgreSQL (postgres.js). Every write that must be all-or-nothing is one transaction,
 * and a promise resolves only once its transaction has committed, so an update is on the
 * database's disk (synchronous_commit as the server is configured, `on` by default) before the
 * room sends it on or acknowledges it [P1][AS1].
 *
 * A board's updates are numbered from `documents.last_seq`, taken by an UPDATE inside the commit:
 * the row lock it holds orders two commits to the same board, whichever process makes them.
 */
import { randomBytes } from 'node:crypto';
import type { Sql, TransactionSql } from 'postgres';
import type { Role } from '../auth/roles';
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

/** Throws inside a transaction when this process may no longer write the board. */
export type Fence = (tx: TransactionSql) => Promise<void>;

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
  locked: boolean;
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

const bytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

function meetingFromRow(row: MeetingRow): MeetingSummary {
  return {
    boardId: row.board_id,
    id: row.id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    attendees: JSON.parse(row.attendees) as Attendee[],
  };
}

/** The columns of each role's link secret and expiry; fixed names, never from input. */
const HASH_COLUMN: Record<Role, string> = {
  facilitator: 'facilitator_hash',
  participant: 'participant_hash',
  viewer: 'viewer_hash',
};
const EXPIRY_COLUMN: Record<Role, string> = {
  facilitator: 'facilitator_expires_at',
  participant: 'participant_expires_at',
  viewer: 'viewer_expires_at',
};

export class PgBoardStore implements BoardStore {
  /** `ready` resolves once the schema is current; every call waits for it. */
  constructor(
    private readonly sql: Sql,
    private readonly ready: Promise<void>,
  ) {}

  private async db(): Promise<Sql> {
    await this.ready;
    return this.sql;
  }

  async createBoard(board: NewBoardRecord, initialSnapshot: Uint8Array): Promise<void> {
    const h = board.secretHashes;
    await (await this.db()).begin(async (tx) => {
      await tx`INSERT INTO boards (id, title, template, created_at, facilitator_hash, participant_hash, viewer_hash)
        VALUES (${board.id}, ${board.title}, ${board.template}, ${board.createdAt}, ${h.facilitator}, ${h.participant}, ${h.viewer})`;
      await tx`INSERT INTO documents (board_id, snapshot, upto_seq, last_seq) VALUES (${board.id}, ${initialSnapshot}, 0, 0)`;
    });
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const [row] = await (await this.db())<BoardRow[]>`SELECT * FROM boards WHERE id = ${id}`;
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      template: row.template,
      createdAt: row.created_at,
      secretHashes: { facilitator: bytes(row.facilitator_hash), participant: bytes(row.participant_hash), viewer: bytes(row.viewer_hash) },
      linkExpiry: {
        facilitator: row.facilitator_expires_at,
        participant: row.participant_expires_at,
        viewer: row.viewer_expires_at,
      },
      locked: row.locked,
      meeting:
        row.meeting_id !== null && row.meeting_started_at !== null ? { id: row.meeting_id, startedAt: row.meeting_started_at } : null,
    };
  }

  async loadDocument(id: string): Promise<StoredDocument> {
    // One snapshot of the database: the document row and the updates after it agree.
    return (await this.db()).begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
      const [doc] = await tx<{ snapshot: Buffer; last_seq: number }[]>`SELECT snapshot, last_seq FROM documents WHERE board_id = ${id}`;
      const rows = await tx<{ data: Buffer }[]>`SELECT data FROM updates WHERE board_id = ${id} ORDER BY seq`;
      const snapshot = doc ? bytes(doc.snapshot) : null;
      const updates = rows.map((r) => bytes(r.data));
      const total = (snapshot?.byteLength ?? 0) + updates.reduce((sum, u) => sum + u.byteLength, 0);
      return { snapshot, updates, lastSeq: doc?.last_seq ?? 0, bytes: total };
    });
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    return this.appendUpdates(id, [update]);
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<number> {
    return (await this.db()).begin((tx) => appendIn(tx, id, updates));
  }

  /** Appends in one transaction that first runs `fence` (the lease check of PgBoardLeases). */
  async appendUpdatesFenced(id: string, updates: readonly Uint8Array[], fence: Fence): Promise<number> {
    return (await this.db()).begin(async (tx) => {
      await fence(tx);
      return appendIn(tx, id, updates);
    });
  }

  async compactFenced(id: string, snapshot: Uint8Array, uptoSeq: number, fence: Fence): Promise<void> {
    await this.fenced(fence, (tx) => this.compactIn(tx, id, snapshot, uptoSeq));
  }

  /** Runs `write` in one transaction after `fence`. */
  async fenced(fence: Fence, write: (tx: TransactionSql) => Promise<unknown>): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await fence(tx);
      await write(tx);
    });
  }

  private async compactIn(tx: TransactionSql, id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    await tx`UPDATE documents SET snapshot = ${snapshot}, upto_seq = ${uptoSeq} WHERE board_id = ${id}`;
    await tx`DELETE FROM updates WHERE board_id = ${id} AND seq <= ${uptoSeq}`;
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    await (await this.db()).begin((tx) => this.compactIn(tx, id, snapshot, uptoSeq));
  }

  async replaceSecret(id: string, role: Role, secretHash: Uint8Array): Promise<void> {
    const sql = await this.db();
    await sql`UPDATE boards SET ${sql(HASH_COLUMN[role])} = ${secretHash} WHERE id = ${id}`;
  }

  async setLinkExpiry(id: string, role: Role, expiresAt: number | null): Promise<void> {
    const sql = await this.db();
    await sql`UPDATE boards SET ${sql(EXPIRY_COLUMN[role])} = ${expiresAt} WHERE id = ${id}`;
  }

  async linkExpiriesAfter(after: number): Promise<LinkExpiry[]> {
    const rows = await (await this.db())<{ id: string; role: Role; expires_at: number }[]>`
      SELECT id, 'facilitator' AS role, facilitator_expires_at AS expires_at FROM boards WHERE facilitator_expires_at > ${after}
      UNION ALL SELECT id, 'participant', participant_expires_at FROM boards WHERE participant_expires_at > ${after}
      UNION ALL SELECT id, 'viewer', viewer_expires_at FROM boards WHERE viewer_expires_at > ${after}`;
    return rows.map((r) => ({ boardId: r.id, role: r.role, expiresAt: r.expires_at }));
  }

  async setLocked(id: string, locked: boolean): Promise<void> {
    await (await this.db())`UPDATE boards SET locked = ${locked} WHERE id = ${id}`;
  }

  async setMeeting(id: string, meeting: { id: string; startedAt: number } | null): Promise<void> {
    await (await this.db())`UPDATE boards SET meeting_id = ${meeting?.id ?? null}, meeting_started_at = ${meeting?.startedAt ?? null} WHERE id = ${id}`;
  }

  async appendAudit(id: string, entry: AuditEntry): Promise<void> {
    await (await this.db())`INSERT INTO audit (board_id, at, event, detail) VALUES (${id}, ${entry.at}, ${entry.event}, ${JSON.stringify(entry.detail)})`;
  }

  async listAudit(id: string): Promise<AuditEntry[]> {
    const rows = await (await this.db())<{ at: number; event: string; detail: string }[]>`
      SELECT at, event, detail FROM audit WHERE board_id = ${id} ORDER BY seq`;
    return rows.map((r) => ({ at: r.at, event: r.event, detail: JSON.parse(r.detail) as AuditEntry['detail'] }));
  }

  async saveMeetingRecord(r: MeetingRecord): Promise<void> {
    await (await this.db())`INSERT INTO meeting_records (board_id, id, started_at, ended_at, attendees, snapshot)
      VALUES (${r.boardId}, ${r.id}, ${r.startedAt}, ${r.endedAt}, ${JSON.stringify(r.attendees)}, ${r.snapshot})`;
  }

  async listMeetingRecords(boardId: string): Promise<MeetingSummary[]> {
    const rows = await (await this.db())<MeetingRow[]>`
      SELECT board_id, id, started_at, ended_at, attendees FROM meeting_records WHERE board_id = ${boardId} ORDER BY started_at`;
    return rows.map(meetingFromRow);
  }

  async getMeetingRecord(boardId: string, meetingId: string): Promise<MeetingRecord | null> {
    const [row] = await (await this.db())<MeetingRow[]>`SELECT * FROM meeting_records WHERE board_id = ${boardId} AND id = ${meetingId}`;
    if (!row?.snapshot) return null;
    return { ...meetingFromRow(row), snapshot: bytes(row.snapshot) };
  }

  async holdAnswer(boardId: string, roundId: string, key: string, answer: string): Promise<void> {
    await (await this.db())`INSERT INTO held_answers (board_id, round_id, answer_key, answer) VALUES (${boardId}, ${roundId}, ${key}, ${answer})
      ON CONFLICT (board_id, round_id, answer_key) DO UPDATE SET answer = excluded.answer`;
  }

  async heldAnswers(boardId: string, roundId: string): Promise<Map<string, string>> {
    const rows = await (await this.db())<{ answer_key: string; answer: string }[]>`
      SELECT answer_key, answer FROM held_answers WHERE board_id = ${boardId} AND round_id = ${roundId}`;
    return new Map(rows.map((r) => [r.answer_key, r.answer]));
  }

  async dropHeldAnswer(boardId: string, roundId: string, key: string): Promise<void> {
    await (await this.db())`DELETE FROM held_answers WHERE board_id = ${boardId} AND round_id = ${roundId} AND answer_key = ${key}`;
  }

  async clearHeldAnswers(boardId: string, roundId: string): Promise<void> {
    await (await this.db())`DELETE FROM held_answers WHERE board_id = ${boardId} AND round_id = ${roundId}`;
  }

  async deleteBoard(id: string): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await tx`DELETE FROM held_answers WHERE board_id = ${id}`;
      await tx`DELETE FROM audit WHERE board_id = ${id}`;
      await tx`DELETE FROM meeting_records WHERE board_id = ${id}`;
      await tx`DELETE FROM updates WHERE board_id = ${id}`;
      await tx`DELETE FROM documents WHERE board_id = ${id}`;
      await tx`DELETE FROM board_leases WHERE board_id = ${id}`;
      await tx`DELETE FROM board_actions WHERE board_id = ${id}`;
      await tx`DELETE FROM boards WHERE id = ${id}`;
    });
  }

  async signingKey(): Promise<Uint8Array> {
    return pgKey(await this.db(), 'ticket-signing', () => randomBytes(32));
  }

  /** The connection is shared by the stores of one PgStorage, which ends it. */
  async close(): Promise<void> {}
}

/** Appends `updates` inside `tx`, numbered after the board's last one; resolves with the last number. */
async function appendIn(tx: TransactionSql, id: string, updates: readonly Uint8Array[]): Promise<number> {
  const [row] = await tx<{ last_seq: number }[]>`
    UPDATE documents SET last_seq = last_seq + ${updates.length} WHERE board_id = ${id} RETURNING last_seq`;
  if (!row) throw new Error(`Board ${id} does not exist`);
  const first = row.last_seq - updates.length + 1;
  if (updates.length > 0) {
    await tx`INSERT INTO updates ${tx(updates.map((data, i) => ({ board_id: id, seq: first + i, data })))}`;
  }
  return row.last_seq;
}

/** A persistent random key kept in the database, made once: concurrent first uses agree on one. */
export async function pgKey(sql: Sql, name: string, make: () => Uint8Array): Promise<Uint8Array> {
  await sql`INSERT INTO server_keys (name, value) VALUES (${name}, ${make()}) ON CONFLICT (name) DO NOTHING`;
  const [row] = await sql<{ value: Buffer }[]>`SELECT value FROM server_keys WHERE name = ${name}`;
  if (!row) throw new Error(`key ${name} could not be stored`);
  return new Uint8Array(row.value);
}
