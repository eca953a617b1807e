/**
 * One process at a time serves a board: it holds the board's lease in PostgreSQL (`board_leases`,
 * times from the database's clock). Taking a lease someone else let expire raises its epoch, and
 * every write of the board's document and held answers checks, inside its own transaction, that
 * this process still holds the lease at the epoch it took (the fence, MP2). The check locks the
 * lease row FOR SHARE, so a process taking the lease over waits for a commit in flight and then
 * reads the board with it; after that the old holder cannot commit, so it can never acknowledge.
 */
import { randomBytes } from 'node:crypto';
import type { Sql, TransactionSql } from 'postgres';
import type { DocumentStore, HeldAnswerStore } from './BoardStore';
import type { PgBoardStore } from './PgBoardStore';

/** Thrown by a write of a board whose lease this process no longer holds. */
export class LeaseLost extends Error {
  constructor(boardId: string) {
    super(`this server no longer holds the lease of board ${boardId}`);
    this.name = 'LeaseLost';
  }
}

/** A held lease: the store to write the board through (fenced), and what keeps or ends the lease. */
export interface BoardLease {
  readonly epoch: number;
  readonly store: DocumentStore & HeldAnswerStore;
  /** Extends the lease; false when it was lost (another process took it). */
  renew(): Promise<boolean>;
  /** Gives the lease up, so another process may take the board at once. */
  release(): Promise<void>;
}

/**
 * "Look at this board again": a hint from the process that changed a board to every process
 * (itself included). Only the board id travels; whoever hears it reads what matters from the
 * database. A hint that is lost costs only its effect on sockets elsewhere, never data (MP4).
 */
export interface BoardHints {
  notify(boardId: string): Promise<void>;
  /** Calls `onHint` with the board id of every hint from now on. */
  listen(onHint: (boardId: string) => void): Promise<void>;
}

const HINT_CHANNEL = 'kinboard_board_changed';

export function pgBoardHints(sql: Sql, ready: Promise<void>): BoardHints {
  return {
    async notify(boardId) {
      await ready;
      await sql.notify(HINT_CHANNEL, boardId);
    },
    async listen(onHint) {
      await ready;
      await sql.listen(HINT_CHANNEL, (payload) => onHint(payload));
    },
  };
}

export interface BoardLeases {
  /** This process's name in `board_leases.owner`. */
  readonly owner: string;
  /** Takes the board's lease, or resolves null while another process holds it. */
  acquire(boardId: string): Promise<BoardLease | null>;
  /** Who holds the board's lease right now (an unexpired one), or null when it is free. */
  holder(boardId: string): Promise<string | null>;
}

export class PgBoardLeases implements BoardLeases {
  readonly owner = `${process.pid}-${randomBytes(6).toString('hex')}`;

  constructor(
    private readonly sql: Sql,
    private readonly ready: Promise<void>,
    private readonly boards: PgBoardStore,
    private readonly leaseMs: number,
  ) {}

  async holder(boardId: string): Promise<string | null> {
    await this.ready;
    const [row] = await this.sql<{ owner: string }[]>`SELECT owner FROM board_leases WHERE board_id = ${boardId} AND expires_at > now()`;
    return row?.owner ?? null;
  }

  async acquire(boardId: string): Promise<BoardLease | null> {
    await this.ready;
    const { sql, owner, leaseMs } = this;
    const [row] = await sql<{ epoch: number }[]>`
      INSERT INTO board_leases (board_id, owner, epoch, expires_at)
      VALUES (${boardId}, ${owner}, 1, now() + ${leaseMs} * interval '1 millisecond')
      ON CONFLICT (board_id) DO UPDATE SET owner = excluded.owner, epoch = board_leases.epoch + 1, expires_at = excluded.expires_at
      WHERE board_leases.expires_at < now() OR board_leases.owner = excluded.owner
      RETURNING epoch`;
    if (!row) return null;
    const epoch = row.epoch;
    const fence = async (tx: TransactionSql) => {
      const [held] = await tx`SELECT 1 FROM board_leases WHERE board_id = ${boardId} AND owner = ${owner} AND epoch = ${epoch} FOR SHARE`;
      if (!held) throw new LeaseLost(boardId);
    };
    const boards = this.boards;
    const store: DocumentStore & HeldAnswerStore = {
      loadDocument: (id) => boards.loadDocument(id),
      appendUpdate: (id, update) => boards.appendUpdatesFenced(id, [update], fence),
      appendUpdates: (id, updates) => boards.appendUpdatesFenced(id, updates, fence),
      compact: (id, snapshot, uptoSeq) => boards.compactFenced(id, snapshot, uptoSeq, fence),
      holdAnswer: (id, round, key, answer) =>
        boards.fenced(
          fence,
          (tx) => tx`
        INSERT INTO held_answers (board_id, round_id, answer_key, answer) VALUES (${id}, ${round}, ${key}, ${answer})
        ON CONFLICT (board_id, round_id, answer_key) DO UPDATE SET answer = excluded.answer`,
        ),
      heldAnswers: (id, round) => boards.heldAnswers(id, round),
      dropHeldAnswer: (id, round, key) =>
        boards.fenced(fence, (tx) => tx`DELETE FROM held_answers WHERE board_id = ${id} AND round_id = ${round} AND answer_key = ${key}`),
      clearHeldAnswers: (id, round) =>
        boards.fenced(fence, (tx) => tx`DELETE FROM held_answers WHERE board_id = ${id} AND round_id = ${round}`),
    };
    return {
      epoch,
      store,
      renew: async () => {
        const renewed = await sql`UPDATE board_leases SET expires_at = now() + ${leaseMs} * interval '1 millisecond'
          WHERE board_id = ${boardId} AND owner = ${owner} AND epoch = ${epoch}`;
        return renewed.count === 1;
      },
      release: async () => {
        // Ended, not deleted: the next holder's epoch is still higher than this one.
        await sql`UPDATE board_leases SET expires_at = now() - interval '1 millisecond'
          WHERE board_id = ${boardId} AND owner = ${owner} AND epoch = ${epoch}`;
      },
    };
  }
}
