/**
 * A returning person's ticket, asked for as soon as the board's link opens instead of after the
 * live board's code has arrived and started (issue 21: on a phone that code takes most of a
 * second to load and run, and the ticket's round trip then waited behind it). The request is the
 * very one BoardConnection would send (same board, secret, name, credential and lobby request);
 * BoardConnection takes its answer once, if it still matches and is fresh, and otherwise asks
 * as it always did. Who the ticket is for is still the server's choice.
 */
import { ticketRequest, type TicketAsk, type TicketResult } from '../api/ticketRequest';
import { boardCredential, lobbyRequest } from '../lib/deviceMemory';

/** An early answer older than this is not used: tickets are short-lived. */
const FRESH_MS = 10_000;

let early: { readonly key: string; readonly at: number; readonly result: Promise<TicketResult> } | null = null;

function keyOf(boardId: string, secret: string, ask: TicketAsk): string {
  return JSON.stringify([boardId, secret, ask.name ?? null, ask.credential ?? null, ask.request ?? null]);
}

/** Starts asking for the ticket BoardConnection will want for this board and name. */
export function requestTicketEarly(boardId: string, secret: string, name: string, fetchFn: typeof fetch = fetch): void {
  const ask: TicketAsk = { name, credential: boardCredential(boardId), request: lobbyRequest(boardId) };
  early = { key: keyOf(boardId, secret, ask), at: Date.now(), result: ticketRequest(boardId, secret, fetchFn, ask) };
}

/** The early answer for exactly this request, once; null when there is none (then ask as usual). */
export function takeEarlyTicket(boardId: string, secret: string, ask: TicketAsk): Promise<TicketResult> | null {
  const taken = early;
  early = null;
  if (!taken || taken.key !== keyOf(boardId, secret, ask) || Date.now() - taken.at > FRESH_MS) return null;
  return taken.result;
}
