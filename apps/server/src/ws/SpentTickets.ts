/**
 * Tickets that have opened a socket [L2]. A ticket opens one socket: a copied or replayed ticket
 * is refused even while it is unexpired, and a device that reconnects asks for a new one (the web
 * app does on every connect). A ticket is remembered until it expires, and no longer.
 */
export class SpentTickets {
  /** Each spent ticket with its expiry, in the order they were spent. */
  private readonly spent = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Marks `ticket` (valid until `expiresAt`) spent; false when it already was. */
  spend(ticket: string, expiresAt: number): boolean {
    this.forgetExpired();
    if (this.spent.has(ticket)) return false;
    this.spent.set(ticket, expiresAt);
    return true;
  }

  private forgetExpired(): void {
    const now = this.now();
    // Tickets live for the same time, so those spent first mostly expire first.
    for (const [ticket, expiresAt] of this.spent) {
      if (expiresAt > now) break;
      this.spent.delete(ticket);
    }
  }
}
