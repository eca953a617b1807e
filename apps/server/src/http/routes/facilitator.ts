import type { Context } from 'hono';
import type { BoardService } from '../../core/BoardService';
import type { Actor, PeopleService } from '../../core/PeopleService';
import type { BoardRecord } from '../../storage/BoardStore';
import { apiError } from '../errors';

/** The secret sent as `Authorization: Bearer {secret}`, or a 401 saying how to send it. */
export function bearerSecret(c: Context): string {
  const match = /^Bearer (\S{1,256})$/.exec(c.req.header('authorization') ?? '');
  if (!match?.[1]) throw apiError(401, 'missing_secret', 'Send the board link\'s secret as "Authorization: Bearer <secret>"');
  return match[1];
}

/** The board of the `:id` route parameter, when the request carries a facilitator's secret for it. */
export async function facilitatorOf(boards: BoardService, c: Context): Promise<BoardRecord> {
  return (await boards.authenticate(c.req.param('id') ?? '', bearerSecret(c), ['facilitator'])).board;
}

/** The board and who is asking (for the audit line), when the request carries a facilitator's secret. */
export async function facilitatorAndActor(
  boards: BoardService,
  people: PeopleService,
  c: Context,
): Promise<{ board: BoardRecord; by: Actor | null }> {
  const { board, person } = await boards.authenticate(c.req.param('id') ?? '', bearerSecret(c), ['facilitator']);
  return { board, by: await people.actorOf(board.id, person, c.req.header('kinboard-credential') ?? null) };
}
