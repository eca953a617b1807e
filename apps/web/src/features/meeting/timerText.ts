import { t } from '../../i18n';
/**
 * How the step timer reads aloud and on screen. The clock shows whole seconds rounded up, so it
 * reads 10:00 for the whole first second and 00:00 only when time is up. Screen readers hear
 * the timer at each minute mark and at zero, never every second.
 */

/** `mm:ss` (or `h:mm:ss` past an hour) for a time left in milliseconds. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The clock in words, for a label: "9 minutes 5 seconds left". */
export function clockWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total === 0) return t('meeting.timer.timeIsUp');
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (seconds === 0) return t('meeting.timer.minutesLeft', { minutes });
  if (minutes === 0) return t('meeting.timer.secondsLeft', { seconds });
  return t('meeting.timer.minutesSecondsLeft', { minutes, seconds });
}

/** Whole minutes still to go, counting a part-minute as one (10:00 → 10, 9:59 → 10, 9:00 → 9). */
function minuteMark(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 60_000);
}

/**
 * What to announce when the time left goes from `before` to `after` (both in ms): a sentence
 * when the clock reaches a whole minute and at zero, otherwise null. Time going up (extended,
 * restarted) says nothing; the chair says that aloud and the clock shows it.
 */
export function timerAnnouncement(before: number, after: number): string | null {
  if (after >= before) return null;
  if (before > 0 && after <= 0) return t('meeting.timer.stepTimeUp');
  const to = minuteMark(after);
  if (to >= minuteMark(before)) return null;
  return t('meeting.timer.announceMinutes', { minutes: to });
}
