/**
 * Tickets: short-lived, signed permissions to open one board's socket with one role.
 *
 * A page exchanges its link secret for a ticket (POST /api/tickets) and puts only the ticket in
 * the socket URL, so the secret never travels in a URL. A ticket is
 * `base64url(payload).base64url(hmac)` where the payload is JSON
 * `{ b: boardId, r: role, e: expiresAtMs, l: linkTag, n: displayName | null, p: personId, v: via }`. The link tag is the first
 * bytes of the secret hash of the link the ticket came from (`v`: a shared link's role, or
 * `personal`): replacing a link or removing a person changes or clears that hash, so tickets made
 * from the old link stop working at once. Tickets are signed with a key kept in the store, so they survive a restart.
 * The person id is who the connection is on the board: its presence `user.id` and the only
 * `p:` answer key it may give or take back.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from './roles';

/** A person id: short and URL-safe, so `p:{id}` is a valid answer key. */
const PERSON_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && PERSON_ID.test(value);
}

export interface TicketClaims {
  readonly boardId: string;
  readonly role: Role;
  readonly expiresAt: number;
  readonly linkTag: string;
  /** The display name the person gave, if any. */
  readonly name: string | null;
  /** Who the connection is on the board (see the module comment). */
  readonly person: string;
  /** The link the ticket came from: a shared link's role, or the person's own link. */
  readonly via: TicketVia;
}

/** Which secret a ticket was traded for. */
export type TicketVia = Role | 'personal';

function isVia(value: unknown): value is TicketVia {
  return value === 'personal' || (ROLES as readonly unknown[]).includes(value);
}

export type TicketCheck =
  | { readonly ok: true; readonly claims: TicketClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad_signature' | 'expired' };

/** The part of a link's secret hash that ties a ticket to that link. */
export function linkTag(secretHash: Uint8Array): string {
  return Buffer.from(secretHash.subarray(0, 9)).toString('base64url');
}

export class TicketSigner {
  constructor(
    private readonly key: Uint8Array,
    private readonly now: () => number = Date.now,
  ) {}

  issue(
    boardId: string,
    role: Role,
    tag: string,
    ttlMs: number,
    name: string | null,
    person: string,
    via: TicketVia = role,
  ): { ticket: string; expiresAt: number } {
    const expiresAt = this.now() + ttlMs;
    // `i` makes every ticket unique, so each can open exactly one socket (ws/SpentTickets.ts).
    const claims = { b: boardId, r: role, e: expiresAt, l: tag, n: name, p: person, v: via, i: randomBytes(9).toString('base64url') };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { ticket: `${payload}.${this.sign(payload)}`, expiresAt };
  }

  check(ticket: string): TicketCheck {
    const dot = ticket.indexOf('.');
    if (dot <= 0 || ticket.length > 1024) return { ok: false, reason: 'malformed' };
    const payload = ticket.slice(0, dot);
    const given = Buffer.from(ticket.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.sign(payload), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
    let parsed: { b?: unknown; r?: unknown; e?: unknown; l?: unknown; n?: unknown; p?: unknown; v?: unknown };
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const { b, r, e, l, n, p, v } = parsed;
    if (
      typeof b !== 'string' ||
      typeof e !== 'number' ||
      typeof l !== 'string' ||
      !(ROLES as readonly unknown[]).includes(r) ||
      !isPersonId(p)
    ) {
      return { ok: false, reason: 'malformed' };
    }
    if (e <= this.now()) return { ok: false, reason: 'expired' };
    const name = typeof n === 'string' ? n : null;
    const via = v === undefined ? (r as Role) : v;
    if (!isVia(via)) return { ok: false, reason: 'malformed' };
    return { ok: true, claims: { boardId: b, role: r as Role, expiresAt: e, linkTag: l, name, person: p, via } };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
