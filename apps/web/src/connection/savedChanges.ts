/**
 * Knows when every change made on this device is on the server's disk, deletions included.
 *
 * Two kinds of proof arrive on the socket, in the order the server handled what this device sent:
 *  - a "saved" acknowledgement (type 100) carries the board's state vector after a commit. A
 *    change that added content has a clock; once the vector reaches it, that change and everything
 *    this socket sent before it are stored [P3]. A change that only deletes leaves the clock
 *    where it was, so no vector can ever prove it.
 *  - the reply (sync step 2) to a sync step 1 this device sends: the server stores everything it
 *    received before that step 1 ahead of answering it [P7]. So a "save check" (a step 1 sent
 *    after a deletion) is answered only once the deletion is stored.
 *
 * Both prove only what this socket has already carried. After a (re)connect, what was made while
 * the socket was down travels in this device's sync step 2 (the answer to the server's step 1,
 * holding all content and every deletion); until that has gone out nothing counts, and after it
 * the changes it carried are proved by a save check, since an acknowledgement could belong to an
 * update sent just before it.
 *
 * Changes are counted 1, 2, 3… as they are made; `saved` is the highest count proved stored.
 */

/** What one sync step 1 in flight will prove once answered: every change up to this count. */
type Proves = number;

interface AddingChange {
  readonly change: number;
  /** This client's clock right after the change. */
  readonly clock: number;
}

export class SavedChanges {
  private made = 0;
  private saved = 0;
  /** Changes that added content and are not yet proved, oldest first. */
  private adding: AddingChange[] = [];
  /** Sync step 1 messages sent on this socket and not yet answered, oldest first. */
  private probes: Proves[] = [];
  /** The last change made before this device's sync step 2 went out on this socket; null before then. */
  private carriedUpTo: number | null = null;

  /** True when every change made here is proved stored. */
  get everythingSaved(): boolean {
    return this.saved >= this.made;
  }

  /**
   * True when the unsaved changes need a save check: the last one only deleted, or was carried
   * by the connect-time sync step 2, so no acknowledgement can prove it. False while a check
   * already on its way covers everything, or before the socket can carry one.
   */
  get needsCheck(): boolean {
    if (this.everythingSaved || this.carriedUpTo === null) return false;
    if ((this.probes.at(-1) ?? 0) >= this.made) return false;
    const last = this.adding.at(-1);
    const ackWillProve = last !== undefined && last.change === this.made && last.change > this.carriedUpTo;
    return !ackWillProve;
  }

  /**
   * A change made on this device. `clockBefore` and `clockAfter` are this client's clock around
   * the transaction; equal when it only deleted.
   */
  changeMade(clockBefore: number, clockAfter: number): void {
    this.made++;
    if (clockAfter > clockBefore) this.adding.push({ change: this.made, clock: clockAfter });
  }

  /** A socket opened; the client's own opening sync step 1 (sent by the provider) proves nothing new. */
  socketOpened(): void {
    this.probes = [this.saved];
    this.carriedUpTo = null;
  }

  /** This device's sync step 2 (everything it has) has gone out on the socket. */
  stateSent(): void {
    this.carriedUpTo = this.made;
  }

  /** A save check (sync step 1) was sent after everything made so far. */
  checkSent(): void {
    this.probes.push(this.made);
  }

  /** The server answered the oldest sync step 1 in flight. */
  checkAnswered(): void {
    const proves = this.probes.shift();
    if (proves !== undefined) this.prove(proves);
  }

  /** A "saved" acknowledgement whose state vector holds `clock` for this client. */
  acknowledged(clock: number): void {
    if (this.carriedUpTo === null) return;
    let proves = 0;
    for (const change of this.adding) {
      if (change.clock > clock) break;
      // Changes carried by the sync step 2 wait for a save check (see the module comment).
      if (change.change > this.carriedUpTo) proves = change.change;
    }
    this.prove(proves);
  }

  /** The socket closed: checks in flight will never be answered. */
  socketClosed(): void {
    this.probes = [];
    this.carriedUpTo = null;
  }

  private prove(upTo: number): void {
    if (upTo <= this.saved) return;
    this.saved = upTo;
    this.adding = this.adding.filter((change) => change.change > upTo);
  }
}
