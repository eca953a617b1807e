import { Hono } from 'hono';
import type { PeopleService } from '../../core/PeopleService';
import { apiError } from '../errors';
import { readJsonObject, requireString } from '../readJson';
import { wellFormed } from '../wellFormed';

function optionalString(body: Record<string, unknown>, field: string, max: number): string | null {
  if (body[field] === undefined || body[field] === null) return null;
  return requireString(body, field, max).trim() || null;
}

/**
 * POST /api/tickets: trade a link secret for a short-lived socket ticket. Who the ticket is for
 * comes from the server [I1]: a personal link's person, the person a device `credential` proves,
 * or a new person (whose credential the answer carries). A `person` in the body is ignored. Where
 * the board requires admission, a shared participant or viewer link answers 202 with a lobby
 * `request` until the chair decides; the device sends that `request` again to learn the outcome.
 */
export function ticketRoutes(people: PeopleService): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    const board = requireString(body, 'board', 64);
    const secret = requireString(body, 'secret', 256);
    const name = optionalString(body, 'name', 60);
    if (name !== null && !wellFormed(name)) throw apiError(400, 'invalid_field', '"name" must be text');
    const credential = optionalString(body, 'credential', 256);
    const request = optionalString(body, 'request', 64);
    const result = await people.exchange(board, secret, { name, credential, request });
    c.header('Cache-Control', 'no-store');
    if (result.kind === 'waiting') return c.json({ waiting: true, request: result.request }, 202);
    const { issued } = result;
    return c.json({
      ticket: issued.ticket,
      role: issued.role,
      expiresAt: new Date(issued.expiresAt).toISOString(),
      person: issued.person,
      name: issued.name,
      ...(issued.language ? { language: issued.language } : {}),
      ...(result.credential ? { credential: result.credential } : {}),
    });
  });
  app.all('/', () => {
    throw apiError(405, 'method_not_allowed', 'Use POST to ask for a ticket');
  });
  return app;
}
