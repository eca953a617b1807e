/**
 * Creating boards and exchanging link secrets for tickets: the core behind POST /api/boards and
 * POST /api/tickets, free of HTTP.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { createBoard, DEFAULT_FRAMEWORK, ModelError, type FrameworkId, type TemplateId } from '@kinboard/model';
import { hashSecret, newSecret, roleForSecret } from '../auth/secrets';
import { linkTag, TicketSigner, type TicketClaims } from '../auth/tickets';
import { ROLES, type Role } from '../auth/roles';
import type { BoardRecord, BoardStore } from '../storage/BoardStore';
import { ServiceError, ServiceErrorCode } from './errors';

export interface CreatedBoard {
  readonly id: string;
  readonly title: string;
  readonly secrets: Readonly<Record<Role, string>>;
}

export interface IssuedTicket {
  readonly ticket: string;
  readonly role: Role;
  readonly expiresAt: number;
  /** Who the ticket's connection is on the board: the id asked for, or a new random one. */
  readonly person: string;
}

/** Board ids are URL-safe and unguessable (128 bits), though the secret is what grants entry. */
const BOARD_ID = /^[A-Za-z0-9_-]{22}$/;

export function isBoardId(value: string): boolean {
  return BOARD_ID.test(value);
}

export class BoardService {
  private readonly signer: TicketSigner;

  constructor(
    private readonly store: BoardStore,
    private readonly ticketTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.signer = new TicketSigner(store.signingKey(), now);
  }

  create(title: string, template: TemplateId, framework: FrameworkId = DEFAULT_FRAMEWORK): CreatedBoard {
    const id = randomBytes(16).toString('base64url');
    const doc = new Y.Doc();
    try {
      createBoard(doc, { title, template, framework });
    } catch (error) {
      if (error instanceof ModelError) throw new ServiceError(ServiceErrorCode.invalidRequest, error.message);
      throw error;
    }
    const secrets = { facilitator: newSecret(), participant: newSecret(), viewer: newSecret() };
    const secretHashes = {
      facilitator: hashSecret(secrets.facilitator),
      participant: hashSecret(secrets.participant),
      viewer: hashSecret(secrets.viewer),
    };
    const record = { id, title: title.trim(), template, createdAt: this.now(), secretHashes };
    this.store.createBoard(record, Y.encodeStateAsUpdate(doc));
    this.store.appendAudit(id, { at: record.createdAt, event: 'board_created', detail: { title: record.title } });
    doc.destroy();
    return { id, title: record.title, secrets };
  }

  exists(boardId: string): boolean {
    return isBoardId(boardId) && this.store.getBoard(boardId) !== null;
  }

  /**
   * The board and the role a link secret gives on it. Throws not found, wrong secret, or
   * link expired; `allowed` narrows which roles may go on.
   */
  authenticate(boardId: string, secret: string, allowed: readonly Role[] = ROLES): { board: BoardRecord; role: Role } {
    const board = isBoardId(boardId) ? this.store.getBoard(boardId) : null;
    if (!board) throw new ServiceError(ServiceErrorCode.boardNotFound, 'There is no board with that id');
    const role = roleForSecret(secret, board.secretHashes);
    if (!role) throw new ServiceError(ServiceErrorCode.wrongSecret, 'That link is not valid for this board');
    const expiry = board.linkExpiry[role];
    if (expiry !== null && expiry <= this.now()) throw new ServiceError(ServiceErrorCode.linkExpired, 'This link has expired');
    if (!allowed.includes(role)) throw new ServiceError(ServiceErrorCode.forbidden, `Only a ${allowed.join(' or ')} link can do this`);
    return { board, role };
  }

  /**
   * Trades a link secret for a ticket that opens the board's socket with that link's role, as
   * `person` (a device's own id, kept so a person keeps their answers across reconnects) or, when
   * none is given, as a new random person.
   */
  issueTicket(boardId: string, secret: string, name: string | null = null, person: string | null = null): IssuedTicket {
    const { board, role } = this.authenticate(boardId, secret);
    const who = person ?? `p_${randomBytes(12).toString('hex')}`;
    const { ticket, expiresAt } = this.signer.issue(boardId, role, linkTag(board.secretHashes[role]), this.ticketTtlMs, name, who);
    return { ticket, role, expiresAt, person: who };
  }

  /** The claims of a ticket that still opens `boardId`, or null. */
  checkTicket(boardId: string, ticket: string): TicketClaims | null {
    const result = this.signer.check(ticket);
    if (!result.ok || result.claims.boardId !== boardId) return null;
    const board = this.store.getBoard(boardId);
    if (!board || !ROLES.includes(result.claims.role)) return null;
    // A replaced link has a new hash, so tickets made from the old one stop here.
    if (linkTag(board.secretHashes[result.claims.role]) !== result.claims.linkTag) return null;
    const expiry = board.linkExpiry[result.claims.role];
    if (expiry !== null && expiry <= this.now()) return null;
    return result.claims;
  }
}
