/**
 * What the server keeps about the people on a board, apart from the board itself: who each person
 * is (a server-issued id, their name and role), the secret hash of their personal link, the device
 * credentials that keep a person who came by a shared link the same person on reconnect, the
 * lobby of people waiting to be admitted, and whether a board requires admission.
 * `SqlitePeopleStore` is the embedded default and `MemoryPeopleStore` serves tests; both pass
 * the same contract suite (storage/peopleStore.contract.ts).
 */
import type { Role } from '../auth/roles';

/** How a person came onto the board. */
export type PersonVia = 'personal-link' | 'shared-link' | 'lobby';

export interface StoredPerson {
  readonly boardId: string;
  /** Server-issued; the `p:{id}` answer key and presence `user.id` of their connections. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** In the family's words ("Nan", "school DSL"); null when not given. */
  readonly relation: string | null;
  /** The interface language they chose (one of the shipped codes, `INTERFACE_LANGUAGES`); null when not chosen. */
  readonly language: string | null;
  readonly via: PersonVia;
  /** SHA-256 of their personal link's secret; null when they have none (or it was revoked). */
  readonly secretHash: Uint8Array | null;
  readonly createdAt: number;
  /** When the chair removed them; a removed person's links and credentials open nothing. */
  readonly removedAt: number | null;
}

/** Someone who opened a shared link on a board that requires admission, and what the chair decided. */
export interface LobbyRequest {
  readonly boardId: string;
  /** Unguessable: the newcomer's device presents it again to learn the decision. */
  readonly id: string;
  readonly name: string;
  /** The role of the shared link they opened. */
  readonly linkRole: Role;
  readonly since: number;
  /** When the device last asked about it (it asks every couple of seconds while it waits). */
  readonly lastSeen: number;
  /** `claimed` once the admitted device has taken its ticket and credential (a request opens the board once). */
  readonly decision: 'waiting' | 'admitted' | 'refused' | 'claimed';
  /** Once admitted: the person they are on the board (new, or someone already listed). */
  readonly personId: string | null;
}

export interface PeopleStore {
  addPerson(person: StoredPerson): Promise<void>;
  getPerson(boardId: string, personId: string): Promise<StoredPerson | null>;
  /** Everyone on the board who has not been removed, oldest first. */
  listPeople(boardId: string): Promise<StoredPerson[]>;
  /** The (not removed) person whose personal link has this secret hash, if any. */
  personBySecretHash(boardId: string, secretHash: Uint8Array): Promise<StoredPerson | null>;
  /** Marks a person removed and forgets their personal link and device credentials. */
  removePerson(boardId: string, personId: string, at: number): Promise<void>;
  /** Sets (or, with null, forgets) a person's interface language. */
  setLanguage(boardId: string, personId: string, language: string | null): Promise<void>;
  /** Points every credential and lobby request of `fromId` at `intoId` (two entries were one person). */
  movePerson(boardId: string, fromId: string, intoId: string): Promise<void>;
  addCredential(boardId: string, personId: string, credentialHash: Uint8Array): Promise<void>;
  /** The person a device credential belongs to, if it is still valid. */
  personByCredential(boardId: string, credentialHash: Uint8Array): Promise<StoredPerson | null>;
  addLobbyRequest(request: LobbyRequest): Promise<void>;
  getLobbyRequest(boardId: string, requestId: string): Promise<LobbyRequest | null>;
  /** Records that the request's device asked about it at `at`. */
  seeLobbyRequest(boardId: string, requestId: string, at: number): Promise<void>;
  /** Requests still waiting for the chair, oldest first. */
  listWaiting(boardId: string): Promise<LobbyRequest[]>;
  decideLobbyRequest(
    boardId: string,
    requestId: string,
    decision: Exclude<LobbyRequest['decision'], 'waiting'>,
    personId: string | null,
  ): Promise<void>;
  /** Whether shared participant and viewer links lead to the lobby; null when never set (boards made before the lobby). */
  admissionRequired(boardId: string): Promise<boolean | null>;
  setAdmissionRequired(boardId: string, required: boolean): Promise<void>;
  /** Forgets everything about a board's people. */
  deleteBoard(boardId: string): Promise<void>;
  close(): Promise<void>;
}
