/**
 * Keeps boards in memory while people are on them. A board is loaded from storage before its
 * first connection is answered [P4], and unloaded `unloadAfterMs` after its last
 * connection leaves.
 */
import { CloseCode } from '@kinboard/model';
import type { Limits } from '../config';
import type { BoardStore } from '../storage/BoardStore';
import { BoardRoom, type JoinOptions } from './BoardRoom';
import type { SyncSocket } from './SyncSocket';

export interface RegistryOptions {
  readonly limits: Limits;
  readonly compactAfterUpdates: number;
  readonly unloadAfterMs: number;
  readonly log: (line: string) => void;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, BoardRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: BoardStore,
    private readonly options: RegistryOptions,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The loaded room of a board, loading it if needed. */
  room(boardId: string): BoardRoom {
    let room = this.rooms.get(boardId);
    if (room?.broken) {
      this.unload(boardId);
      room = undefined;
    }
    if (!room) {
      room = new BoardRoom(boardId, this.store, { ...this.options, onEmpty: (r) => this.scheduleUnload(r) });
      const record = this.store.getBoard(boardId);
      if (record) room.setStatus({ locked: record.locked, meeting: record.meeting });
      this.rooms.set(boardId, room);
    }
    this.cancelUnload(boardId);
    return room;
  }

  /** Connects a socket to a board; returns the room, or null if the board refused it. */
  connect(boardId: string, socket: SyncSocket, options: JoinOptions): BoardRoom | null {
    let room: BoardRoom;
    try {
      room = this.room(boardId);
    } catch (error) {
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

  /** Closes a board's connections with `code` and drops it from memory at once. */
  evict(boardId: string, code: number, reason: string): void {
    this.rooms.get(boardId)?.closeAll(code, reason);
    this.unload(boardId);
  }

  /** Closes every connection and frees every board (shutdown). */
  closeAll(code: number, reason: string): void {
    for (const id of [...this.rooms.keys()]) this.evict(id, code, reason);
  }

  private scheduleUnload(room: BoardRoom): void {
    this.cancelUnload(room.boardId);
    const delay = room.broken ? 0 : this.options.unloadAfterMs;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.boardId);
      if (room.connectionCount === 0 && this.rooms.get(room.boardId) === room) this.unload(room.boardId);
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

  private unload(boardId: string): void {
    this.cancelUnload(boardId);
    const room = this.rooms.get(boardId);
    if (!room) return;
    this.rooms.delete(boardId);
    room.destroy();
  }
}
