/**
 * Exchanges a board link's secret for a short-lived ticket that opens the sync socket. The secret
 * travels only in the request body, never in a URL. Who the ticket is for is the server's choice:
 * a personal link names its person; on a shared link the device shows the `credential` an earlier
 * ticket gave it, or becomes a new person (and gets a credential). Where the board requires
 * admission, the answer is "waiting" with a lobby `request` the device sends again until the chair
 * decides. A refused link is final; anything else (no network, a server hiccup) is worth retrying.
 */
import { isRole, type Role } from './roles';

export interface Ticket {
  readonly ticket: string;
  readonly role: Role;
  readonly expiresAt: string | number | null;
  /** The person on the board this ticket is for, issued by the server. */
  readonly person: string;
  /** The name the server knows them by, if any. */
  readonly name: string | null;
  /** A device credential to keep and send next time (only in the first answer for a new person). */
  readonly credential: string | null;
  /** The interface language on this person's record (a shipped code), when they or the chair chose one. */
  readonly language: string | null;
}

export type TicketResult =
  | { readonly kind: 'ticket'; readonly ticket: Ticket }
  | { readonly kind: 'waiting'; readonly request: string }
  /** Final: the link is refused (wrong, replaced or expired), no board answers to it, or the chair turned this newcomer away; or the device's credential is unknown (start again as a newcomer). */
  | { readonly kind: 'refused'; readonly reason: 'link' | 'unknownBoard' | 'turnedAway' | 'unknownDevice' }
  | { readonly kind: 'retry' };

/** What the device says about itself with the secret. */
export interface TicketAsk {
  readonly name?: string | null;
  readonly credential?: string | null;
  readonly request?: string | null;
}

export async function ticketRequest(
  boardId: string,
  secret: string,
  fetchFn: typeof fetch = fetch,
  ask: TicketAsk = {},
): Promise<TicketResult> {
  const name = ask.name?.trim().slice(0, 60);
  let response: Response;
  try {
    response = await fetchFn('/api/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        board: boardId,
        secret,
        ...(name ? { name } : {}),
        ...(ask.credential ? { credential: ask.credential } : {}),
        ...(ask.request ? { request: ask.request } : {}),
      }),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'retry' };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const code = (body?.error as { code?: unknown } | undefined)?.code;
  if (response.status === 403 && code === 'refused') return { kind: 'refused', reason: 'turnedAway' };
  // A credential or a lobby request the server no longer knows: the device starts again as a newcomer.
  if ((response.status === 401 && (ask.credential || ask.request)) || (response.status === 404 && ask.request)) {
    return { kind: 'refused', reason: 'unknownDevice' };
  }
  if (response.status === 401 || response.status === 403 || response.status === 400) {
    return { kind: 'refused', reason: 'link' };
  }
  if (response.status === 404 || response.status === 410) return { kind: 'refused', reason: 'unknownBoard' };
  if (response.status === 202 && body?.waiting === true && typeof body.request === 'string')
    return { kind: 'waiting', request: body.request };
  if (!response.ok) return { kind: 'retry' };
  if (typeof body?.ticket !== 'string' || !isRole(body.role) || typeof body.person !== 'string') return { kind: 'retry' };
  const expiresAt = typeof body.expiresAt === 'string' || typeof body.expiresAt === 'number' ? body.expiresAt : null;
  return {
    kind: 'ticket',
    ticket: {
      ticket: body.ticket,
      role: body.role,
      expiresAt,
      person: body.person,
      name: typeof body.name === 'string' ? body.name : null,
      credential: typeof body.credential === 'string' ? body.credential : null,
      language: typeof body.language === 'string' ? body.language : null,
    },
  };
}
