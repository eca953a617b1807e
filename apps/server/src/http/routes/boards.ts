import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { DEFAULT_FRAMEWORK, FRAMEWORKS, isFrameworkId, isTemplateId, MAX_TITLE_LENGTH, TEMPLATES } from '@kinboard/model';
import type { StaffAccess } from '../../auth/StaffAccess';
import type { BoardService } from '../../core/BoardService';
import type { StaffMember } from '../../storage/StaffStore';
import { apiError } from '../errors';
import { readJsonObject, requireString } from '../readJson';

/**
 * POST /api/boards: create a board and hand back its three links. With a staff key configured
 * the request needs `Authorization: Bearer {staff key}`; without one, only requests from this
 * machine may create boards (a single-user install). With staff sign-in configured (`staff`), a
 * signed-in person on a page of this site creates boards and owns them; the staff key still works.
 */
export function boardRoutes(
  boards: BoardService,
  linkFor: (c: Context, id: string, secret: string) => string,
  staffKey: string | null,
  staff: StaffAccess | null = null,
): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    // Scripts keep using the staff key; everyone else signs in when sign-in is configured.
    const usesStaffKey = staffKey !== null && c.req.header('authorization') !== undefined;
    const person = staff && !usesStaffKey ? await staff.requireStaffChange(c) : checkStaff(c, staffKey);
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
    const framework = body.framework ?? DEFAULT_FRAMEWORK;
    if (!isFrameworkId(framework)) {
      throw apiError(400, 'invalid_field', `"framework" must be one of: ${FRAMEWORKS.map((f) => `"${f}"`).join(', ')}`);
    }
    const board = await boards.create(title, template, framework);
    if (person) await staff?.ownNewBoard(board.id, board.secrets.facilitator, person);
    const link = (secret: string) => linkFor(c, board.id, secret);
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

const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || (address?.startsWith('127.') ?? false);
}

function checkStaff(c: Context, staffKey: string | null): StaffMember | null {
  if (staffKey === null) {
    if (!isLoopback(getConnInfo(c).remote.address)) {
      throw apiError(
        403,
        'staff_only',
        'New boards can only be created on this machine until a staff key is configured (KINBOARD_STAFF_KEY)',
      );
    }
    // Behind a reverse proxy on the same machine every request comes from loopback; the proxy's
    // headers say it was passed on from somewhere else.
    if (PROXY_HEADERS.some((name) => c.req.header(name) !== undefined)) {
      throw apiError(
        403,
        'staff_only',
        'This request came through a proxy, so it may not be from this machine: configure a staff key (KINBOARD_STAFF_KEY) to create boards from elsewhere',
      );
    }
    return null;
  }
  const given = Buffer.from(/^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '');
  const expected = Buffer.from(staffKey);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw apiError(401, 'staff_key_required', 'Creating a board needs the staff key: send "Authorization: Bearer <staff key>"');
  }
  return null;
}
