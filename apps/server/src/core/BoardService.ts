/**
 * Creating boards and exchanging link secrets for tickets: the core behind POST /api/boards and
 * POST /api/tickets, free of HTTP.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { createBoard, DEFAULT_FRAMEWORK, ModelError, type FrameworkId, type TemplateId } from '@kinboard/model';
import { hashSecret, newSecret, roleForSecret } from '../auth/secrets';
import { LinkSecrets } from '../auth/linkSecrets';
import { linkTag, TicketSigner, type TicketClaims, type TicketVia } from '../auth/tickets';
import { ROLES, type Role } from '../auth/roles';
import type { BoardRecord, BoardStore } from '../storage/BoardStore';
import type { PeopleStore, StoredPerson } from '../storage/PeopleStore';
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
  /** Who the ticket's connection is on the board: always a person the server issued. */
  readonly person: string;
  readonly name: string | null;
  /** The interface language on the person's record, so a new device of theirs opens in it; null when none. */
  readonly language: string | null;
}

/** Board ids are URL-safe and unguessable (128 bits), though the secret is what grants entry. */
const BOARD_ID = /^[A-Za-z0-9_-]{22}$/;

export function isBoardId(value: string): boolean {
  return BOARD_ID.test(value);
}

export class BoardService {
  /** Made from the stored signing key on first use. */
  private signerReady: Promise<TicketSigner> | null = null;

  constructor(
    private readonly store: BoardStore,
    private readonly people: PeopleStore,
    private readonly ticketTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Derives shared link secrets the server can show again (auth/linkSecrets). */
  private async linkSecrets(): Promise<LinkSecrets> {
    return new LinkSecrets(await this.store.signingKey());
  }

  private signer(): Promise<TicketSigner> {
    this.signerReady ??= this.store.signingKey().then((key) => new TicketSigner(key, this.now));
    // A failed read is tried again by the next caller rather than remembered.
    this.signerReady.catch(() => (this.signerReady = null));
    return this.signerReady;
  }

  async create(title: string, template: TemplateId, framework: FrameworkId = DEFAULT_FRAMEWORK): Promise<CreatedBoard> {
    const id = randomBytes(16).toString('base64url');
    const doc = new Y.Doc();
    try {
      createBoard(doc, { title, template, framework });
    } catch (error) {
      if (error instanceof ModelError) throw new ServiceError(ServiceErrorCode.invalidRequest, error.message);
      throw error;
    }
    const shared = await this.linkSecrets();
    const secrets = {
      facilitator: newSecret(),
      participant: shared.next(id, 'participant', null),
      viewer: shared.next(id, 'viewer', null),
    };
    const secretHashes = {
      facilitator: hashSecret(secrets.facilitator),
      participant: hashSecret(secrets.participant),
      viewer: hashSecret(secrets.viewer),
    };
    const record = { id, title: title.trim(), template, createdAt: this.now(), secretHashes };
    await this.store.createBoard(record, Y.encodeStateAsUpdate(doc));
    // New boards send newcomers on shared links to the lobby; boards made before have no setting and keep working as they did.
    await this.people.setAdmissionRequired(id, true);
    await this.store.appendAudit(id, { at: record.createdAt, event: 'board_created', detail: { title: record.title } });
    doc.destroy();
    return { id, title: record.title, secrets };
  }

  async exists(boardId: string): Promise<boolean> {
    return isBoardId(boardId) && (await this.store.getBoard(boardId)) !== null;
  }

  /**
   * The board and the role a link secret gives on it: one of the board's shared links, or a
   * person's own link (then `person` is who it belongs to). Throws not found, wrong secret, or
   * link expired; `allowed` narrows which roles may go on.
   */
  async authenticate(
    boardId: string,
    secret: string,
    allowed: readonly Role[] = ROLES,
  ): Promise<{ board: BoardRecord; role: Role; person: StoredPerson | null }> {
    const board = isBoardId(boardId) ? await this.store.getBoard(boardId) : null;
    if (!board) throw new ServiceError(ServiceErrorCode.boardNotFound, 'There is no board with that id');
    const shared = roleForSecret(secret, board.secretHashes);
    const person = shared ? null : await this.people.personBySecretHash(board.id, hashSecret(secret));
    const role = shared ?? person?.role ?? null;
    if (!role) throw new ServiceError(ServiceErrorCode.wrongSecret, 'That link is not valid for this board');
    const expiry = shared ? board.linkExpiry[shared] : null;
    if (expiry !== null && expiry <= this.now()) throw new ServiceError(ServiceErrorCode.linkExpired, 'This link has expired');
    if (!allowed.includes(role)) throw new ServiceError(ServiceErrorCode.forbidden, `Only a ${allowed.join(' or ')} link can do this`);
    return { board, role, person };
  }

  /**
   * Signs a ticket for a person the server knows, traded for the secret `via` names (a shared
   * link's role, or their own link). PeopleService decides who the person is; this only signs.
   */
  async ticketFor(board: BoardRecord, person: StoredPerson, role: Role, via: TicketVia): Promise<IssuedTicket> {
    const hash = via === 'personal' ? person.secretHash : board.secretHashes[via];
    if (!hash) throw new ServiceError(ServiceErrorCode.wrongSecret, 'That link is not valid for this board');
    const name = person.name.length > 0 ? person.name : null;
    const { ticket, expiresAt } = (await this.signer()).issue(board.id, role, linkTag(hash), this.ticketTtlMs, name, person.id, via);
    return { ticket, role, expiresAt, person: person.id, name, language: person.language };
  }

  /**
   * The claims of a ticket that still opens `boardId`, or null: the board exists, the link it
   * came from has not been replaced or expired, and its person has not been removed.
   */
  async checkTicket(boardId: string, ticket: string): Promise<TicketClaims | null> {
    const result = (await this.signer()).check(ticket);
    if (!result.ok || result.claims.boardId !== boardId) return null;
    return (await this.claimsHold(boardId, result.claims)) === 'ok' ? result.claims : null;
  }

  /**
   * Whether what a ticket claimed still holds now: the board exists (else `gone`), its person is on
   * it (else `removed`), and the link it came from was neither replaced nor expired (else `revoked`).
   * Checked when a socket opens, and again for open sockets when another process says the board changed.
   */
  async claimsHold(boardId: string, claims: TicketClaims): Promise<'ok' | 'gone' | 'removed' | 'revoked'> {
    const board = await this.store.getBoard(boardId);
    if (!board) return 'gone';
    if (!ROLES.includes(claims.role)) return 'revoked';
    const person = await this.people.getPerson(boardId, claims.person);
    if (!person || person.removedAt !== null) return 'removed';
    if (claims.via === 'personal') {
      // Removing a person clears their link's hash, so their tickets stop here.
      return person.secretHash && linkTag(person.secretHash) === claims.linkTag ? 'ok' : 'revoked';
    }
    // A replaced link has a new hash, so tickets made from the old one stop here.
    if (linkTag(board.secretHashes[claims.via]) !== claims.linkTag) return 'revoked';
    const expiry = board.linkExpiry[claims.via];
    return expiry !== null && expiry <= this.now() ? 'revoked' : 'ok';
  }
}
