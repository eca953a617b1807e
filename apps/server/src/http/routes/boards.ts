import { Hono } from 'hono';
import { isTemplateId, MAX_TITLE_LENGTH, TEMPLATES } from '@kinboard/model';
import type { BoardService } from '../../core/BoardService';
import { apiError } from '../errors';
import { readJsonObject, requireString } from '../readJson';

/** POST /api/boards: create a board and hand back its three links. */
export function boardRoutes(boards: BoardService, publicOrigin: string | null): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readJsonObject(c);
    const title = requireString(body, 'title', MAX_TITLE_LENGTH * 2);
    if (title.trim().length === 0) throw apiError(400, 'invalid_field', '"title" must not be empty');
    if (title.trim().length > MAX_TITLE_LENGTH) {
      throw apiError(400, 'invalid_field', `"title" must be at most ${MAX_TITLE_LENGTH} characters`);
    }
    const template = body.template ?? 'three-column';
    if (!isTemplateId(template)) {
      throw apiError(400, 'invalid_field', `"template" must be one of: ${TEMPLATES.map((t) => `"${t}"`).join(', ')}`);
    }
    const board = boards.create(title, template);
    const origin = publicOrigin ?? new URL(c.req.url).origin;
    const link = (secret: string) => `${origin}/b/${board.id}#${secret}`;
    return c.json(
      {
        id: board.id,
        title: board.title,
        links: {
          facilitator: link(board.secrets.facilitator),
          participant: link(board.secrets.participant),
          viewer: link(board.secrets.viewer),
        },
      },
      201,
    );
  });
  return app;
}
