/**
 * A creation time for things read back in the order they were added (network members, scales):
 * the clock in milliseconds, but never the same or earlier than the last one this replica handed
 * out, so two added in the same millisecond still read in the order they were added.
 */
let last = 0;

export function orderedNow(): number {
  last = Math.max(Date.now(), last + 1);
  return last;
}
