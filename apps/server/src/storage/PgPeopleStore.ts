/**
 * People, device credentials, the lobby and admission settings in PostgreSQL, beside the boards
 * (same database, same connection). Secrets and credentials are kept only as SHA-256 hashes.
 */
import type { Sql } from 'postgres';
import type { LobbyRequest, PeopleStore, StoredPerson } from './PeopleStore';
import { lobbyFromRow, personFromRow, type LobbyRow, type PersonRow } from './SqlitePeopleStore';

export class PgPeopleStore implements PeopleStore {
  /** `ready` resolves once the schema is current; every call waits for it. */
  constructor(
    private readonly sql: Sql,
    private readonly ready: Promise<void>,
  ) {}

  private async db(): Promise<Sql> {
    await this.ready;
    return this.sql;
  }

  async addPerson(p: StoredPerson): Promise<void> {
    await (await this.db())`INSERT INTO board_people (board_id, id, name, role, relation, language, via, secret_hash, created_at, removed_at)
      VALUES (${p.boardId}, ${p.id}, ${p.name}, ${p.role}, ${p.relation}, ${p.language}, ${p.via}, ${p.secretHash}, ${p.createdAt}, ${p.removedAt})`;
  }

  async getPerson(boardId: string, personId: string): Promise<StoredPerson | null> {
    const [row] = await (await this.db())<PersonRow[]>`SELECT * FROM board_people WHERE board_id = ${boardId} AND id = ${personId}`;
    return row ? personFromRow(row) : null;
  }

  async listPeople(boardId: string): Promise<StoredPerson[]> {
    const rows = await (await this.db())<PersonRow[]>`
      SELECT * FROM board_people WHERE board_id = ${boardId} AND removed_at IS NULL ORDER BY created_at, id`;
    return rows.map(personFromRow);
  }

  async personBySecretHash(boardId: string, secretHash: Uint8Array): Promise<StoredPerson | null> {
    const [row] = await (await this.db())<PersonRow[]>`
      SELECT * FROM board_people WHERE board_id = ${boardId} AND secret_hash = ${secretHash} AND removed_at IS NULL`;
    return row ? personFromRow(row) : null;
  }

  async removePerson(boardId: string, personId: string, at: number): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await tx`UPDATE board_people SET removed_at = ${at}, secret_hash = NULL WHERE board_id = ${boardId} AND id = ${personId}`;
      await tx`DELETE FROM device_credentials WHERE board_id = ${boardId} AND person_id = ${personId}`;
    });
  }

  async setLanguage(boardId: string, personId: string, language: string | null): Promise<void> {
    await (await this.db())`UPDATE board_people SET language = ${language} WHERE board_id = ${boardId} AND id = ${personId}`;
  }

  async movePerson(boardId: string, fromId: string, intoId: string): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await tx`UPDATE device_credentials SET person_id = ${intoId} WHERE board_id = ${boardId} AND person_id = ${fromId}`;
      await tx`UPDATE lobby_requests SET person_id = ${intoId} WHERE board_id = ${boardId} AND person_id = ${fromId}`;
    });
  }

  async addCredential(boardId: string, personId: string, credentialHash: Uint8Array): Promise<void> {
    await (await this.db())`INSERT INTO device_credentials (board_id, credential_hash, person_id) VALUES (${boardId}, ${credentialHash}, ${personId})`;
  }

  async personByCredential(boardId: string, credentialHash: Uint8Array): Promise<StoredPerson | null> {
    const [row] = await (await this.db())<PersonRow[]>`
      SELECT p.* FROM device_credentials c JOIN board_people p ON p.board_id = c.board_id AND p.id = c.person_id
      WHERE c.board_id = ${boardId} AND c.credential_hash = ${credentialHash} AND p.removed_at IS NULL`;
    return row ? personFromRow(row) : null;
  }

  async addLobbyRequest(r: LobbyRequest): Promise<void> {
    await (await this.db())`INSERT INTO lobby_requests (board_id, id, name, link_role, since, last_seen, decision, person_id)
      VALUES (${r.boardId}, ${r.id}, ${r.name}, ${r.linkRole}, ${r.since}, ${r.lastSeen}, ${r.decision}, ${r.personId})`;
  }

  async getLobbyRequest(boardId: string, requestId: string): Promise<LobbyRequest | null> {
    const [row] = await (await this.db())<LobbyRow[]>`SELECT * FROM lobby_requests WHERE board_id = ${boardId} AND id = ${requestId}`;
    return row ? lobbyFromRow(row) : null;
  }

  async seeLobbyRequest(boardId: string, requestId: string, at: number): Promise<void> {
    await (await this.db())`UPDATE lobby_requests SET last_seen = ${at} WHERE board_id = ${boardId} AND id = ${requestId}`;
  }

  async listWaiting(boardId: string): Promise<LobbyRequest[]> {
    const rows = await (await this.db())<LobbyRow[]>`
      SELECT * FROM lobby_requests WHERE board_id = ${boardId} AND decision = 'waiting' ORDER BY since, id`;
    return rows.map(lobbyFromRow);
  }

  async decideLobbyRequest(
    boardId: string,
    requestId: string,
    decision: Exclude<LobbyRequest['decision'], 'waiting'>,
    personId: string | null,
  ): Promise<void> {
    await (await this.db())`UPDATE lobby_requests SET decision = ${decision}, person_id = ${personId} WHERE board_id = ${boardId} AND id = ${requestId}`;
  }

  async admissionRequired(boardId: string): Promise<boolean | null> {
    const [row] = await (await this.db())<{ required: boolean }[]>`SELECT required FROM board_admission WHERE board_id = ${boardId}`;
    return row ? row.required : null;
  }

  async setAdmissionRequired(boardId: string, required: boolean): Promise<void> {
    await (await this.db())`INSERT INTO board_admission (board_id, required) VALUES (${boardId}, ${required})
      ON CONFLICT (board_id) DO UPDATE SET required = excluded.required`;
  }

  async deleteBoard(boardId: string): Promise<void> {
    await (await this.db()).begin(async (tx) => {
      await tx`DELETE FROM board_people WHERE board_id = ${boardId}`;
      await tx`DELETE FROM device_credentials WHERE board_id = ${boardId}`;
      await tx`DELETE FROM lobby_requests WHERE board_id = ${boardId}`;
      await tx`DELETE FROM board_admission WHERE board_id = ${boardId}`;
    });
  }

  /** The connection is shared by the stores of one PgStorage, which ends it. */
  async close(): Promise<void> {}
}
