/**
 * The people on a board: the core behind /api/boards/{id}/people, /admission, /lobby and the
 * identity side of POST /api/tickets, free of HTTP.
 *
 * Who a connection is comes from the server, never from the request [I1]: a personal link's secret
 * names its person; on a shared link a device proves it is the same person as before with the
 * device credential the server gave it, and a device without one becomes a new person (or, where
 * the board requires admission, waits in the lobby until the chair decides [I4]).
 */
import { randomBytes } from 'node:crypto';
import { CloseCode, INTERFACE_LANGUAGES, isInterfaceLanguage } from '@kinboard/model';
import { hashSecret, newSecret } from '../auth/secrets';
import type { Role } from '../auth/roles';
import type { BoardStore } from '../storage/BoardStore';
import type { LobbyRequest, PeopleStore, PersonVia, StoredPerson } from '../storage/PeopleStore';
import type { RoomRegistry } from '../sync/RoomRegistry';
import type { BoardService, IssuedTicket } from './BoardService';
import { ServiceError, ServiceErrorCode } from './errors';

export const MAX_PERSON_NAME = 60;
/** More people waiting than any meeting has: past this, newcomers are asked to try again later. */
export const MAX_WAITING = 50;
/**
 * A waiting device asks about its request every 1.5 s. One that has not asked for this long has
 * gone (the page was closed, the phone lost its signal or went to sleep): the chair no longer sees
 * it as waiting, and it no longer counts toward MAX_WAITING. If it asks again, it is back, with
 * its place in the queue.
 */
export const LOBBY_GONE_MS = 30_000;
export const MAX_RELATION = 80;

/** A person as the chair's list shows them: never a secret. */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly relation?: string;
  /** The interface language they chose (a shipped code), when they or the chair chose one. */
  readonly language?: string;
  readonly hasLink: boolean;
  readonly connected: boolean;
}

export interface NewPerson {
  readonly name: string;
  readonly role: Role;
  readonly relation?: string | null;
}

/** What a device sends with a link secret to say who it is. */
export interface Arrival {
  readonly name: string | null;
  /** The device credential from an earlier ticket on this board. */
  readonly credential: string | null;
  /** The lobby request this device is waiting on. */
  readonly request: string | null;
}

/** Who did something, for the audit line: the person behind the request, when the server knows them. */
export interface Actor {
  readonly person: string;
  readonly name: string;
}

/** The audit line's fields naming who did it. */
export function byWhom(by: Actor | null | undefined): Record<string, string> {
  return by ? { by: by.person, byName: by.name } : {};
}

export type Exchange =
  | { readonly kind: 'ticket'; readonly issued: IssuedTicket; readonly credential: string | null }
  | { readonly kind: 'waiting'; readonly request: string };

const ROLE_RANK: Readonly<Record<Role, number>> = { viewer: 0, participant: 1, facilitator: 2 };

function lesserRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] <= ROLE_RANK[b] ? a : b;
}

export class PeopleService {
  /** Tells other processes a board changed in a way their sockets must follow (a hint, MP4). */
  onChange: ((boardId: string) => void) | null = null;
  /** The ids of the people connected to a board, wherever it is served (MP6); by default this process's room. */
  connectedTo: (boardId: string) => Promise<readonly string[]> = async (boardId) =>
    (this.rooms.loaded(boardId)?.people() ?? []).map((p) => p.person);

  constructor(
    private readonly boards: BoardService,
    private readonly boardStore: BoardStore,
    private readonly people: PeopleStore,
    private readonly rooms: RoomRegistry,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  private async audit(boardId: string, event: string, detail: Record<string, string | number | boolean | null>): Promise<void> {
    await this.boardStore.appendAudit(boardId, { at: this.now(), event, detail });
  }

  private async newPerson(
    boardId: string,
    name: string,
    role: Role,
    via: PersonVia,
    relation: string | null,
    secretHash: Uint8Array | null,
  ): Promise<StoredPerson> {
    const person: StoredPerson = {
      boardId,
      id: `p_${randomBytes(12).toString('hex')}`,
      name,
      role,
      relation,
      language: null,
      via,
      secretHash,
      createdAt: this.now(),
      removedAt: null,
    };
    await this.people.addPerson(person);
    return person;
  }

  /** Adds a person with a personal link of their own; returns them and the link's secret. */
  async invite(boardId: string, details: NewPerson, by: Actor | null = null): Promise<{ person: StoredPerson; secret: string }> {
    const secret = newSecret();
    const person = await this.newPerson(boardId, details.name, details.role, 'personal-link', details.relation ?? null, hashSecret(secret));
    await this.audit(boardId, 'person_invited', { person: person.id, name: person.name, role: person.role, ...byWhom(by) });
    return { person, secret };
  }

  async list(boardId: string): Promise<PersonView[]> {
    const connected = new Set(await this.connectedTo(boardId));
    return (await this.people.listPeople(boardId)).map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      ...(p.relation ? { relation: p.relation } : {}),
      ...(p.language ? { language: p.language } : {}),
      hasLink: p.secretHash !== null,
      connected: connected.has(p.id),
    }));
  }

  /**
   * Removes a person: their link and credentials stop at once, and every socket of theirs (and
   * only theirs) closes with 4408 [I2].
   */
  async remove(boardId: string, personId: string, by: Actor | null = null): Promise<StoredPerson> {
    const person = await this.people.getPerson(boardId, personId);
    if (!person || person.removedAt !== null) throw new ServiceError(ServiceErrorCode.notFound, 'There is no such person on this board');
    await this.people.removePerson(boardId, personId, this.now());
    const closed = this.rooms.loaded(boardId)?.closePerson(personId, CloseCode.removed, 'removed') ?? 0;
    this.onChange?.(boardId);
    this.log(`removed person board=${boardId} person=${personId} sockets=${closed}`);
    await this.audit(boardId, 'person_removed', { person: person.id, name: person.name, role: person.role, ...byWhom(by) });
    return person;
  }

  /**
   * Sets (null: forgets) the interface language on a person's record [I6]. Who is asking comes
   * from the server: `asker` is the owner of the personal link or device credential the request
   * carried, never a name or id in the request. A facilitator link may set anyone's; anyone else
   * only their own. The language must be one of the shipped codes.
   */
  async setLanguage(
    boardId: string,
    personId: string,
    language: unknown,
    asker: { readonly linkRole: Role; readonly actor: Actor | null },
  ): Promise<StoredPerson> {
    if (language !== null && !isInterfaceLanguage(language)) {
      throw new ServiceError(
        ServiceErrorCode.invalidRequest,
        `"language" must be one of: ${INTERFACE_LANGUAGES.join(', ')} (or null to forget it)`,
      );
    }
    const own = asker.actor?.person === personId;
    if (!own && asker.linkRole !== 'facilitator') {
      throw new ServiceError(
        ServiceErrorCode.forbidden,
        "You can set only your own language; the person running the meeting can set anyone's",
      );
    }
    const person = await this.people.getPerson(boardId, personId);
    if (!person || person.removedAt !== null) throw new ServiceError(ServiceErrorCode.notFound, 'There is no such person on this board');
    await this.people.setLanguage(boardId, personId, language);
    if (!own) await this.audit(boardId, 'language_set', { person: person.id, name: person.name, language, ...byWhom(asker.actor) });
    return { ...person, language };
  }

  /**
   * The person making a request: the owner of the personal link it carries, or the person whose
   * device credential it carries (`Kinboard-Credential`); null when neither is known.
   */
  async actorOf(boardId: string, owner: StoredPerson | null, credential: string | null): Promise<Actor | null> {
    const person = owner ?? (credential ? await this.people.personByCredential(boardId, hashSecret(credential)) : null);
    return person ? { person: person.id, name: person.name } : null;
  }

  /**
   * Throws unless a request made with a shared participant or viewer link comes from someone the
   * chair let in, where the board requires admission: the link alone shows a waiting person
   * nothing of the board [I4]. The device proves it with its credential.
   */
  async requireAdmitted(boardId: string, linkRole: Role, owner: StoredPerson | null, credential: string | null): Promise<void> {
    if (owner || linkRole === 'facilitator' || !(await this.admissionRequired(boardId))) return;
    if (credential !== null && (await this.people.personByCredential(boardId, hashSecret(credential)))) return;
    throw new ServiceError(ServiceErrorCode.forbidden, 'The person running the meeting has not let this device in yet');
  }

  async admissionRequired(boardId: string): Promise<boolean> {
    return (await this.people.admissionRequired(boardId)) ?? false;
  }

  async setAdmission(boardId: string, required: boolean, by: Actor | null = null): Promise<void> {
    await this.people.setAdmissionRequired(boardId, required);
    await this.audit(boardId, required ? 'admission_required' : 'admission_not_required', byWhom(by));
  }

  /** The requests still waiting whose device is still asking (see LOBBY_GONE_MS), oldest first. */
  async waiting(boardId: string): Promise<LobbyRequest[]> {
    const since = this.now() - LOBBY_GONE_MS;
    return (await this.people.listWaiting(boardId)).filter((r) => r.lastSeen >= since);
  }

  /**
   * The chair's decision on a waiting newcomer: admit (as `role`, by default the role of the link
   * they opened; as `samePerson`, someone already on the board) or turn away.
   */
  async decide(
    boardId: string,
    requestId: string,
    admit: boolean,
    role: Role | null = null,
    samePerson: string | null = null,
    by: Actor | null = null,
  ): Promise<void> {
    const request = await this.people.getLobbyRequest(boardId, requestId);
    if (!request) throw new ServiceError(ServiceErrorCode.notFound, 'Nobody is waiting with that request');
    if (request.decision !== 'waiting') throw new ServiceError(ServiceErrorCode.conflict, 'That request has already been decided');
    if (!admit) {
      await this.people.decideLobbyRequest(boardId, requestId, 'refused', null);
      await this.audit(boardId, 'turned_away', { name: request.name, ...byWhom(by) });
      return;
    }
    let person: StoredPerson;
    if (samePerson !== null) {
      const existing = await this.people.getPerson(boardId, samePerson);
      if (!existing || existing.removedAt !== null)
        throw new ServiceError(ServiceErrorCode.notFound, 'There is no such person on this board');
      person = existing;
    } else {
      person = await this.newPerson(boardId, request.name, role ?? request.linkRole, 'lobby', null, null);
    }
    await this.people.decideLobbyRequest(boardId, requestId, 'admitted', person.id);
    await this.audit(boardId, 'admitted', { person: person.id, name: person.name, role: person.role, ...byWhom(by) });
  }

  /**
   * Trades a link secret (and what the device says about itself) for a ticket, or for a place in
   * the lobby. Throws wrong secret / expired / refused / not found as ServiceErrors.
   */
  async exchange(boardId: string, secret: string, arrival: Arrival): Promise<Exchange> {
    const { board, role: linkRole, person: owner } = await this.boards.authenticate(boardId, secret);
    if (owner) return { kind: 'ticket', issued: await this.boards.ticketFor(board, owner, owner.role, 'personal'), credential: null };

    if (arrival.credential !== null) {
      const person = await this.people.personByCredential(board.id, hashSecret(arrival.credential));
      if (!person) throw new ServiceError(ServiceErrorCode.wrongSecret, 'This device is no longer known on this board');
      // The chair chose a lobby person's role; anyone else keeps no more than the link they opened allows.
      const role = person.via === 'lobby' ? person.role : lesserRole(person.role, linkRole);
      return { kind: 'ticket', issued: await this.boards.ticketFor(board, person, role, linkRole), credential: null };
    }

    if (arrival.request !== null) {
      const request = await this.people.getLobbyRequest(board.id, arrival.request);
      if (!request) throw new ServiceError(ServiceErrorCode.notFound, 'Nobody is waiting with that request');
      if (request.decision === 'waiting') {
        await this.people.seeLobbyRequest(board.id, request.id, this.now());
        return { kind: 'waiting', request: request.id };
      }
      if (request.decision === 'refused')
        throw new ServiceError(ServiceErrorCode.refused, 'The person running the meeting did not let you join');
      if (request.decision === 'claimed') throw new ServiceError(ServiceErrorCode.wrongSecret, 'That request has already been used');
      const person = request.personId ? await this.people.getPerson(board.id, request.personId) : null;
      if (!person || person.removedAt !== null)
        throw new ServiceError(ServiceErrorCode.wrongSecret, 'This person is no longer on this board');
      await this.people.decideLobbyRequest(board.id, request.id, 'claimed', person.id);
      return await this.withCredential(board.id, person, () => this.boards.ticketFor(board, person, person.role, linkRole));
    }

    if (linkRole !== 'facilitator' && (await this.admissionRequired(board.id))) {
      if (!arrival.name) throw new ServiceError(ServiceErrorCode.invalidRequest, '"name" is needed to ask to join this board');
      if ((await this.waiting(board.id)).length >= MAX_WAITING) {
        throw new ServiceError(ServiceErrorCode.lobbyFull, 'Too many people are waiting to join this board. Try again in a few minutes.');
      }
      const request: LobbyRequest = {
        boardId: board.id,
        id: randomBytes(16).toString('base64url'),
        name: arrival.name,
        linkRole,
        since: this.now(),
        lastSeen: this.now(),
        decision: 'waiting',
        personId: null,
      };
      await this.people.addLobbyRequest(request);
      await this.audit(board.id, 'asked_to_join', { name: request.name, role: linkRole });
      return { kind: 'waiting', request: request.id };
    }

    // The quick path: a shared link on a board without admission makes this device a new person.
    const person = await this.newPerson(board.id, arrival.name ?? '', linkRole, 'shared-link', null, null);
    return await this.withCredential(board.id, person, () => this.boards.ticketFor(board, person, linkRole, linkRole));
  }

  private async withCredential(boardId: string, person: StoredPerson, issue: () => Promise<IssuedTicket>): Promise<Exchange> {
    const issued = await issue();
    const credential = newSecret();
    await this.people.addCredential(boardId, person.id, hashSecret(credential));
    return { kind: 'ticket', issued, credential };
  }

  /** Forgets everything about a deleted board's people. */
  async deleteBoard(boardId: string): Promise<void> {
    await this.people.deleteBoard(boardId);
  }
}
