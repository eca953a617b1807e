/**
 * What a facilitator can do to a board beyond editing it: replace and expire links, lock,
 * remove a person, run meetings, read the audit trail, delete the board for good. Each action
 * changes storage first, then tells the board's open connections, then writes the audit line.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
  CloseCode,
  ROOT,
  SERVER_CHANGE,
  clearTimer,
  meetingAttendance,
  readMeetingRecordContent,
  readTimer,
  type JoinedPerson,
  type MeetingRecordContent,
} from '@kinboard/model';
import { hashSecret, newSecret } from '../auth/secrets';
import { LinkSecrets, isSharedRole } from '../auth/linkSecrets';
import type { Role } from '../auth/roles';
import type { Attendee, AuditEntry, BoardStore, MeetingSummary } from '../storage/BoardStore';
import type { JSONValue } from '../storage/PgBoardActions';
import type { PeopleStore } from '../storage/PeopleStore';
import type { BoardRoom } from '../sync/BoardRoom';
import type { RoomRegistry } from '../sync/RoomRegistry';
import { OwnerActions } from './OwnerActions';
import { byWhom, type Actor } from './PeopleService';
import { ServiceError, ServiceErrorCode } from './errors';
import { LinkExpiryTimers } from './LinkExpiryTimers';

/** A meeting record as the API shows it: who came, and the whole board as it was at the end. */
export interface MeetingRecordView extends MeetingSummary, MeetingRecordContent {
  /** The board as it was at the end (base64 Yjs update), when a page was drawn on; null otherwise. */
  readonly boardAtEnd: string | null;
}

export interface BoardAdminOptions {
  readonly now?: () => number;
  /** Longest single wait of a link-expiry timer (see LinkExpiryTimers); tests shorten it. */
  readonly expiryStepMs?: number;
  /** The board's people: removing someone revokes them, and deleting a board forgets them. */
  readonly people?: PeopleStore;
  /** Where actions that need the board's room run (MP6); by default always here (one process). */
  readonly owner?: OwnerActions;
}

/** Who is connected to a board, as the process serving it sees them. */
export type ConnectedPerson = { readonly person: string; readonly role: Role; readonly name: string | null };

/** Audit events after which other processes must look at the board again (MP4). */
const CHANGES_OTHERS_SEE = new Set([
  'link_replaced',
  'link_expiry_set',
  'locked',
  'unlocked',
  'person_removed',
  'meeting_started',
  'meeting_ended',
]);

export class BoardAdmin {
  /** Closes expired links' sockets; `createKinboardServer` arms it from storage at start. */
  readonly expiries: LinkExpiryTimers;
  /** Tells other processes a board changed in a way their sockets must follow (a hint, MP4). */
  onChange: ((boardId: string) => void) | null = null;
  private readonly now: () => number;
  private readonly people: PeopleStore | null;
  /** Runs what needs the board's room on the process serving the board (MP6). */
  readonly owner: OwnerActions;

  constructor(
    private readonly store: BoardStore,
    private readonly rooms: RoomRegistry,
    private readonly log: (line: string) => void,
    options: BoardAdminOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.people = options.people ?? null;
    this.expiries = new LinkExpiryTimers(store, rooms, log, this.now, options.expiryStepMs);
    this.owner = options.owner ?? new OwnerActions(rooms, null, null, { waitMs: 0, log });
    this.owner.register('connected', 'peek', async (_boardId, room) => room?.people() ?? []);
    this.owner.register('closeConnection', 'peek', async (_boardId, room, args) => {
      const clientId = typeof args === 'number' ? args : Number.NaN;
      return room?.removePerson(clientId, CloseCode.removed) ?? null;
    });
    this.owner.register('endMeeting', 'load', async (boardId, room, args) => {
      if (!room) throw new Error('endMeeting needs the board');
      return (await this.endMeetingHere(boardId, room, actorFrom(args))) as unknown as JSONValue;
    });
  }

  /** Who is connected to the board now, wherever it is served (MP6). */
  async connected(boardId: string): Promise<ConnectedPerson[]> {
    return (await this.owner.run(boardId, 'connected', null)) as ConnectedPerson[];
  }

  private async audit(boardId: string, event: string, detail: AuditEntry['detail'] = {}): Promise<void> {
    await this.store.appendAudit(boardId, { at: this.now(), event, detail });
    if (CHANGES_OTHERS_SEE.has(event)) this.onChange?.(boardId);
  }

  private async board(boardId: string) {
    const board = await this.store.getBoard(boardId);
    if (!board) throw new ServiceError(ServiceErrorCode.boardNotFound, 'There is no board with that id');
    return board;
  }

  /** Called by the socket adapter when a person's connection is accepted; the line names the person. */
  async recordJoin(boardId: string, role: Role, name: string | null, person: string | null = null): Promise<void> {
    await this.audit(boardId, 'joined', { person, role, name });
  }

  /** Gives `role` a new link secret. The old link and every socket opened with it stop at once. */
  async replaceLink(boardId: string, role: Role, by: Actor | null = null): Promise<string> {
    const board = await this.board(boardId);
    const secret = isSharedRole(role)
      ? new LinkSecrets(await this.store.signingKey()).next(boardId, role, board.secretHashes[role])
      : newSecret();
    await this.store.replaceSecret(boardId, role, hashSecret(secret));
    this.rooms.loaded(boardId)?.closeRole(role, CloseCode.unauthorised, 'link replaced');
    await this.audit(boardId, 'link_replaced', { role, ...byWhom(by) });
    return secret;
  }

  /**
   * The secret of a board's participant or viewer link as it is now, for a facilitator to show
   * (the room screen's join code); null when the link was made before the server could show it.
   */
  async currentLink(boardId: string, role: Role): Promise<string | null> {
    const board = await this.board(boardId);
    if (!isSharedRole(role)) return null;
    return new LinkSecrets(await this.store.signingKey()).current(boardId, role, board.secretHashes[role]);
  }

  /** Sets when a participant or viewer link stops working; null for never. */
  async setLinkExpiry(boardId: string, role: Role, expiresAt: number | null, by: Actor | null = null): Promise<void> {
    if (role === 'facilitator') {
      throw new ServiceError(ServiceErrorCode.invalidRequest, 'Only participant and viewer links can expire');
    }
    if (expiresAt !== null && !Number.isFinite(expiresAt)) {
      throw new ServiceError(ServiceErrorCode.invalidRequest, '"expiresAt" must be an ISO date and time or null');
    }
    await this.board(boardId);
    await this.store.setLinkExpiry(boardId, role, expiresAt);
    await this.expiries.arm(boardId, role);
    await this.audit(boardId, 'link_expiry_set', {
      role,
      expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
      ...byWhom(by),
    });
  }

  /** Locks (only facilitators may change the board) or unlocks it, and tells everyone. */
  async setLocked(boardId: string, locked: boolean, by: Actor | null = null): Promise<void> {
    const board = await this.board(boardId);
    await this.store.setLocked(boardId, locked);
    this.rooms.loaded(boardId)?.setStatus({ locked, meeting: board.meeting });
    await this.audit(boardId, locked ? 'locked' : 'unlocked', byWhom(by));
  }

  /**
   * Closes the connection whose presence is `clientId`. With `replaceLink`, that person's link is
   * replaced too, so they cannot come straight back (nor can others who share that link).
   */
  async removePerson(
    boardId: string,
    clientId: number,
    replaceLink: boolean,
    by: Actor | null = null,
  ): Promise<{ name: string | null; role: Role; newSecret: string | null }> {
    await this.board(boardId);
    // The presence id names a connection, known only to the process serving the board (MP6).
    const removed = (await this.owner.run(boardId, 'closeConnection', clientId)) as ConnectedPerson | null;
    if (!removed) throw new ServiceError(ServiceErrorCode.notFound, 'That person is not connected to this board');
    // The person, not only this socket, is removed: their other devices close and nothing they hold opens the board again [I2].
    const people = this.people;
    if (people && (await people.getPerson(boardId, removed.person))?.removedAt === null) {
      await people.removePerson(boardId, removed.person, this.now());
      this.rooms.loaded(boardId)?.closePerson(removed.person, CloseCode.removed, 'removed');
    }
    await this.audit(boardId, 'person_removed', {
      person: removed.person,
      name: removed.name,
      role: removed.role,
      linkReplaced: replaceLink,
      ...byWhom(by),
    });
    const secret = replaceLink ? await this.replaceLink(boardId, removed.role, by) : null;
    return { ...removed, newSecret: secret };
  }

  async startMeeting(boardId: string, by: Actor | null = null): Promise<{ id: string; startedAt: number }> {
    const board = await this.board(boardId);
    if (board.meeting) throw new ServiceError(ServiceErrorCode.conflict, 'A meeting is already in progress on this board');
    const meeting = { id: randomBytes(8).toString('base64url'), startedAt: this.now() };
    await this.store.setMeeting(boardId, meeting);
    const room = this.rooms.loaded(boardId);
    room?.setStatus({ locked: board.locked, meeting });
    await this.audit(boardId, 'meeting_started', { meeting: meeting.id, ...byWhom(by) });
    // People already on the board attend too, not only those who join later, wherever it is served (MP6).
    const present = new Map((await this.connected(boardId)).map((p) => [p.person, p]));
    for (const p of present.values()) await this.audit(boardId, 'present_at_start', { person: p.person, role: p.role, name: p.name });
    return meeting;
  }

  /** Ends the meeting in progress and keeps an unchangeable record of it. */
  async endMeeting(boardId: string, by: Actor | null = null): Promise<MeetingSummary> {
    await this.board(boardId);
    // The record is the board in the serving process's memory, with everything in it committed first (MP6).
    return (await this.owner.run(boardId, 'endMeeting', by as JSONValue)) as unknown as MeetingSummary;
  }

  private async endMeetingHere(boardId: string, room: BoardRoom, by: Actor | null): Promise<MeetingSummary> {
    const board = await this.board(boardId);
    if (!board.meeting) throw new ServiceError(ServiceErrorCode.conflict, 'No meeting is in progress on this board');
    const endedAt = this.now();
    const record = {
      boardId,
      id: board.meeting.id,
      startedAt: board.meeting.startedAt,
      endedAt,
      attendees: await this.attendees(boardId, board.meeting, room.doc),
      snapshot: Y.encodeStateAsUpdate(room.doc),
    };
    // The record keeps only what is stored: everything in the snapshot is committed first.
    await room.changeDocument(() => {});
    await this.store.saveMeetingRecord(record);
    await this.store.setMeeting(boardId, null);
    room.setStatus({ locked: board.locked, meeting: null });
    // The step timer stops with the meeting instead of running on for everyone, and what was
    // removed during it (now in the record) leaves "Recently removed".
    if (readTimer(room.doc) || room.doc.getMap(ROOT.removed).size > 0) {
      await room.changeDocument((doc) => {
        clearTimer(doc, SERVER_CHANGE);
        doc.getMap(ROOT.removed).clear();
      });
    }
    await this.audit(boardId, 'meeting_ended', { meeting: record.id, ...byWhom(by) });
    const { snapshot: _snapshot, ...summary } = record;
    return summary;
  }

  /**
   * Who came, once each: everyone who joined by link since the meeting started (one line per
   * person however many devices or reconnects, under their network entry's name and with how they
   * took part when the chair tied them to one), then the people the board lists as taking part
   * without a device [I5].
   */
  private async attendees(boardId: string, meeting: { id: string; startedAt: number }, doc: Y.Doc): Promise<Attendee[]> {
    const joined: JoinedPerson[] = [];
    for (const entry of await this.store.listAudit(boardId)) {
      if (entry.at < meeting.startedAt || (entry.event !== 'joined' && entry.event !== 'present_at_start')) continue;
      const name = typeof entry.detail.name === 'string' && entry.detail.name ? entry.detail.name : 'Someone without a name';
      // Older audit lines have no person: those are told apart by name and role, as before.
      joined.push({ person: typeof entry.detail.person === 'string' ? entry.detail.person : null, name, role: String(entry.detail.role) });
    }
    return meetingAttendance(doc, meeting.id, joined).map((a) => ({
      name: a.name,
      role: a.role as Attendee['role'],
      where: a.where,
      ...(a.person ? { person: a.person } : {}),
      ...(a.interprets ? { interprets: a.interprets } : {}),
    }));
  }

  async listMeetings(boardId: string): Promise<MeetingSummary[]> {
    await this.board(boardId);
    return await this.store.listMeetingRecords(boardId);
  }

  async meetingRecord(boardId: string, meetingId: string): Promise<MeetingRecordView> {
    const record = await this.store.getMeetingRecord(boardId, meetingId);
    if (!record) throw new ServiceError(ServiceErrorCode.notFound, 'There is no meeting record with that id on this board');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, record.snapshot);
    const content = readMeetingRecordContent(doc, meetingId, { startedAt: record.startedAt, endedAt: record.endedAt });
    doc.destroy();
    const { snapshot, ...summary } = record;
    // Drawn pages are shown as pictures, which the browser draws from the board as it was at the end.
    const drawn = content.drawings.some((page) => page.drawn);
    return { ...summary, ...content, boardAtEnd: drawn ? Buffer.from(snapshot).toString('base64') : null };
  }

  async auditTrail(boardId: string): Promise<AuditEntry[]> {
    await this.board(boardId);
    return await this.store.listAudit(boardId);
  }

  async recordExport(boardId: string, what: string, by: Actor | null = null): Promise<void> {
    await this.board(boardId);
    await this.audit(boardId, 'exported', { what, ...byWhom(by) });
  }

  /** Notes on the board's audit trail that its owner handed it to a colleague (staff ids only). */
  async recordHandover(boardId: string, fromStaff: string, toStaff: string): Promise<void> {
    await this.board(boardId);
    await this.audit(boardId, 'handed_over', { from: fromStaff, to: toStaff });
  }

  /** Notes in the audit trail that someone with `role` removed a statement, rule or person (kept in "Recently removed"). */
  async recordRemoval(boardId: string, what: string, role: Role, by: Actor | null = null): Promise<void> {
    await this.board(boardId);
    await this.audit(boardId, 'removed', { what, role, ...byWhom(by) });
  }

  /** Removes the board for good: connections closed, every stored trace deleted. */
  async deleteBoard(boardId: string): Promise<void> {
    await this.board(boardId);
    // The room stores what it holds before the board goes, so nothing is written after the deletion.
    await this.rooms.evict(boardId, CloseCode.boardGone, 'board deleted');
    // People first: the board store's deletion ends with the checkpoint that leaves no trace in the file [K9].
    await this.people?.deleteBoard(boardId);
    await this.store.deleteBoard(boardId);
    for (const role of ['participant', 'viewer'] as const) this.expiries.cancel(boardId, role);
    this.onChange?.(boardId);
    this.log(`deleted board=${boardId}`);
  }
}

/** The actor an action handed between processes names (written by the server that authenticated the request). */
function actorFrom(args: JSONValue): Actor | null {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return null;
  const { person, name } = args as { readonly [key: string]: JSONValue };
  return typeof person === 'string' && typeof name === 'string' ? { person, name } : null;
}
