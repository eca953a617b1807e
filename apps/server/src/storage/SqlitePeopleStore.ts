/**
 * People, device credentials, the lobby and admission settings in the same SQLite file as the
 * boards (its own connection; better-sqlite3 is synchronous, so the two never hold a write at
 * once). Secrets and credentials are kept only as SHA-256 hashes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '../auth/roles';
import { migrate } from './migrations';
import type { LobbyRequest, PeopleStore, PersonVia, StoredPerson } from './PeopleStore';

export interface PersonRow {
  board_id: string;
  id: string;
  name: string;
  role: string;
  relation: string | null;
  /** Added by migration 4; null for everyone before it. */
  language: string | null;
  via: string;
  secret_hash: Buffer | null;
  created_at: number;
  removed_at: number | null;
}

export interface LobbyRow {
  board_id: string;
  id: string;
  name: string;
  link_role: string;
  since: number;
  /** Null for a request made before the column existed: `since` stands in. */
  last_seen: number | null;
  decision: string;
  person_id: string | null;
}

export function personFromRow(row: PersonRow): StoredPerson {
  return {
    boardId: row.board_id,
    id: row.id,
    name: row.name,
    role: row.role as Role,
    relation: row.relation,
    language: row.language ?? null,
    via: row.via as PersonVia,
    secretHash: row.secret_hash ? new Uint8Array(row.secret_hash) : null,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}

export function lobbyFromRow(row: LobbyRow): LobbyRequest {
  return {
    boardId: row.board_id,
    id: row.id,
    name: row.name,
    linkRole: row.link_role as Role,
    since: row.since,
    lastSeen: row.last_seen ?? row.since,
    decision: row.decision as LobbyRequest['decision'],
    personId: row.person_id,
  };
}

export class SqlitePeopleStore implements PeopleStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'kinboard.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON');
    // The board store usually migrated the file already; either may open it first.
    migrate(this.db);
    this.statements = {
      insertPerson: this.db.prepare(
        'INSERT INTO board_people (board_id, id, name, role, relation, language, via, secret_hash, created_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      getPerson: this.db.prepare('SELECT * FROM board_people WHERE board_id = ? AND id = ?'),
      listPeople: this.db.prepare('SELECT * FROM board_people WHERE board_id = ? AND removed_at IS NULL ORDER BY created_at, id'),
      bySecret: this.db.prepare('SELECT * FROM board_people WHERE board_id = ? AND secret_hash = ? AND removed_at IS NULL'),
      setLanguage: this.db.prepare('UPDATE board_people SET language = ? WHERE board_id = ? AND id = ?'),
      removePerson: this.db.prepare('UPDATE board_people SET removed_at = ?, secret_hash = NULL WHERE board_id = ? AND id = ?'),
      dropCredentials: this.db.prepare('DELETE FROM device_credentials WHERE board_id = ? AND person_id = ?'),
      moveCredentials: this.db.prepare('UPDATE device_credentials SET person_id = ? WHERE board_id = ? AND person_id = ?'),
      moveRequests: this.db.prepare('UPDATE lobby_requests SET person_id = ? WHERE board_id = ? AND person_id = ?'),
      insertCredential: this.db.prepare('INSERT INTO device_credentials (board_id, credential_hash, person_id) VALUES (?, ?, ?)'),
      byCredential: this.db.prepare(
        `SELECT p.* FROM device_credentials c JOIN board_people p ON p.board_id = c.board_id AND p.id = c.person_id
         WHERE c.board_id = ? AND c.credential_hash = ? AND p.removed_at IS NULL`,
      ),
      insertRequest: this.db.prepare(
        'INSERT INTO lobby_requests (board_id, id, name, link_role, since, last_seen, decision, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      getRequest: this.db.prepare('SELECT * FROM lobby_requests WHERE board_id = ? AND id = ?'),
      seeRequest: this.db.prepare('UPDATE lobby_requests SET last_seen = ? WHERE board_id = ? AND id = ?'),
      listWaiting: this.db.prepare("SELECT * FROM lobby_requests WHERE board_id = ? AND decision = 'waiting' ORDER BY since, id"),
      decide: this.db.prepare('UPDATE lobby_requests SET decision = ?, person_id = ? WHERE board_id = ? AND id = ?'),
      getAdmission: this.db.prepare('SELECT required FROM board_admission WHERE board_id = ?'),
      putAdmission: this.db.prepare(
        'INSERT INTO board_admission (board_id, required) VALUES (?, ?) ON CONFLICT(board_id) DO UPDATE SET required = excluded.required',
      ),
      deletePeople: this.db.prepare('DELETE FROM board_people WHERE board_id = ?'),
      deleteCredentials: this.db.prepare('DELETE FROM device_credentials WHERE board_id = ?'),
      deleteRequests: this.db.prepare('DELETE FROM lobby_requests WHERE board_id = ?'),
      deleteAdmission: this.db.prepare('DELETE FROM board_admission WHERE board_id = ?'),
    };
  }

  async addPerson(p: StoredPerson): Promise<void> {
    this.statements.insertPerson.run(
      p.boardId,
      p.id,
      p.name,
      p.role,
      p.relation,
      p.language,
      p.via,
      p.secretHash,
      p.createdAt,
      p.removedAt,
    );
  }

  async getPerson(boardId: string, personId: string): Promise<StoredPerson | null> {
    const row = this.statements.getPerson.get(boardId, personId) as PersonRow | undefined;
    return row ? personFromRow(row) : null;
  }

  async listPeople(boardId: string): Promise<StoredPerson[]> {
    return (this.statements.listPeople.all(boardId) as PersonRow[]).map(personFromRow);
  }

  async personBySecretHash(boardId: string, secretHash: Uint8Array): Promise<StoredPerson | null> {
    const row = this.statements.bySecret.get(boardId, secretHash) as PersonRow | undefined;
    return row ? personFromRow(row) : null;
  }

  async removePerson(boardId: string, personId: string, at: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.removePerson.run(at, boardId, personId);
      this.statements.dropCredentials.run(boardId, personId);
    })();
  }

  async setLanguage(boardId: string, personId: string, language: string | null): Promise<void> {
    this.statements.setLanguage.run(language, boardId, personId);
  }

  async movePerson(boardId: string, fromId: string, intoId: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.moveCredentials.run(intoId, boardId, fromId);
      this.statements.moveRequests.run(intoId, boardId, fromId);
    })();
  }

  async addCredential(boardId: string, personId: string, credentialHash: Uint8Array): Promise<void> {
    this.statements.insertCredential.run(boardId, credentialHash, personId);
  }

  async personByCredential(boardId: string, credentialHash: Uint8Array): Promise<StoredPerson | null> {
    const row = this.statements.byCredential.get(boardId, credentialHash) as PersonRow | undefined;
    return row ? personFromRow(row) : null;
  }

  async addLobbyRequest(r: LobbyRequest): Promise<void> {
    this.statements.insertRequest.run(r.boardId, r.id, r.name, r.linkRole, r.since, r.lastSeen, r.decision, r.personId);
  }

  async getLobbyRequest(boardId: string, requestId: string): Promise<LobbyRequest | null> {
    const row = this.statements.getRequest.get(boardId, requestId) as LobbyRow | undefined;
    return row ? lobbyFromRow(row) : null;
  }

  async seeLobbyRequest(boardId: string, requestId: string, at: number): Promise<void> {
    this.statements.seeRequest.run(at, boardId, requestId);
  }

  async listWaiting(boardId: string): Promise<LobbyRequest[]> {
    return (this.statements.listWaiting.all(boardId) as LobbyRow[]).map(lobbyFromRow);
  }

  async decideLobbyRequest(
    boardId: string,
    requestId: string,
    decision: Exclude<LobbyRequest['decision'], 'waiting'>,
    personId: string | null,
  ): Promise<void> {
    this.statements.decide.run(decision, personId, boardId, requestId);
  }

  async admissionRequired(boardId: string): Promise<boolean | null> {
    const row = this.statements.getAdmission.get(boardId) as { required: number } | undefined;
    return row ? row.required === 1 : null;
  }

  async setAdmissionRequired(boardId: string, required: boolean): Promise<void> {
    this.statements.putAdmission.run(boardId, required ? 1 : 0);
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.deletePeople.run(boardId);
      this.statements.deleteCredentials.run(boardId);
      this.statements.deleteRequests.run(boardId);
      this.statements.deleteAdmission.run(boardId);
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
