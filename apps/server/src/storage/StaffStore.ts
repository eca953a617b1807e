/**
 * What the server keeps about signed-in staff: who they are (issuer and subject from their
 * identity provider), their sessions, the boards they own, and when each board was last active.
 * It lives in the same SQLite file as the boards (tables from migration 2); a board's owner and
 * activity rows go with the board when it is deleted (foreign keys with ON DELETE CASCADE).
 *
 * Session tokens are stored as SHA-256 hashes only, like link secrets.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface StaffMember {
  readonly id: number;
  readonly issuer: string;
  readonly subject: string;
  readonly name: string;
  readonly email: string;
}

export interface OwnedBoard {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly lastActiveAt: number;
}

interface StaffRow {
  id: number;
  issuer: string;
  subject: string;
  name: string;
  email: string;
}

/** Staff, their sessions, board owners and board activity; every call is asynchronous. */
export interface StaffStore {
  /** Records a sign-in: the person is found by issuer and subject; name and email follow the provider. */
  signedIn(person: { issuer: string; subject: string; name: string; email: string }, at: number): Promise<StaffMember>;
  staff(id: number): Promise<StaffMember | null>;
  /** Staff of this issuer who have signed in before with this email (usually one). */
  staffByEmail(issuer: string, email: string): Promise<StaffMember[]>;
  createSession(token: string, staffId: number, at: number, expiresAt: number): Promise<void>;
  /** The person a session token belongs to while it has not expired, else null. */
  sessionStaff(token: string, now: number): Promise<StaffMember | null>;
  endSession(token: string): Promise<void>;
  /** Makes `staffId` the owner of a board, keeping its facilitator secret sealed (see sealedSecrets.ts). */
  setOwner(boardId: string, staffId: number, sealedFacilitatorSecret: Uint8Array, at: number): Promise<void>;
  /** Hands the board to another member of staff; the sealed secret goes with it. */
  moveOwner(boardId: string, staffId: number, at: number): Promise<void>;
  owner(boardId: string): Promise<{ staffId: number; sealedFacilitatorSecret: Uint8Array } | null>;
  /** A person's boards, most recently active first. */
  ownedBoards(staffId: number): Promise<OwnedBoard[]>;
  /** Notes activity on a board (created, joined, opened by its owner). */
  touch(boardId: string, at: number): Promise<void>;
  /** Boards with no activity since `cutoff` (ms since epoch), oldest id order. */
  inactiveSince(cutoff: number): Promise<string[]>;
  /** A persistent random key kept in the database, made on first use. */
  key(name: string, make: () => Uint8Array): Promise<Uint8Array>;
}

/** Session tokens are kept as SHA-256 hashes only. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export class SqliteStaffStore implements StaffStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      upsertStaff: db.prepare(
        `INSERT INTO staff (issuer, subject, name, email, first_seen_at, last_seen_at) VALUES (@issuer, @subject, @name, @email, @at, @at)
         ON CONFLICT (issuer, subject) DO UPDATE SET name = excluded.name, email = excluded.email, last_seen_at = excluded.last_seen_at
         RETURNING id, issuer, subject, name, email`,
      ),
      staffById: db.prepare('SELECT id, issuer, subject, name, email FROM staff WHERE id = ?'),
      staffByEmail: db.prepare('SELECT id, issuer, subject, name, email FROM staff WHERE issuer = ? AND lower(email) = lower(?)'),
      insertSession: db.prepare('INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      sessionStaff: db.prepare(
        `SELECT s.id, s.issuer, s.subject, s.name, s.email FROM staff_sessions x JOIN staff s ON s.id = x.staff_id
         WHERE x.token_hash = ? AND x.expires_at > ?`,
      ),
      deleteSession: db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?'),
      deleteExpiredSessions: db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?'),
      setOwner: db.prepare(
        `INSERT INTO board_owners (board_id, staff_id, since, sealed_facilitator_secret) VALUES (?, ?, ?, ?)
         ON CONFLICT (board_id) DO UPDATE SET staff_id = excluded.staff_id, since = excluded.since, sealed_facilitator_secret = excluded.sealed_facilitator_secret`,
      ),
      moveOwner: db.prepare('UPDATE board_owners SET staff_id = ?, since = ? WHERE board_id = ?'),
      owner: db.prepare('SELECT staff_id, sealed_facilitator_secret FROM board_owners WHERE board_id = ?'),
      ownedBoards: db.prepare(
        `SELECT b.id, b.title, b.created_at, COALESCE(a.last_active_at, b.created_at) AS last_active_at
         FROM board_owners o JOIN boards b ON b.id = o.board_id LEFT JOIN board_activity a ON a.board_id = b.id
         WHERE o.staff_id = ? ORDER BY last_active_at DESC`,
      ),
      touch: db.prepare(
        `INSERT INTO board_activity (board_id, last_active_at) VALUES (?, ?)
         ON CONFLICT (board_id) DO UPDATE SET last_active_at = MAX(last_active_at, excluded.last_active_at)`,
      ),
      inactiveSince: db.prepare(
        `SELECT b.id FROM boards b LEFT JOIN board_activity a ON a.board_id = b.id
         WHERE COALESCE(a.last_active_at, b.created_at) <= ? ORDER BY b.id`,
      ),
      getKey: db.prepare('SELECT value FROM server_keys WHERE name = ?'),
      putKey: db.prepare('INSERT OR IGNORE INTO server_keys (name, value) VALUES (?, ?)'),
    };
  }

  /** Records a sign-in: the person is found by issuer and subject; name and email follow the provider. */
  async signedIn(person: { issuer: string; subject: string; name: string; email: string }, at: number): Promise<StaffMember> {
    return this.statements.upsertStaff.get({ ...person, at }) as StaffRow;
  }

  async staff(id: number): Promise<StaffMember | null> {
    return (this.statements.staffById.get(id) as StaffRow | undefined) ?? null;
  }

  /** Staff of this issuer who have signed in before with this email (usually one). */
  async staffByEmail(issuer: string, email: string): Promise<StaffMember[]> {
    return this.statements.staffByEmail.all(issuer, email) as StaffRow[];
  }

  async createSession(token: string, staffId: number, at: number, expiresAt: number): Promise<void> {
    this.statements.deleteExpiredSessions.run(at);
    this.statements.insertSession.run(tokenHash(token), staffId, at, expiresAt);
  }

  /** The person a session token belongs to while it has not expired, else null. */
  async sessionStaff(token: string, now: number): Promise<StaffMember | null> {
    return (this.statements.sessionStaff.get(tokenHash(token), now) as StaffRow | undefined) ?? null;
  }

  async endSession(token: string): Promise<void> {
    this.statements.deleteSession.run(tokenHash(token));
  }

  /** Makes `staffId` the owner of a board, keeping its facilitator secret sealed (see ownerLinks.ts). */
  async setOwner(boardId: string, staffId: number, sealedFacilitatorSecret: Uint8Array, at: number): Promise<void> {
    this.statements.setOwner.run(boardId, staffId, at, sealedFacilitatorSecret);
  }

  /** Hands the board to another member of staff; the sealed secret goes with it. */
  async moveOwner(boardId: string, staffId: number, at: number): Promise<void> {
    this.statements.moveOwner.run(staffId, at, boardId);
  }

  async owner(boardId: string): Promise<{ staffId: number; sealedFacilitatorSecret: Uint8Array } | null> {
    const row = this.statements.owner.get(boardId) as { staff_id: number; sealed_facilitator_secret: Buffer } | undefined;
    return row ? { staffId: row.staff_id, sealedFacilitatorSecret: new Uint8Array(row.sealed_facilitator_secret) } : null;
  }

  /** A person's boards, most recently active first. */
  async ownedBoards(staffId: number): Promise<OwnedBoard[]> {
    const rows = this.statements.ownedBoards.all(staffId) as { id: string; title: string; created_at: number; last_active_at: number }[];
    return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, lastActiveAt: r.last_active_at }));
  }

  /** Notes activity on a board (created, joined, opened by its owner). */
  async touch(boardId: string, at: number): Promise<void> {
    this.statements.touch.run(boardId, at);
  }

  /** Boards with no activity since `cutoff` (ms since epoch), oldest id order. */
  async inactiveSince(cutoff: number): Promise<string[]> {
    return (this.statements.inactiveSince.all(cutoff) as { id: string }[]).map((r) => r.id);
  }

  /** A persistent random key kept in the file, made on first use. */
  async key(name: string, make: () => Uint8Array): Promise<Uint8Array> {
    this.statements.putKey.run(name, make());
    return new Uint8Array((this.statements.getKey.get(name) as { value: Buffer }).value);
  }
}
