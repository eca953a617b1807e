/**
 * Runs a board action where the board is served, whichever process received the request (MP6).
 * With one process (SQLite) that is always here. With several, an action runs here when this
 * process serves the board or can take its lease (it is free); otherwise it is handed to the
 * serving process through a row in PostgreSQL (`PgBoardActions`), and this process waits for the
 * answer row until a deadline. If the serving process dies before taking the action, its lease
 * runs out and the action is taken back and run here; past the deadline the request is answered
 * 503 `busy` and the action, when still pending, never runs.
 */
import type { ActionOutcome, BoardActionQueue, JSONValue } from '../storage/PgBoardActions';
import type { BoardLeases } from '../storage/PgBoardLeases';
import type { BoardRoom } from '../sync/BoardRoom';
import { BoardElsewhere, type RoomRegistry } from '../sync/RoomRegistry';
import { ServiceError, ServiceErrorCode } from './errors';

/**
 * `load`: the action needs the board in memory (loaded here when its lease is free).
 * `peek`: it only looks at who is connected, so a board nobody serves is answered with no room.
 */
export type ActionNeeds = 'load' | 'peek';

type Handler = (boardId: string, room: BoardRoom | null, args: JSONValue) => Promise<JSONValue>;

interface Registered {
  readonly needs: ActionNeeds;
  readonly handler: Handler;
}

export interface OwnerActionsOptions {
  /** Longest wait for the serving process, in ms (default: the lease plus 5 s, so a dead owner's lease runs out first). */
  readonly waitMs: number;
  /** How often the serving process looks for actions whatever hints it heard (default 1 s). */
  readonly sweepEveryMs?: number;
  readonly log: (line: string) => void;
}

const SERVICE_CODES = new Set<string>(Object.values(ServiceErrorCode));

export class OwnerActions {
  private readonly actions = new Map<string, Registered>();
  private sweeper: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly leases: BoardLeases | null,
    private readonly queue: BoardActionQueue | null,
    private readonly options: OwnerActionsOptions,
  ) {}

  register(kind: string, needs: ActionNeeds, handler: Handler): void {
    this.actions.set(kind, { needs, handler });
  }

  /** Starts answering actions handed to this process: on each nudge, and every second as a backstop for lost ones. */
  async start(): Promise<void> {
    const queue = this.queue;
    if (!queue) return;
    await queue.listen((boardId) => {
      if (this.rooms.isLoaded(boardId)) void this.serve([boardId]);
    });
    this.sweeper = setInterval(() => void this.serve(this.rooms.loadedIds()), this.options.sweepEveryMs ?? 1000);
    this.sweeper.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Runs the action where the board is served and resolves with its value; throws its ServiceError. */
  async run(boardId: string, kind: string, args: JSONValue): Promise<JSONValue> {
    const action = this.actions.get(kind);
    if (!action) throw new Error(`unknown board action ${kind}`);
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      const here = await this.tryHere(boardId, action, args);
      if (here.ran) return here.value;
      const handed = await this.handOver(boardId, kind, args, deadline);
      if (handed.answered) return unpack(handed.outcome);
      // Taken back from a serving process that no longer serves the board: try again here.
    }
  }

  /** Runs the action here if this process serves the board or can; `ran: false` when another process serves it. */
  private async tryHere(boardId: string, action: Registered, args: JSONValue): Promise<{ ran: true; value: JSONValue } | { ran: false }> {
    if (action.needs === 'peek') {
      const loaded = this.rooms.loaded(boardId);
      if (loaded || !this.leases) return { ran: true, value: await action.handler(boardId, loaded, args) };
      const holder = await this.leases.holder(boardId);
      if (holder === null) return { ran: true, value: await action.handler(boardId, null, args) };
      if (holder !== this.leases.owner) return { ran: false };
    }
    let room: BoardRoom;
    try {
      room = await this.rooms.room(boardId);
    } catch (error) {
      if (error instanceof BoardElsewhere) return { ran: false };
      throw error;
    }
    try {
      return { ran: true, value: await action.handler(boardId, room, args) };
    } finally {
      // Loaded only for this action: give the lease up at once, so the process people connect to can take it.
      this.rooms.releaseIfIdle(boardId);
    }
  }

  private async handOver(
    boardId: string,
    kind: string,
    args: JSONValue,
    deadline: number,
  ): Promise<{ answered: true; outcome: ActionOutcome } | { answered: false }> {
    const queue = this.queue;
    const leases = this.leases;
    if (!queue || !leases) throw new Error('no process to hand the action to');
    const id = await queue.enqueue(boardId, kind, args);
    await queue.nudge(boardId).catch(() => {});
    let pause = 10;
    for (;;) {
      const now = Date.now();
      const found = await queue.state(id);
      if (found.state === 'done') {
        await queue.forget(id).catch(() => {});
        return { answered: true, outcome: found.outcome };
      }
      if (found.state === 'gone') throw busy(); // the board was deleted meanwhile, or the row was cleared
      if (found.state === 'pending') {
        const holder = now >= deadline ? null : await leases.holder(boardId);
        const ownerGone = holder === null || holder === leases.owner;
        if ((ownerGone || now >= deadline) && (await queue.withdraw(id))) {
          if (now >= deadline) throw busy();
          return { answered: false };
        }
      } else if (now >= deadline) {
        await queue.forget(id).catch(() => {});
        throw new ServiceError(
          ServiceErrorCode.busy,
          'The server running this board did not answer in time; look at the board to see whether it was done before trying again',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
  }

  /** Runs the pending actions handed to this process for boards it serves. */
  private async serve(boardIds: readonly string[]): Promise<void> {
    const queue = this.queue;
    if (!queue || this.stopped || boardIds.length === 0) return;
    let claimed: Awaited<ReturnType<BoardActionQueue['claim']>>;
    try {
      claimed = await queue.claim(boardIds);
    } catch {
      return; // Database away: the actions stay pending, and their senders take them back or give up.
    }
    for (const action of claimed) {
      const outcome = await this.runClaimed(action.boardId, action.kind, action.args);
      await queue.finish(action.id, outcome).catch((error: unknown) => {
        this.options.log(`action answer not stored board=${action.boardId}: ${String(error).slice(0, 200)}`);
      });
    }
  }

  private async runClaimed(boardId: string, kind: string, args: JSONValue): Promise<ActionOutcome> {
    try {
      const action = this.actions.get(kind);
      if (!action) throw new Error(`unknown board action ${kind}`);
      const room = this.rooms.loaded(boardId);
      if (!room) throw new BoardElsewhere();
      return { ok: true, value: await action.handler(boardId, room, args) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, code: error.code, message: error.message };
      if (error instanceof BoardElsewhere) {
        return { ok: false, code: ServiceErrorCode.busy, message: 'The board moved to another server; try again in a moment' };
      }
      this.options.log(`action failed board=${boardId} kind=${kind}: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown'}`);
      return { ok: false, code: 'internal', message: 'Something went wrong on the server' };
    }
  }
}

function busy(): ServiceError {
  return new ServiceError(ServiceErrorCode.busy, 'The server running this board is busy; try again in a moment');
}

function unpack(outcome: ActionOutcome): JSONValue {
  if (outcome.ok) return outcome.value;
  if (SERVICE_CODES.has(outcome.code)) throw new ServiceError(outcome.code as ServiceErrorCode, outcome.message);
  throw new Error(outcome.message);
}
