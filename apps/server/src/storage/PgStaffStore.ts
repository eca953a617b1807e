/**
 * Staff, their sessions, board owners and board activity in PostgreSQL (the tables of
 * pgMigrations.ts). A board's owner and activity rows go with the board (ON DELETE CASCADE).
 */
import type { Sql } from 'postgres';
import { pgKey } from './PgBoardStore';
import { tokenHash, type OwnedBoard, type StaffMember, type StaffStore } from './StaffStore';

export class PgStaffStore implements StaffStore {
  /** `ready` resolves once the schema is current; every call waits for it. */
  constructor(
    private readonly sql: Sql,
    private readonly ready: Promise<void>,
  ) {}

  private async db(): Promise<Sql> {
    await this.ready;
    return this.sql;
  }

  async signedIn(person: { issuer: string; subject: string; name: string; email: string }, at: number): Promise<StaffMember> {
    const [row] = await (await this.db())<StaffMember[]>`
      INSERT INTO staff (issuer, subject, name, email, first_seen_at, last_seen_at)
      VALUES (${person.issuer}, ${person.subject}, ${person.name}, ${person.email}, ${at}, ${at})
      ON CONFLICT (issuer, subject) DO UPDATE SET name = excluded.name, email = excluded.email, last_seen_at = excluded.last_seen_at
      RETURNING id, issuer, subject, name, email`;
    if (!row) throw new Error('sign-in not recorded');
    return { id: row.id, issuer: row.issuer, subject: row.subject, name: row.name, email: row.email };
  }

  async staff(id: number): Promise<StaffMember | null> {
    const [row] = await (await this.db())<StaffMember[]>`SELECT id, issuer, subject, name, email FROM staff WHERE id = ${id}`;
    return row ? { ...row } : null;
  }

  async staffByEmail(issuer: string, email: string): Promise<StaffMember[]> {
    const rows = await (await this.db())<StaffMember[]>`
      SELECT id, issuer, subject, name, email FROM staff WHERE issuer = ${issuer} AND lower(email) = lower(${email}) ORDER BY id`;
    return rows.map((r) => ({ ...r }));
  }

  async createSession(token: string, staffId: number, at: number, expiresAt: number): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await tx`DELETE FROM staff_sessions WHERE expires_at <= ${at}`;
      await tx`INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES (${tokenHash(token)}, ${staffId}, ${at}, ${expiresAt})`;
    });
  }

  async sessionStaff(token: string, now: number): Promise<StaffMember | null> {
    const [row] = await (await this.db())<StaffMember[]>`
      SELECT s.id, s.issuer, s.subject, s.name, s.email FROM staff_sessions x JOIN staff s ON s.id = x.staff_id
      WHERE x.token_hash = ${tokenHash(token)} AND x.expires_at > ${now}`;
    return row ? { ...row } : null;
  }

  async endSession(token: string): Promise<void> {
    await (await this.db())`DELETE FROM staff_sessions WHERE token_hash = ${tokenHash(token)}`;
  }

  async setOwner(boardId: string, staffId: number, sealedFacilitatorSecret: Uint8Array, at: number): Promise<void> {
    await (await this.db())`
      INSERT INTO board_owners (board_id, staff_id, since, sealed_facilitator_secret) VALUES (${boardId}, ${staffId}, ${at}, ${sealedFacilitatorSecret})
      ON CONFLICT (board_id) DO UPDATE SET staff_id = excluded.staff_id, since = excluded.since, sealed_facilitator_secret = excluded.sealed_facilitator_secret`;
  }

  async moveOwner(boardId: string, staffId: number, at: number): Promise<void> {
    await (await this.db())`UPDATE board_owners SET staff_id = ${staffId}, since = ${at} WHERE board_id = ${boardId}`;
  }

  async owner(boardId: string): Promise<{ staffId: number; sealedFacilitatorSecret: Uint8Array } | null> {
    const [row] = await (await this.db())<{ staff_id: number; sealed_facilitator_secret: Buffer }[]>`
      SELECT staff_id, sealed_facilitator_secret FROM board_owners WHERE board_id = ${boardId}`;
    return row ? { staffId: row.staff_id, sealedFacilitatorSecret: new Uint8Array(row.sealed_facilitator_secret) } : null;
  }

  async ownedBoards(staffId: number): Promise<OwnedBoard[]> {
    const rows = await (await this.db())<{ id: string; title: string; created_at: number; last_active_at: number }[]>`
      SELECT b.id, b.title, b.created_at, COALESCE(a.last_active_at, b.created_at) AS last_active_at
      FROM board_owners o JOIN boards b ON b.id = o.board_id LEFT JOIN board_activity a ON a.board_id = b.id
      WHERE o.staff_id = ${staffId} ORDER BY last_active_at DESC`;
    return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, lastActiveAt: r.last_active_at }));
  }

  async touch(boardId: string, at: number): Promise<void> {
    await (await this.db())`INSERT INTO board_activity (board_id, last_active_at) VALUES (${boardId}, ${at})
      ON CONFLICT (board_id) DO UPDATE SET last_active_at = GREATEST(board_activity.last_active_at, excluded.last_active_at)`;
  }

  async inactiveSince(cutoff: number): Promise<string[]> {
    const rows = await (await this.db())<{ id: string }[]>`
      SELECT b.id FROM boards b LEFT JOIN board_activity a ON a.board_id = b.id
      WHERE COALESCE(a.last_active_at, b.created_at) <= ${cutoff} ORDER BY b.id`;
    return rows.map((r) => r.id);
  }

  async key(name: string, make: () => Uint8Array): Promise<Uint8Array> {
    return pgKey(await this.db(), name, make);
  }
}
