import { Hono } from 'hono';
import type { BoardService } from '../../core/BoardService';
import { isPersonId } from '../../auth/tickets';
import { apiError } from '../errors';
import { readJsonObject, requireString } from '../readJson';

/**
 * POST /api/tickets: trade a link secret for a short-lived socket ticket. An optional `person`
 * id (the device's own) is bound to the ticket; without one the server makes one up.
 */
export function ticketRoutes(boards: BoardService): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    const board = requireString(body, 'board', 64);
    const secret = requireString(body, 'secret', 256);
    const name = body.name === undefined || body.name === null ? null : requireString(body, 'name', 60).trim() || null;
    const person = body.person === undefined || body.person === null ? null : body.person;
    if (person !== null && !isPersonId(person)) {
      throw apiError(400, 'invalid_field', '"person" must be 1 to 64 letters, digits, "-" or "_"');
    }
    const issued = boards.issueTicket(board, secret, name, person);
    c.header('Cache-Control', 'no-store');
    return c.json({ ticket: issued.ticket, role: issued.role, expiresAt: new Date(issued.expiresAt).toISOString(), person: issued.person });
  });
  return app;
}
