/**
 * Retention: a board with no activity (created, someone joined, its owner opened it) for the
 * council's retention period is deleted for good, as DELETE /api/boards/{id} does. A board with
 * people connected right now counts as active. Each deletion writes one council-level log line
 * with the board id and how long it was idle: never its title or content.
 *
 * `sweep()` runs at start and then hourly; tests call it with their own clock.
 */
import { type Logger, logEvent } from '../log';
import type { StaffStore } from '../storage/StaffStore';
import type { RoomRegistry } from '../sync/RoomRegistry';
import type { BoardAdmin } from './BoardAdmin';

export const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export class RetentionSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly activity: StaffStore,
    private readonly admin: BoardAdmin,
    private readonly rooms: RoomRegistry,
    private readonly retentionDays: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Deletes every board idle for the whole retention period; returns their ids. */
  async sweep(): Promise<string[]> {
    const now = this.now();
    const deleted: string[] = [];
    for (const boardId of await this.activity.inactiveSince(now - this.retentionDays * DAY_MS)) {
      if ((this.rooms.loaded(boardId)?.connectionCount ?? 0) > 0) {
        await this.activity.touch(boardId, now);
        continue;
      }
      await this.admin.deleteBoard(boardId);
      deleted.push(boardId);
      logEvent(this.logger, 'info', 'board_deleted_by_retention', { board: boardId, days: this.retentionDays });
    }
    if (deleted.length > 0) logEvent(this.logger, 'info', 'retention_sweep', { count: deleted.length, days: this.retentionDays });
    return deleted;
  }

  /** Sweeps now and every hour until `stop()`. */
  start(): void {
    this.runSafely();
    this.timer = setInterval(() => this.runSafely(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private runSafely(): void {
    this.sweep().catch((error: unknown) => {
      logEvent(this.logger, 'error', 'retention_sweep_failed', { detail: (error as Error).message.slice(0, 200) });
    });
  }
}
