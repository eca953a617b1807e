/**
 * Who is signed in, from the session cookie, and the checks the staff routes share: a session
 * (401 without) and a request made by a page of this origin (403 otherwise). Also what happens
 * to a board a signed-in person creates: they become its owner.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { apiError } from '../http/errors';
import type { StaffMember, StaffStore } from '../storage/StaffStore';
import { SecretSealer } from './sealedSecrets';

export const SESSION_COOKIE = 'kinboard_session';

export class StaffAccess {
  private sealerReady: Promise<SecretSealer> | null = null;
  private readonly secureCookies: boolean;

  constructor(
    readonly store: StaffStore,
    /** The public origin, e.g. https://kinboard.example.gov.uk */
    readonly origin: string,
    private readonly sessionTtlMs: number,
    readonly now: () => number,
  ) {
    this.secureCookies = origin.startsWith('https:');
  }

  /** Seals and unseals owners' facilitator secrets, with the key kept in storage (made on first use). */
  sealer(): Promise<SecretSealer> {
    this.sealerReady ??= this.store.key('owner-secret-sealing', () => randomBytes(32)).then((key) => new SecretSealer(key));
    this.sealerReady.catch(() => (this.sealerReady = null));
    return this.sealerReady;
  }

  /** The signed-in person making this request, or null. */
  async person(c: Context): Promise<StaffMember | null> {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token || token.length > 128) return null;
    return this.store.sessionStaff(token, this.now());
  }

  /** The signed-in person; 401 when there is none. */
  async requirePerson(c: Context): Promise<StaffMember> {
    const person = await this.person(c);
    if (!person) throw apiError(401, 'sign_in_required', 'Sign in first: this needs a signed-in member of staff');
    return person;
  }

  /**
   * 403 unless the request came from a page of this origin. Browsers send `Origin` with every
   * POST; `Sec-Fetch-Site` is the fallback. A request with neither is not from our page.
   */
  requireSameOrigin(c: Context): void {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const same = origin !== undefined ? origin === this.origin : site === 'same-origin';
    if (!same) throw apiError(403, 'cross_origin', 'This request must come from a Kinboard page on this site');
  }

  /** Signed in and same-origin: the gate for anything a signed-in person changes. */
  async requireStaffChange(c: Context): Promise<StaffMember> {
    const person = await this.requirePerson(c);
    this.requireSameOrigin(c);
    return person;
  }

  /** Starts a session for `person` and sets its cookie. */
  async startSession(c: Context, person: StaffMember): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.createSession(token, person.id, now, now + this.sessionTtlMs);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: this.secureCookies,
      path: '/',
      maxAge: Math.floor(this.sessionTtlMs / 1000),
    });
  }

  async endSession(c: Context): Promise<void> {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await this.store.endSession(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: this.secureCookies, httpOnly: true, sameSite: 'Lax' });
  }

  /** Makes `person` the owner of a board they just created, keeping its facilitator secret sealed. */
  async ownNewBoard(boardId: string, facilitatorSecret: string, person: StaffMember): Promise<void> {
    const now = this.now();
    await this.store.setOwner(boardId, person.id, (await this.sealer()).seal(boardId, facilitatorSecret), now);
    await this.store.touch(boardId, now);
  }

  /** Cookie options for the short-lived sign-in cookie. */
  loginCookie(c: Context, name: string, value: string | null): void {
    if (value === null) deleteCookie(c, name, { path: '/auth', secure: this.secureCookies, httpOnly: true, sameSite: 'Lax' });
    else setCookie(c, name, value, { httpOnly: true, sameSite: 'Lax', secure: this.secureCookies, path: '/auth', maxAge: 600 });
  }
}

/** The person id used in logs for a member of staff: their row id here, never a name or email. */
export function staffLogId(person: StaffMember): string {
  return `staff_${person.id}`;
}
