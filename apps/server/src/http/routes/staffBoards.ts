/**
 * A signed-in person's own boards, under /api/boards:
 *   GET  /api/boards                → { boards: [{ id, title, createdAt, lastActiveAt, deletesAt }] }
 *   POST /api/boards/{id}/open      → { link }: the facilitator link, for the board's owner
 *   POST /api/boards/{id}/handover  { email } → the board moves to a colleague who has signed in before
 * A board someone else owns answers 404, the same as one that does not exist.
 */
import { Hono, type Context } from 'hono';
import { type StaffAccess, staffLogId } from '../../auth/StaffAccess';
import type { BoardAdmin } from '../../core/BoardAdmin';
import type { BoardService } from '../../core/BoardService';
import { ServiceError, ServiceErrorCode } from '../../core/errors';
import { type Logger, logEvent } from '../../log';
import type { StaffMember } from '../../storage/StaffStore';
import { apiError } from '../errors';
import { readJsonObject, requireString } from '../readJson';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StaffBoardsOptions {
  readonly access: StaffAccess;
  readonly boards: BoardService;
  readonly admin: BoardAdmin;
  readonly linkFor: (c: Context, id: string, secret: string) => string;
  readonly retentionDays: number | null;
  readonly logger: Logger;
}

export function staffBoardRoutes({ access, boards, admin, linkFor, retentionDays, logger }: StaffBoardsOptions): Hono {
  const app = new Hono();
  const iso = (ms: number) => new Date(ms).toISOString();

  async function ownedBy(person: StaffMember, boardId: string) {
    const owner = await access.store.owner(boardId);
    if (!owner || owner.staffId !== person.id) throw apiError(404, 'board_not_found', 'You have no board with that id');
    return owner;
  }

  app.get('/', async (c) => {
    const person = await access.requirePerson(c);
    c.header('Cache-Control', 'no-store');
    return c.json({
      boards: (await access.store.ownedBoards(person.id)).map((board) => ({
        id: board.id,
        title: board.title,
        createdAt: iso(board.createdAt),
        lastActiveAt: iso(board.lastActiveAt),
        deletesAt: retentionDays === null ? null : iso(board.lastActiveAt + retentionDays * DAY_MS),
      })),
      retentionDays,
    });
  });

  app.post('/:id/open', async (c) => {
    const person = await access.requireStaffChange(c);
    const boardId = c.req.param('id');
    const owner = await ownedBy(person, boardId);
    let secret = (await access.sealer()).unseal(boardId, owner.sealedFacilitatorSecret);
    try {
      if (secret === null) throw new ServiceError(ServiceErrorCode.wrongSecret, 'sealed secret unreadable');
      await boards.authenticate(boardId, secret, ['facilitator']);
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== ServiceErrorCode.wrongSecret) throw error;
      // The facilitator link was replaced since: the owner gets a new one (the replaced link is already dead).
      secret = await admin.replaceLink(boardId, 'facilitator');
      await access.store.setOwner(boardId, person.id, (await access.sealer()).seal(boardId, secret), access.now());
      logEvent(logger, 'info', 'owner_link_renewed', { board: boardId, person: staffLogId(person) });
    }
    await access.store.touch(boardId, access.now());
    c.header('Cache-Control', 'no-store');
    return c.json({ link: linkFor(c, boardId, secret) });
  });

  app.post('/:id/handover', async (c) => {
    const person = await access.requireStaffChange(c);
    const boardId = c.req.param('id');
    await ownedBy(person, boardId);
    const body = await readJsonObject(c);
    const email = requireString(body, 'email', 320).trim();
    if (!email.includes('@')) throw apiError(400, 'invalid_field', '"email" must be a colleague’s email address');
    const colleagues = await access.store.staffByEmail(person.issuer, email);
    const colleague = colleagues[0];
    if (!colleague) {
      throw apiError(
        404,
        'colleague_not_found',
        'Nobody with that email address has signed in to Kinboard yet. Ask them to sign in once, then try again.',
      );
    }
    if (colleagues.length > 1) {
      throw apiError(
        409,
        'colleague_ambiguous',
        'More than one person has signed in with that email address; ask your IT team which account to use.',
      );
    }
    if (colleague.id === person.id) throw apiError(400, 'invalid_field', 'This board is already yours');
    await access.store.moveOwner(boardId, colleague.id, access.now());
    await admin.recordHandover(boardId, staffLogId(person), staffLogId(colleague));
    logEvent(logger, 'info', 'board_handed_over', { board: boardId, person: staffLogId(person), detail: staffLogId(colleague) });
    return c.json({ owner: { name: colleague.name, email: colleague.email } });
  });

  return app;
}
