import { Hono } from 'hono';
import type { BoardService } from '../../core/BoardService';
import { readJsonObject, requireString } from '../readJson';

/** POST /api/tickets: trade a link secret for a short-lived socket ticket. */
export function ticketRoutes(boards: BoardService): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    const board = requireString(body, 'board', 64);
    const secret = requireString(body, 'secret', 256);
    const name = body.name === undefined || body.name === null ? null : requireString(body, 'name', 60).trim() || null;
    const issued = boards.issueTicket(board, secret, name);
    c.header('Cache-Control', 'no-store');
    return c.json({ ticket: issued.ticket, role: issued.role, expiresAt: new Date(issued.expiresAt).toISOString() });
  });
  return app;
}
