/**
 * Keeps boards in memory while people are on them. A board is loaded from storage before its
 * first connection is answered [P4], and unloaded `unloadAfterMs` after its last
 * connection leaves. Loading and unloading are asynchronous: connections arriving together share
 * one load, and a board is loaded again only after its previous room has stored everything.
 */
import { CloseCode } from '@kinboard/model';
import type { Limits } from '../config';
import type { BoardLinkStore, DocumentStore, HeldAnswerStore } from '../storage/BoardStore';
import type { BoardLease, BoardLeases } from '../storage/PgBoardLeases';
import { BoardRoom, type JoinOptions } from './BoardRoom';
import type { SyncSocket } from './SyncSocket';

export interface RegistryOptions {
  readonly limits: Limits;
  readonly compactAfterUpdates: number;
  readonly unloadAfterMs: number;
  readonly log: (line: string) => void;
  /** With several processes on one database: a board is served only by the process holding its lease (MP1). */
  readonly leases?: BoardLeases | null;
  /** How often held leases are renewed (a third of the lease). */
  readonly renewEveryMs?: number;
}

/** The board is served by another process right now: its connections are told to reconnect (MP1). */
export class BoardElsewhere extends Error {
  constructor() {
    super('board served by another process');
  }
}

export class RoomRegistry {
  private readonly rooms = new Map<string, BoardRoom>();
  /** Boards being read from storage, so that connections arriving together share one room. */
  private readonly loading = new Map<string, Promise<BoardRoom>>();
  /** Rooms storing their last changes; the board is not loaded again until they have. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** The lease of each loaded board, when leases are in use. */
  private readonly held = new Map<string, BoardLease>();
  private readonly renewer: NodeJS.Timeout | null;

  constructor(
    private readonly store: DocumentStore & HeldAnswerStore & Pick<BoardLinkStore, 'getBoard'>,
    private readonly options: RegistryOptions,
  ) {
    this.renewer = options.leases ? setInterval(() => void this.renewLeases(), options.renewEveryMs ?? 3_000) : null;
    this.renewer?.unref();
  }

  /** Renews every held lease; a board whose lease was lost closes at once, its people told to reconnect (MP2). */
  private async renewLeases(): Promise<void> {
    for (const [boardId, lease] of [...this.held]) {
      const kept = await lease.renew().catch(() => true); // Unreachable database: the fence decides at the next commit.
      if (!kept && this.held.get(boardId) === lease) {
        this.options.log(`lease lost board=${boardId} epoch=${lease.epoch}`);
        void this.evict(boardId, CloseCode.boardReloaded, 'board moved');
      }
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The loaded room of a board, loading it if needed. */
  async room(boardId: string): Promise<BoardRoom> {
    for (;;) {
      const room = this.rooms.get(boardId);
      if (room?.broken) {
        await this.unload(boardId);
        continue;
      }
      if (room) {
        this.cancelUnload(boardId);
        return room;
      }
      const pending = this.loading.get(boardId) ?? this.load(boardId);
      await pending;
    }
  }

  private load(boardId: string): Promise<BoardRoom> {
    const loading = (async () => {
      await this.unloading.get(boardId);
      const lease = this.options.leases ? await this.options.leases.acquire(boardId) : null;
      if (this.options.leases && !lease) throw new BoardElsewhere();
      let room: BoardRoom;
      try {
        const stored = await this.store.loadDocument(boardId);
        room = new BoardRoom(boardId, lease?.store ?? this.store, stored, { ...this.options, onEmpty: (r) => this.scheduleUnload(r) });
      } catch (error) {
        await lease?.release().catch(() => {});
        throw error;
      }
      if (lease) this.held.set(boardId, lease);
      const record = await this.store.getBoard(boardId);
      if (record) room.setStatus({ locked: record.locked, meeting: record.meeting });
      this.rooms.set(boardId, room);
      return room;
    })();
    this.loading.set(boardId, loading);
    const forget = () => {
      if (this.loading.get(boardId) === loading) this.loading.delete(boardId);
    };
    loading.then(forget, forget);
    return loading;
  }

  /** Connects a socket to a board; resolves with the room, or null if the board refused it. */
  async connect(boardId: string, socket: SyncSocket, options: JoinOptions): Promise<BoardRoom | null> {
    let room: BoardRoom;
    try {
      room = await this.room(boardId);
    } catch (error) {
      if (error instanceof BoardElsewhere) {
        socket.close(CloseCode.boardReloaded, 'board on another server');
        return null;
      }
      // A board that cannot be read from storage refuses its connections; the server carries on [S1].
      const message = error instanceof Error ? error.message : String(error);
      this.options.log(`storage failure board=${boardId} during=load code=1011: ${JSON.stringify(message.slice(0, 200))}`);
      socket.close(CloseCode.storageFailure, 'storage failure');
      return null;
    }
    if (!room.join(socket, options)) {
      if (room.connectionCount === 0) this.scheduleUnload(room);
      return null;
    }
    return room;
  }

  /** The room of a board if it is in memory; never loads one. */
  loaded(boardId: string): BoardRoom | null {
    return this.rooms.get(boardId) ?? null;
  }

  isLoaded(boardId: string): boolean {
    return this.rooms.has(boardId);
  }

  /** The ids of the boards in memory (with leases: the boards this process serves). */
  loadedIds(): string[] {
    return [...this.rooms.keys()];
  }

  /**
   * A board loaded for an HTTP action: unloaded if nobody is connected once this turn's joins are
   * done, at once with leases (so the process people connect to can take it, MP6), else as usual.
   */
  releaseIfIdle(boardId: string): void {
    const room = this.rooms.get(boardId);
    if (room && room.connectionCount === 0) this.scheduleUnload(room, this.options.leases ? 0 : undefined);
  }

  /** Closes a board's connections with `code` and drops it from memory; resolves once it has stored everything. */
  evict(boardId: string, code: number, reason: string): Promise<void> {
    this.rooms.get(boardId)?.closeAll(code, reason);
    return this.unload(boardId);
  }

  /** Closes every connection and frees every board (shutdown); resolves once all is stored. */
  async closeAll(code: number, reason: string): Promise<void> {
    if (this.renewer) clearInterval(this.renewer);
    await Promise.all([...this.loading.values()].map((l) => l.catch(() => null)));
    await Promise.all([...this.rooms.keys()].map((id) => this.evict(id, code, reason)));
    await Promise.all([...this.unloading.values()]);
  }

  private scheduleUnload(room: BoardRoom, afterMs = this.options.unloadAfterMs): void {
    this.cancelUnload(room.boardId);
    const delay = room.broken ? 0 : afterMs;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.boardId);
      if (room.connectionCount === 0 && this.rooms.get(room.boardId) === room) void this.unload(room.boardId);
    }, delay);
    timer.unref();
    this.unloadTimers.set(room.boardId, timer);
  }

  private cancelUnload(boardId: string): void {
    const timer = this.unloadTimers.get(boardId);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(boardId);
    }
  }

  private unload(boardId: string): Promise<void> {
    this.cancelUnload(boardId);
    const room = this.rooms.get(boardId);
    if (!room) return this.unloading.get(boardId) ?? Promise.resolve();
    this.rooms.delete(boardId);
    // destroy never rejects: a failure to store is logged and closes the board [S1]. Then the lease goes, so another process may take the board.
    const lease = this.held.get(boardId);
    this.held.delete(boardId);
    const unloading = room
      .destroy()
      .catch(() => {})
      .then(() => lease?.release())
      .catch(() => {});
    this.unloading.set(boardId, unloading);
    void unloading.then(() => {
      if (this.unloading.get(boardId) === unloading) this.unloading.delete(boardId);
    });
    return unloading;
  }
}
