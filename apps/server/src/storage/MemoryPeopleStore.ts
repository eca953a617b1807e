/** People, credentials, lobby and admission in memory, for tests and benchmarks (see PeopleStore). */
import type { LobbyRequest, PeopleStore, StoredPerson } from './PeopleStore';

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  return a !== null && Buffer.from(a).equals(Buffer.from(b));
}

export class MemoryPeopleStore implements PeopleStore {
  private people: StoredPerson[] = [];
  private credentials: { boardId: string; hash: Uint8Array; personId: string }[] = [];
  private requests: LobbyRequest[] = [];
  private readonly admission = new Map<string, boolean>();

  async addPerson(person: StoredPerson): Promise<void> {
    if (await this.getPerson(person.boardId, person.id)) throw new Error(`person ${person.id} exists`);
    this.people.push(person);
  }

  async getPerson(boardId: string, personId: string): Promise<StoredPerson | null> {
    return this.people.find((p) => p.boardId === boardId && p.id === personId) ?? null;
  }

  async listPeople(boardId: string): Promise<StoredPerson[]> {
    return this.people
      .filter((p) => p.boardId === boardId && p.removedAt === null)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  async personBySecretHash(boardId: string, secretHash: Uint8Array): Promise<StoredPerson | null> {
    return this.people.find((p) => p.boardId === boardId && p.removedAt === null && sameBytes(p.secretHash, secretHash)) ?? null;
  }

  async removePerson(boardId: string, personId: string, at: number): Promise<void> {
    this.people = this.people.map((p) => (p.boardId === boardId && p.id === personId ? { ...p, removedAt: at, secretHash: null } : p));
    this.credentials = this.credentials.filter((c) => !(c.boardId === boardId && c.personId === personId));
  }

  async setLanguage(boardId: string, personId: string, language: string | null): Promise<void> {
    this.people = this.people.map((p) => (p.boardId === boardId && p.id === personId ? { ...p, language } : p));
  }

  async movePerson(boardId: string, fromId: string, intoId: string): Promise<void> {
    for (const c of this.credentials) if (c.boardId === boardId && c.personId === fromId) c.personId = intoId;
    this.requests = this.requests.map((r) => (r.boardId === boardId && r.personId === fromId ? { ...r, personId: intoId } : r));
  }

  async addCredential(boardId: string, personId: string, credentialHash: Uint8Array): Promise<void> {
    this.credentials.push({ boardId, hash: credentialHash, personId });
  }

  async personByCredential(boardId: string, credentialHash: Uint8Array): Promise<StoredPerson | null> {
    const credential = this.credentials.find((c) => c.boardId === boardId && sameBytes(c.hash, credentialHash));
    const person = credential ? await this.getPerson(boardId, credential.personId) : null;
    return person && person.removedAt === null ? person : null;
  }

  async addLobbyRequest(request: LobbyRequest): Promise<void> {
    this.requests.push(request);
  }

  async getLobbyRequest(boardId: string, requestId: string): Promise<LobbyRequest | null> {
    return this.requests.find((r) => r.boardId === boardId && r.id === requestId) ?? null;
  }

  async seeLobbyRequest(boardId: string, requestId: string, at: number): Promise<void> {
    this.requests = this.requests.map((r) => (r.boardId === boardId && r.id === requestId ? { ...r, lastSeen: at } : r));
  }

  async listWaiting(boardId: string): Promise<LobbyRequest[]> {
    return this.requests.filter((r) => r.boardId === boardId && r.decision === 'waiting').sort((a, b) => a.since - b.since);
  }

  async decideLobbyRequest(
    boardId: string,
    requestId: string,
    decision: Exclude<LobbyRequest['decision'], 'waiting'>,
    personId: string | null,
  ): Promise<void> {
    this.requests = this.requests.map((r) => (r.boardId === boardId && r.id === requestId ? { ...r, decision, personId } : r));
  }

  async admissionRequired(boardId: string): Promise<boolean | null> {
    return this.admission.get(boardId) ?? null;
  }

  async setAdmissionRequired(boardId: string, required: boolean): Promise<void> {
    this.admission.set(boardId, required);
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.people = this.people.filter((p) => p.boardId !== boardId);
    this.credentials = this.credentials.filter((c) => c.boardId !== boardId);
    this.requests = this.requests.filter((r) => r.boardId !== boardId);
    this.admission.delete(boardId);
  }

  async close(): Promise<void> {}
}
