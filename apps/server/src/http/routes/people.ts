/**
 * The people on a board, under /api/boards/{id}: inviting someone with a personal link, the
 * list of people, removing someone, and whether shared links lead to the lobby. Facilitator only.
 */
import { Hono, type Context } from 'hono';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '@kinboard/model';
import { ROLES, type Role } from '../../auth/roles';
import type { BoardService } from '../../core/BoardService';
import { MAX_PERSON_NAME, MAX_RELATION, type PeopleService } from '../../core/PeopleService';
import { apiError } from '../errors';
import { readJsonObject } from '../readJson';
import { wellFormed } from '../wellFormed';
import { bearerSecret, facilitatorAndActor, facilitatorOf } from './facilitator';

function textField(body: Record<string, unknown>, field: string, max: number, required: boolean): string | null {
  const value = body[field];
  if ((value === undefined || value === null) && !required) return null;
  if (typeof value !== 'string' || !wellFormed(value)) throw apiError(400, 'invalid_field', `"${field}" must be text`);
  const trimmed = value.trim();
  if (required && trimmed.length === 0) throw apiError(400, 'invalid_field', `"${field}" must not be empty`);
  if (trimmed.length > max) throw apiError(400, 'invalid_field', `"${field}" must be at most ${max} characters`);
  return trimmed.length > 0 ? trimmed : null;
}

export function peopleRoutes(
  boards: BoardService,
  people: PeopleService,
  linkFor: (c: Context, id: string, secret: string) => string,
): Hono {
  const app = new Hono();

  app.post('/:id/people', async (c) => {
    const { board, by } = await facilitatorAndActor(boards, people, c);
    const body = await readJsonObject(c);
    const name = textField(body, 'name', MAX_PERSON_NAME, true) ?? '';
    if (!(ROLES as readonly unknown[]).includes(body.role)) {
      throw apiError(400, 'invalid_field', `"role" must be one of: ${ROLES.join(', ')}`);
    }
    const relation = textField(body, 'relation', MAX_RELATION, false);
    const { person, secret } = await people.invite(board.id, { name, role: body.role as Role, relation }, by);
    return c.json({ person: { id: person.id, name: person.name, role: person.role }, link: linkFor(c, board.id, secret) }, 201);
  });

  app.get('/:id/people', async (c) => {
    const board = await facilitatorOf(boards, c);
    c.header('Cache-Control', 'no-store');
    return c.json({ people: await people.list(board.id) });
  });

  app.delete('/:id/people/:personId', async (c) => {
    const { board, by } = await facilitatorAndActor(boards, people, c);
    await people.remove(board.id, c.req.param('personId') ?? '', by);
    return c.body(null, 204);
  });

  // Anyone on the board sets their own language; the chair sets anyone's [I6]. Who is asking is the
  // owner of the personal link or of the device credential the request carries, never the request's say.
  app.put('/:id/people/:personId/language', async (c) => {
    const { board, role, person: owner } = await boards.authenticate(c.req.param('id') ?? '', bearerSecret(c));
    const credential = c.req.header('kinboard-credential') ?? null;
    await people.requireAdmitted(board.id, role, owner, credential);
    const body = await readJsonObject(c);
    if (body.language !== null && !isInterfaceLanguage(body.language)) {
      throw apiError(400, 'invalid_field', `"language" must be one of: ${INTERFACE_LANGUAGES.join(', ')}, or null to forget it`);
    }
    const actor = await people.actorOf(board.id, owner, credential);
    const person = await people.setLanguage(board.id, c.req.param('personId') ?? '', body.language, { linkRole: role, actor });
    return c.json({ person: { id: person.id, language: person.language } });
  });

  app.get('/:id/admission', async (c) => {
    const board = await facilitatorOf(boards, c);
    return c.json({ required: await people.admissionRequired(board.id) });
  });

  app.put('/:id/admission', async (c) => {
    const { board, by } = await facilitatorAndActor(boards, people, c);
    const body = await readJsonObject(c);
    if (typeof body.required !== 'boolean') throw apiError(400, 'invalid_field', '"required" must be true or false');
    await people.setAdmission(board.id, body.required, by);
    return c.json({ required: body.required });
  });

  return app;
}
