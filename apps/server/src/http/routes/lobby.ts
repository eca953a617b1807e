/**
 * The lobby, under /api/boards/{id}/lobby: who is waiting to join by a shared link, and the
 * chair's decision on each. Facilitator only. A waiting person has no ticket, so nothing of the
 * board reaches them until they are admitted [I4].
 */
import { Hono } from 'hono';
import type { BoardService } from '../../core/BoardService';
import type { PeopleService } from '../../core/PeopleService';
import { apiError } from '../errors';
import { readJsonObject } from '../readJson';
import { facilitatorAndActor, facilitatorOf } from './facilitator';

export function lobbyRoutes(boards: BoardService, people: PeopleService): Hono {
  const app = new Hono();

  app.get('/:id/lobby', async (c) => {
    const board = await facilitatorOf(boards, c);
    c.header('Cache-Control', 'no-store');
    const waiting = (await people.waiting(board.id)).map((r) => ({ request: r.id, name: r.name, since: new Date(r.since).toISOString() }));
    return c.json({ waiting });
  });

  app.post('/:id/lobby/:request', async (c) => {
    const { board, by } = await facilitatorAndActor(boards, people, c);
    const body = await readJsonObject(c);
    if (typeof body.admit !== 'boolean') throw apiError(400, 'invalid_field', '"admit" must be true or false');
    if (body.role !== undefined && body.role !== 'participant' && body.role !== 'viewer') {
      throw apiError(400, 'invalid_field', '"role" must be "participant" or "viewer"');
    }
    if (body.person !== undefined && typeof body.person !== 'string') throw apiError(400, 'invalid_field', '"person" must be a person id');
    await people.decide(
      board.id,
      c.req.param('request') ?? '',
      body.admit,
      body.role ?? null,
      (body.person as string | undefined) ?? null,
      by,
    );
    return c.body(null, 204);
  });

  return app;
}
