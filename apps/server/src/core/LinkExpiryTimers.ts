/**
 * Closes the sockets of a link when it expires. Expiries live in storage; these timers are the
 * server's memory of when to act on them, so a starting server arms one for every expiry still
 * ahead, and setting an expiry re-arms its link.
 *
 * setTimeout waits at most about 24.8 days, and a link may be set to expire months ahead, so a
 * far expiry is reached in steps: each step reads the stored expiry again and only closes the
 * link's sockets once that moment has truly passed.
 */
import { CloseCode } from '@kinboard/model';
import type { Role } from '../auth/roles';
import type { BoardStore } from '../storage/BoardStore';
import type { RoomRegistry } from '../sync/RoomRegistry';

/** Longest one timer may wait: setTimeout's limit (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export class LinkExpiryTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: BoardStore,
    private readonly rooms: RoomRegistry,
    private readonly log: (line: string) => void,
    private readonly now: () => number,
    /** Longest single wait; shorter only in tests, to see far expiries reached in steps. */
    private readonly stepMs: number = MAX_TIMER_MS,
  ) {}

  /** Arms a timer for every link expiry in storage that is still ahead. */
  async armStored(): Promise<void> {
    for (const { boardId, role } of await this.store.linkExpiriesAfter(this.now())) await this.arm(boardId, role);
  }

  /** Waits for the stored expiry of this board's `role` link, replacing any earlier timer for it. */
  async arm(boardId: string, role: Role): Promise<void> {
    this.cancel(boardId, role);
    const expiresAt = (await this.store.getBoard(boardId))?.linkExpiry[role] ?? null;
    if (expiresAt === null) return;
    const wait = expiresAt - this.now();
    if (wait <= 0) {
      this.rooms.loaded(boardId)?.closeRole(role, CloseCode.unauthorised, 'link expired');
      return;
    }
    const key = `${boardId}:${role}`;
    const far = wait > this.stepMs;
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        if (far) this.log(`link expiry still ahead board=${boardId} role=${role}, waiting again`);
        // Read storage again: the expiry may have moved, been cleared, or the board deleted.
        this.armLogged(boardId, role);
      },
      Math.min(wait, this.stepMs),
    );
    timer.unref();
    this.timers.set(key, timer);
  }

  /** `arm` from a timer: a storage failure is logged and the timer is not armed again. */
  armLogged(boardId: string, role: Role): void {
    this.arm(boardId, role).catch((error: unknown) =>
      this.log(`link expiry not armed board=${boardId} role=${role}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  cancel(boardId: string, role: Role): void {
    const key = `${boardId}:${role}`;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Stops every timer (server closing). */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
