/**
 * Board management, under /api/boards/{id}. Every request carries a link secret as
 * `Authorization: Bearer {secret}` (never in the URL); most actions need the facilitator's.
 */
import { Hono, type Context } from 'hono';
import { ROLES, type Role } from '../../auth/roles';
import type { BoardAdmin } from '../../core/BoardAdmin';
import type { BoardService } from '../../core/BoardService';
import type { PeopleService } from '../../core/PeopleService';
import { REMOVAL_KINDS, type RemovalKind } from '@kinboard/model';
import { apiError } from '../errors';
import { readJsonObject } from '../readJson';

const FACILITATOR: readonly Role[] = ['facilitator'];
/** Those who can change the board, and so remove something from it. */
const EDITORS: readonly Role[] = ['facilitator', 'participant'];

function bearer(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer (\S{1,256})$/.exec(header);
  if (!match) throw apiError(401, 'missing_secret', 'Send the board link\'s secret as "Authorization: Bearer <secret>"');
  return match[1]!;
}

function roleParam(c: Context): Role {
  const role = c.req.param('role');
  if (!(ROLES as readonly string[]).includes(role ?? '')) {
    throw apiError(400, 'invalid_field', `The link role must be one of: ${ROLES.join(', ')}`);
  }
  return role as Role;
}

export function boardAdminRoutes(
  boards: BoardService,
  admin: BoardAdmin,
  people: PeopleService,
  linkFor: (c: Context, id: string, secret: string) => string,
): Hono {
  const app = new Hono();
  const auth = async (c: Context, allowed?: readonly Role[]) => {
    const result = await boards.authenticate(c.req.param('id') ?? '', bearer(c), allowed);
    const credential = c.req.header('kinboard-credential') ?? null;
    // A shared link on a board that requires admission shows nothing without the device's credential [I4].
    await people.requireAdmitted(result.board.id, result.role, result.person, credential);
    // Who is asking, so the audit line can name them [I5].
    return { ...result, by: await people.actorOf(result.board.id, result.person, credential) };
  };

  app.get('/:id', async (c) => {
    const { board, role } = await auth(c);
    return c.json({
      id: board.id,
      title: board.title,
      createdAt: new Date(board.createdAt).toISOString(),
      role,
      locked: board.locked,
      meeting: board.meeting ? { id: board.meeting.id, startedAt: new Date(board.meeting.startedAt).toISOString() } : null,
      ...(role === 'facilitator'
        ? {
            linkExpiry: Object.fromEntries(
              ROLES.map((r) => [r, board.linkExpiry[r] === null ? null : new Date(board.linkExpiry[r]!).toISOString()]),
            ),
          }
        : {}),
    });
  });

  // The link as it is now, for the chair's room screen: facilitators only, never stored by a cache [K17].
  app.get('/:id/links/:role', async (c) => {
    const { board } = await auth(c, FACILITATOR);
    const role = roleParam(c);
    if (role === 'facilitator') throw apiError(400, 'invalid_field', 'Only the participant and viewer links can be shown again');
    const secret = await admin.currentLink(board.id, role);
    if (secret === null) {
      throw apiError(
        404,
        'link_not_showable',
        'This link was made before links could be shown again; replace it to get one that can be shown',
      );
    }
    c.header('cache-control', 'no-store');
    return c.json({ role, link: linkFor(c, board.id, secret) });
  });

  app.post('/:id/links/:role', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    const role = roleParam(c);
    const secret = await admin.replaceLink(board.id, role, by);
    return c.json({ role, link: linkFor(c, board.id, secret) });
  });

  app.put('/:id/links/:role/expiry', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    const role = roleParam(c);
    const body = await readJsonObject(c);
    const raw = body.expiresAt;
    if (raw !== null && typeof raw !== 'string') throw apiError(400, 'invalid_field', '"expiresAt" must be an ISO date and time, or null');
    const expiresAt = raw === null ? null : Date.parse(raw);
    if (expiresAt !== null && Number.isNaN(expiresAt)) throw apiError(400, 'invalid_field', `"expiresAt" is not a date and time: "${raw}"`);
    await admin.setLinkExpiry(board.id, role, expiresAt, by);
    return c.json({ role, expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString() });
  });

  app.put('/:id/lock', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    const body = await readJsonObject(c);
    if (typeof body.locked !== 'boolean') throw apiError(400, 'invalid_field', '"locked" must be true or false');
    await admin.setLocked(board.id, body.locked, by);
    return c.json({ locked: body.locked });
  });

  app.post('/:id/people/:clientId/remove', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    const clientId = Number(c.req.param('clientId'));
    if (!Number.isSafeInteger(clientId) || clientId < 0) throw apiError(400, 'invalid_field', 'The person id must be a whole number');
    const body = c.req.header('content-type')?.includes('json') ? await readJsonObject(c) : {};
    if (body.replaceLink !== undefined && typeof body.replaceLink !== 'boolean') {
      throw apiError(400, 'invalid_field', '"replaceLink" must be true or false');
    }
    const removed = await admin.removePerson(board.id, clientId, body.replaceLink === true, by);
    return c.json({
      name: removed.name,
      role: removed.role,
      link: removed.newSecret === null ? null : linkFor(c, board.id, removed.newSecret),
    });
  });

  app.post('/:id/meetings', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    const meeting = await admin.startMeeting(board.id, by);
    return c.json({ id: meeting.id, startedAt: new Date(meeting.startedAt).toISOString() }, 201);
  });

  app.post('/:id/meetings/end', async (c) => {
    const { board, by } = await auth(c, FACILITATOR);
    return c.json(await admin.endMeeting(board.id, by));
  });

  app.get('/:id/meetings', async (c) => {
    const { board } = await auth(c);
    return c.json({ meetings: await admin.listMeetings(board.id) });
  });

  app.get('/:id/meetings/:meetingId', async (c) => {
    const { board } = await auth(c);
    return c.json(await admin.meetingRecord(board.id, c.req.param('meetingId') ?? ''));
  });

  app.get('/:id/audit', async (c) => {
    const { board } = await auth(c, FACILITATOR);
    return c.json({ entries: await admin.auditTrail(board.id) });
  });

  app.post('/:id/exports', async (c) => {
    const { board, by } = await auth(c);
    const body = await readJsonObject(c);
    if (typeof body.what !== 'string' || body.what.length === 0 || body.what.length > 60) {
      throw apiError(400, 'invalid_field', '"what" must name what was exported, in at most 60 characters');
    }
    await admin.recordExport(board.id, body.what, by);
    return c.body(null, 204);
  });

  app.post('/:id/removals', async (c) => {
    const { board, role, by } = await auth(c, EDITORS);
    const body = await readJsonObject(c);
    if (!(REMOVAL_KINDS as readonly unknown[]).includes(body.what)) {
      throw apiError(400, 'invalid_field', `"what" must be one of: ${REMOVAL_KINDS.join(', ')}`);
    }
    await admin.recordRemoval(board.id, body.what as RemovalKind, role, by);
    return c.body(null, 204);
  });

  app.delete('/:id', async (c) => {
    const { board } = await auth(c, FACILITATOR);
    await admin.deleteBoard(board.id);
    return c.body(null, 204);
  });

  return app;
}
