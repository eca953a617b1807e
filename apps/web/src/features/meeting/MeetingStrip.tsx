/** What everyone sees of the meeting in the header: the current step, its timer, the lock. */
export function MeetingStrip() {
  return null;
}
