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

  addPerson(person: StoredPerson): void {
    if (this.getPerson(person.boardId, person.id)) throw new Error(`person ${person.id} exists`);
    this.people.push(person);
  }

  getPerson(boardId: string, personId: string): StoredPerson | null {
    return this.people.find((p) => p.boardId === boardId && p.id === personId) ?? null;
  }

  listPeople(boardId: string): StoredPerson[] {
    return this.people
      .filter((p) => p.boardId === boardId && p.removedAt === null)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  personBySecretHash(boardId: string, secretHash: Uint8Array): StoredPerson | null {
    return this.people.find((p) => p.boardId === boardId && p.removedAt === null && sameBytes(p.secretHash, secretHash)) ?? null;
  }

  removePerson(boardId: string, personId: string, at: number): void {
    this.people = this.people.map((p) => (p.boardId === boardId && p.id === personId ? { ...p, removedAt: at, secretHash: null } : p));
    this.credentials = this.credentials.filter((c) => !(c.boardId === boardId && c.personId === personId));
  }

  movePerson(boardId: string, fromId: string, intoId: string): void {
    for (const c of this.credentials) if (c.boardId === boardId && c.personId === fromId) c.personId = intoId;
    this.requests = this.requests.map((r) => (r.boardId === boardId && r.personId === fromId ? { ...r, personId: intoId } : r));
  }

  addCredential(boardId: string, personId: string, credentialHash: Uint8Array): void {
    this.credentials.push({ boardId, hash: credentialHash, personId });
  }

  personByCredential(boardId: string, credentialHash: Uint8Array): StoredPerson | null {
    const credential = this.credentials.find((c) => c.boardId === boardId && sameBytes(c.hash, credentialHash));
    const person = credential ? this.getPerson(boardId, credential.personId) : null;
    return person && person.removedAt === null ? person : null;
  }

  addLobbyRequest(request: LobbyRequest): void {
    this.requests.push(request);
  }

  getLobbyRequest(boardId: string, requestId: string): LobbyRequest | null {
    return this.requests.find((r) => r.boardId === boardId && r.id === requestId) ?? null;
  }

  listWaiting(boardId: string): LobbyRequest[] {
    return this.requests.filter((r) => r.boardId === boardId && r.decision === 'waiting').sort((a, b) => a.since - b.since);
  }

  decideLobbyRequest(
    boardId: string,
    requestId: string,
    decision: Exclude<LobbyRequest['decision'], 'waiting'>,
    personId: string | null,
  ): void {
    this.requests = this.requests.map((r) => (r.boardId === boardId && r.id === requestId ? { ...r, decision, personId } : r));
  }

  admissionRequired(boardId: string): boolean | null {
    return this.admission.get(boardId) ?? null;
  }

  setAdmissionRequired(boardId: string, required: boolean): void {
    this.admission.set(boardId, required);
  }

  deleteBoard(boardId: string): void {
    this.people = this.people.filter((p) => p.boardId !== boardId);
    this.credentials = this.credentials.filter((c) => c.boardId !== boardId);
    this.requests = this.requests.filter((r) => r.boardId !== boardId);
    this.admission.delete(boardId);
  }

  close(): void {}
}
