/**
 * Actions handed to the process that serves a board (MP6): a row in `board_actions` is the
 * request and, once done, its answer. The process that received the HTTP request writes the row,
 * sends a hint (NOTIFY, the board id only) and reads the row until it is done or its deadline
 * passes; the serving process claims pending rows of its boards (on a hint, and every second
 * whatever it heard), runs them and writes the outcome. A row is claimed at most once (an UPDATE
 * from `pending` to `running`), and one withdrawn while still pending is never run, so an action
 * runs once or not at all. No data travels in the hint.
 */
import { randomBytes } from 'node:crypto';
import type { JSONValue as PgJson, Sql } from 'postgres';

/** What travels in an action's row: plain JSON. */
export type JSONValue = null | boolean | number | string | readonly JSONValue[] | { readonly [key: string]: JSONValue };

/** What an action came to: its value, or the error the serving process raised. */
export type ActionOutcome =
  | { readonly ok: true; readonly value: JSONValue }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface ClaimedAction {
  readonly id: string;
  readonly boardId: string;
  readonly kind: string;
  readonly args: JSONValue;
}

export type ActionState = { readonly state: 'pending' | 'running' | 'gone' } | { readonly state: 'done'; readonly outcome: ActionOutcome };

export interface BoardActionQueue {
  /** Writes a pending action for the board's serving process; resolves with its id. */
  enqueue(boardId: string, kind: string, args: JSONValue): Promise<string>;
  /** Takes every pending action of these boards for this process (each is claimed once only). */
  claim(boardIds: readonly string[]): Promise<ClaimedAction[]>;
  finish(id: string, outcome: ActionOutcome): Promise<void>;
  state(id: string): Promise<ActionState>;
  /** Takes back a pending action so it never runs; false when it was already claimed. */
  withdraw(id: string): Promise<boolean>;
  /** Drops the row once its outcome was read (or given up on). */
  forget(id: string): Promise<void>;
  /** Tells the serving processes to look for actions of this board (a hint only). */
  nudge(boardId: string): Promise<void>;
  /** Calls `onNudge` with the board id of every nudge from now on. */
  listen(onNudge: (boardId: string) => void): Promise<void>;
}

const ACTION_CHANNEL = 'kinboard_board_action';

/** Rows older than this are left over from a process that died while waiting; they are removed. */
const FORGET_AFTER = '1 hour';

export class PgBoardActions implements BoardActionQueue {
  constructor(
    private readonly sql: Sql,
    private readonly ready: Promise<void>,
  ) {}

  async enqueue(boardId: string, kind: string, args: JSONValue): Promise<string> {
    await this.ready;
    const id = randomBytes(12).toString('base64url');
    await this.sql`DELETE FROM board_actions WHERE created_at < now() - ${FORGET_AFTER}::interval`;
    const row = this.sql.json({ args } as PgJson);
    await this.sql`INSERT INTO board_actions (id, board_id, kind, args, state) VALUES (${id}, ${boardId}, ${kind}, ${row}, 'pending')`;
    return id;
  }

  async claim(boardIds: readonly string[]): Promise<ClaimedAction[]> {
    if (boardIds.length === 0) return [];
    await this.ready;
    // `args` is kept as `{ "args": … }`, so that a null argument is JSON null rather than SQL NULL.
    const rows = await this.sql<{ id: string; board_id: string; kind: string; args: { args: JSONValue } }[]>`
      UPDATE board_actions SET state = 'running'
      WHERE state = 'pending' AND board_id IN ${this.sql(boardIds as string[])}
      RETURNING id, board_id, kind, args`;
    return rows.map((r) => ({ id: r.id, boardId: r.board_id, kind: r.kind, args: r.args.args }));
  }

  async finish(id: string, outcome: ActionOutcome): Promise<void> {
    await this.sql`UPDATE board_actions SET state = 'done', outcome = ${this.sql.json(outcome as unknown as PgJson)} WHERE id = ${id}`;
  }

  async state(id: string): Promise<ActionState> {
    const [row] = await this.sql<{ state: 'pending' | 'running' | 'done'; outcome: ActionOutcome | null }[]>`
      SELECT state, outcome FROM board_actions WHERE id = ${id}`;
    if (!row) return { state: 'gone' };
    if (row.state === 'done' && row.outcome) return { state: 'done', outcome: row.outcome };
    return { state: row.state === 'done' ? 'running' : row.state };
  }

  async withdraw(id: string): Promise<boolean> {
    const withdrawn = await this.sql`DELETE FROM board_actions WHERE id = ${id} AND state = 'pending'`;
    return withdrawn.count === 1;
  }

  async forget(id: string): Promise<void> {
    await this.sql`DELETE FROM board_actions WHERE id = ${id}`;
  }

  async nudge(boardId: string): Promise<void> {
    await this.ready;
    await this.sql.notify(ACTION_CHANNEL, boardId);
  }

  async listen(onNudge: (boardId: string) => void): Promise<void> {
    await this.ready;
    await this.sql.listen(ACTION_CHANNEL, (payload) => onNudge(payload));
  }
}
