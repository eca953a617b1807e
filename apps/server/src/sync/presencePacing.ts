/**
 * When gathered presence changes go out [A4].
 *
 * Gathering pays only when many changes arrive close together: fifty cursors at 10 Hz would
 * otherwise cost a send to everyone for almost every change. A calm room (a dozen people, one
 * cursor moving) gains nothing from waiting, so a change that comes when the last send is more
 * than a gather window ago goes out in the same event-loop turn; a change that comes sooner waits
 * until that window has passed, and everything that arrived meanwhile goes out with it.
 *
 * @example
 * const pacing = new PresencePacing();
 * pacing.delayAt(1000); // 0: nothing went out lately, send this turn
 * pacing.sent(1000);
 * pacing.delayAt(1004); // 11: gather until 15 ms after the last send
 */

/** The gather window: at most one presence message per person per this many ms while a room is busy. */
export const PRESENCE_GATHER_MS = 15;

export class PresencePacing {
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs: number = PRESENCE_GATHER_MS) {}

  /**
   * How long a change arriving at `now` (ms, any monotonic clock) waits before the gathered
   * changes go out, when no send is scheduled yet: 0 means this event-loop turn.
   */
  delayAt(now: number): number {
    return Math.max(0, this.lastSentAt + this.windowMs - now);
  }

  /** Records that the gathered changes went out at `now`. */
  sent(now: number): void {
    this.lastSentAt = now;
  }
}
