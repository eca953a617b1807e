/**
 * The contract every BoardStore keeps, as one vitest suite. `boardStore.test.ts` runs it against
 * MemoryBoardStore and SqliteBoardStore; a new store passes it before the server may use it.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, createBoard, editStatement, readBoard, type SectionId } from '@kinboard/model';
import type { BoardStore, MeetingRecord, NewBoardRecord, StoredDocument } from './BoardStore';

export interface StoreUnderTest {
  readonly store: BoardStore;
  /** Closes the store and opens it again on the same storage; absent for stores that cannot. */
  readonly reopen?: () => Promise<BoardStore>;
  /** Frees everything the store left behind (files, folders, schemas). */
  dispose(): Promise<void> | void;
}

const author = { id: 'p1', name: 'Sam' };

function hash(text: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(text).digest());
}

let boardCounter = 0;
function record(title = 'Family meeting'): NewBoardRecord {
  const id = `board_${String(++boardCounter).padStart(16, '0')}`;
  return {
    id,
    title,
    template: 'three-column',
    createdAt: 1_700_000_000_000 + boardCounter,
    secretHashes: { facilitator: hash(`${id}f`), participant: hash(`${id}p`), viewer: hash(`${id}v`) },
  };
}

interface BoardDoc {
  readonly doc: Y.Doc;
  readonly initial: Uint8Array;
  /** The one stored update `change` makes. */
  next(change: (doc: Y.Doc) => void): Uint8Array;
  /** The stored update that adds a statement saying `text` (to the worries unless `section` says). */
  statement(text: string, section?: SectionId): Uint8Array;
}

/** A board document and a way to capture each change to it as one stored update. */
function boardDoc(title: string): BoardDoc {
  const doc = new Y.Doc();
  createBoard(doc, { title, template: 'three-column' });
  const initial = Y.encodeStateAsUpdate(doc);
  const next = (change: (doc: Y.Doc) => void): Uint8Array => {
    let captured: Uint8Array | null = null;
    const onUpdate = (u: Uint8Array) => (captured = u);
    doc.on('update', onUpdate);
    change(doc);
    doc.off('update', onUpdate);
    if (!captured) throw new Error('change made no update');
    return captured;
  };
  return {
    doc,
    initial,
    next,
    statement: (text, section = 'worries') => next((d) => addStatement(d, { section, text, author })),
  };
}

/** Rebuilds a document the way a room does: snapshot, then updates in order. */
function rebuild(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

const texts = (doc: Y.Doc) => readBoard(doc).sections.flatMap((s) => s.statements.map((st) => st.text));

export function boardStoreContract(
  name: string,
  open: () => Promise<StoreUnderTest> | StoreUnderTest,
  options: { persistent: boolean },
): void {
  describe(`BoardStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: BoardStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await store.close();
      await subject.dispose();
    });

    it('creates a board and reads back its record and first snapshot', async () => {
      const board = record('Smith family');
      const { initial } = boardDoc('Smith family');
      await store.createBoard(board, initial);

      const got = (await store.getBoard(board.id))!;
      expect(got.id).toBe(board.id);
      expect(got.title).toBe('Smith family');
      expect(got.template).toBe('three-column');
      expect(got.createdAt).toBe(board.createdAt);
      for (const role of ['facilitator', 'participant', 'viewer'] as const) {
        expect(Buffer.from(got.secretHashes[role]).equals(Buffer.from(board.secretHashes[role]))).toBe(true);
      }

      // A new board: links never expire, not locked, no meeting.
      expect(got.linkExpiry).toEqual({ facilitator: null, participant: null, viewer: null });
      expect(got.locked).toBe(false);
      expect(got.meeting).toBeNull();

      const stored = await store.loadDocument(board.id);
      expect(stored.updates).toEqual([]);
      expect(stored.lastSeq).toBe(0);
      expect(stored.bytes).toBe(initial.byteLength);
      expect(readBoard(rebuild(stored)).title).toBe('Smith family');
    });

    it('knows nothing about a board it was never given', async () => {
      expect(await store.getBoard('board_unknown_000000')).toBeNull();
      expect(await store.loadDocument('board_unknown_000000')).toEqual({ snapshot: null, updates: [], lastSeq: 0, bytes: 0 });
    });

    it('refuses a second board with the same id and keeps the first', async () => {
      const board = record('First');
      await store.createBoard(board, boardDoc('First').initial);
      await expect(store.createBoard({ ...board, title: 'Second' }, boardDoc('Second').initial)).rejects.toThrow();
      expect((await store.getBoard(board.id))!.title).toBe('First');
      expect(readBoard(rebuild(await store.loadDocument(board.id))).title).toBe('First');
    });

    it('appends updates with increasing sequence numbers and loads them in order', async () => {
      const board = record();
      const b = boardDoc('Ordered');
      await store.createBoard(board, b.initial);
      let id = '';
      const updates = [
        b.next((d) => (id = addStatement(d, { section: 'worries', text: 'a', author }))),
        b.next((d) => editStatement(d, id, 'ab')),
        b.next((d) => editStatement(d, id, 'abc')),
        b.statement('plan', 'next-steps'),
      ];
      const seqs: number[] = [];
      for (const u of updates) seqs.push(await store.appendUpdate(board.id, u));
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);

      const stored = await store.loadDocument(board.id);
      expect(stored.lastSeq).toBe(seqs.at(-1));
      expect(stored.updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(updates.map((u) => Buffer.from(u).toString('hex')));
      expect(stored.bytes).toBe(b.initial.byteLength + updates.reduce((n, u) => n + u.byteLength, 0));
      expect(texts(rebuild(stored)).sort()).toEqual(['abc', 'plan']);
    });

    it('[P7] appends a batch of updates in one go, numbered after the ones before', async () => {
      const board = record();
      const b = boardDoc('Batched');
      await store.createBoard(board, b.initial);
      const first = await store.appendUpdate(board.id, b.statement('single'));
      const batch = [b.statement('batch one'), b.statement('batch two')];
      const last = await store.appendUpdates(board.id, batch);
      expect(last).toBe(first + 2);
      const stored = await store.loadDocument(board.id);
      expect(stored.lastSeq).toBe(last);
      expect(texts(rebuild(stored)).sort()).toEqual(['batch one', 'batch two', 'single']);
    });

    it("keeps each board's updates to itself", async () => {
      const one = record();
      const two = record();
      const b1 = boardDoc('One');
      const b2 = boardDoc('Two');
      await store.createBoard(one, b1.initial);
      await store.createBoard(two, b2.initial);
      await store.appendUpdate(one.id, b1.statement('only on one'));
      await store.appendUpdate(two.id, b2.statement('only on two'));
      await store.appendUpdate(one.id, b1.statement('one again'));
      expect(texts(rebuild(await store.loadDocument(one.id))).sort()).toEqual(['one again', 'only on one']);
      expect(texts(rebuild(await store.loadDocument(two.id)))).toEqual(['only on two']);
    });

    it('compaction replaces the updates up to a sequence number and keeps the later ones', async () => {
      const board = record();
      const b = boardDoc('Compacted');
      await store.createBoard(board, b.initial);
      const seqs: number[] = [];
      for (let i = 0; i < 3; i++) seqs.push(await store.appendUpdate(board.id, b.statement(`early ${i}`)));
      const snapshot = Y.encodeStateAsUpdate(b.doc);
      const later = [0, 1].map((i) => b.statement(`late ${i}`, 'working-well'));
      for (const u of later) seqs.push(await store.appendUpdate(board.id, u));

      await store.compact(board.id, snapshot, seqs[2]!);
      const stored = await store.loadDocument(board.id);
      expect(Buffer.from(stored.snapshot!).equals(Buffer.from(snapshot))).toBe(true);
      expect(stored.updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(later.map((u) => Buffer.from(u).toString('hex')));
      expect(stored.lastSeq).toBe(seqs[4]);
      expect(stored.bytes).toBe(snapshot.byteLength + later[0]!.byteLength + later[1]!.byteLength);
      expect(texts(rebuild(stored)).sort()).toEqual(['early 0', 'early 1', 'early 2', 'late 0', 'late 1']);

      // Appending goes on after the highest sequence number, never reusing one.
      const after = await store.appendUpdate(board.id, b.statement('after', 'next-steps'));
      expect(after).toBeGreaterThan(seqs[4]!);
    });

    it('compacting everything leaves the snapshot alone, and later appends still number upward', async () => {
      const board = record();
      const b = boardDoc('All compacted');
      await store.createBoard(board, b.initial);
      let last = 0;
      for (let i = 0; i < 4; i++) last = await store.appendUpdate(board.id, b.statement(`w${i}`));
      await store.compact(board.id, Y.encodeStateAsUpdate(b.doc), last);
      const stored = await store.loadDocument(board.id);
      expect(stored.updates).toEqual([]);
      expect(stored.lastSeq).toBe(last);
      expect(texts(rebuild(stored)).sort()).toEqual(['w0', 'w1', 'w2', 'w3']);
      const next = await store.appendUpdate(board.id, b.statement('w4'));
      expect(next).toBeGreaterThan(last);
      expect(texts(rebuild(await store.loadDocument(board.id)))).toContain('w4');
    });

    it('a compaction that fails leaves the stored document as it was', async () => {
      const board = record();
      const b = boardDoc('Failed compaction');
      await store.createBoard(board, b.initial);
      let last = 0;
      for (let i = 0; i < 3; i++) last = await store.appendUpdate(board.id, b.statement(`kept ${i}`));
      const before = await store.loadDocument(board.id);
      await expect(store.compact(board.id, null as unknown as Uint8Array, last)).rejects.toThrow();
      const after = await store.loadDocument(board.id);
      expect(after.lastSeq).toBe(before.lastSeq);
      expect(after.updates.length).toBe(3);
      expect(texts(rebuild(after)).sort()).toEqual(['kept 0', 'kept 1', 'kept 2']);
    });

    it('deleting a board removes its record, document, audit trail and meeting records, and nothing of other boards', async () => {
      const gone = record();
      const kept = record();
      const g = boardDoc('Gone');
      const k = boardDoc('Kept');
      await store.createBoard(gone, g.initial);
      await store.createBoard(kept, k.initial);
      let last = 0;
      for (let i = 0; i < 3; i++) last = await store.appendUpdate(gone.id, g.statement(`gone ${i}`));
      await store.compact(gone.id, Y.encodeStateAsUpdate(g.doc), last - 1);
      await store.appendUpdate(kept.id, k.statement('still here'));
      await store.appendAudit(gone.id, { at: 1, event: 'joined', detail: { name: 'Ana' } });
      await store.appendAudit(kept.id, { at: 1, event: 'joined', detail: { name: 'Bo' } });
      await store.saveMeetingRecord({
        boardId: gone.id,
        id: 'm1',
        startedAt: 1,
        endedAt: 2,
        attendees: [],
        snapshot: Y.encodeStateAsUpdate(g.doc),
      });

      await store.deleteBoard(gone.id);
      expect(await store.listAudit(gone.id)).toEqual([]);
      expect(await store.listMeetingRecords(gone.id)).toEqual([]);
      expect(await store.getMeetingRecord(gone.id, 'm1')).toBeNull();
      expect(await store.listAudit(kept.id)).toHaveLength(1);
      expect(await store.getBoard(gone.id)).toBeNull();
      expect(await store.loadDocument(gone.id)).toEqual({ snapshot: null, updates: [], lastSeq: 0, bytes: 0 });
      expect((await store.getBoard(kept.id))!.title).toBe(kept.title);
      expect(texts(rebuild(await store.loadDocument(kept.id)))).toEqual(['still here']);
    });

    it("changes one link's secret, expiry, the lock and the meeting, and nothing else", async () => {
      const board = record('Settings');
      await store.createBoard(board, boardDoc('Settings').initial);
      const fresh = hash('new participant secret');
      await store.replaceSecret(board.id, 'participant', fresh);
      await store.setLinkExpiry(board.id, 'viewer', 1_800_000_000_000);
      await store.setLocked(board.id, true);
      await store.setMeeting(board.id, { id: 'm1', startedAt: 1_750_000_000_000 });
      let got = (await store.getBoard(board.id))!;
      expect(Buffer.from(got.secretHashes.participant).equals(Buffer.from(fresh))).toBe(true);
      expect(Buffer.from(got.secretHashes.facilitator).equals(Buffer.from(board.secretHashes.facilitator))).toBe(true);
      expect(Buffer.from(got.secretHashes.viewer).equals(Buffer.from(board.secretHashes.viewer))).toBe(true);
      expect(got.linkExpiry).toEqual({ facilitator: null, participant: null, viewer: 1_800_000_000_000 });
      expect(got.locked).toBe(true);
      expect(got.meeting).toEqual({ id: 'm1', startedAt: 1_750_000_000_000 });
      expect(got.title).toBe('Settings');

      await store.setLinkExpiry(board.id, 'viewer', null);
      await store.setLocked(board.id, false);
      await store.setMeeting(board.id, null);
      got = (await store.getBoard(board.id))!;
      expect(got.linkExpiry.viewer).toBeNull();
      expect(got.locked).toBe(false);
      expect(got.meeting).toBeNull();
    });

    it('lists the link expiries still ahead, across boards', async () => {
      const one = record('One');
      const two = record('Two');
      await store.createBoard(one, boardDoc('One').initial);
      await store.createBoard(two, boardDoc('Two').initial);
      await store.setLinkExpiry(one.id, 'viewer', 2_000);
      await store.setLinkExpiry(one.id, 'participant', 500);
      await store.setLinkExpiry(two.id, 'participant', 3_000);
      const found = (await store.linkExpiriesAfter(1_000)).sort((a, b) => a.expiresAt - b.expiresAt);
      expect(found).toEqual([
        { boardId: one.id, role: 'viewer', expiresAt: 2_000 },
        { boardId: two.id, role: 'participant', expiresAt: 3_000 },
      ]);
      await store.setLinkExpiry(two.id, 'participant', null);
      expect(await store.linkExpiriesAfter(1_000)).toEqual([{ boardId: one.id, role: 'viewer', expiresAt: 2_000 }]);
    });

    it("keeps each board's audit trail in order", async () => {
      const one = record();
      const two = record();
      await store.createBoard(one, boardDoc('One').initial);
      await store.createBoard(two, boardDoc('Two').initial);
      await store.appendAudit(one.id, { at: 3, event: 'joined', detail: { role: 'participant', name: 'Ana' } });
      await store.appendAudit(two.id, { at: 1, event: 'board_created', detail: {} });
      await store.appendAudit(one.id, { at: 2, event: 'locked', detail: { locked: true, count: 1, note: null } });
      expect(await store.listAudit(one.id)).toEqual([
        { at: 3, event: 'joined', detail: { role: 'participant', name: 'Ana' } },
        { at: 2, event: 'locked', detail: { locked: true, count: 1, note: null } },
      ]);
      expect(await store.listAudit(two.id)).toEqual([{ at: 1, event: 'board_created', detail: {} }]);
      expect(await store.listAudit('board_unknown_000000')).toEqual([]);
    });

    it('keeps meeting records as they were saved, listed by start, and never replaces one', async () => {
      const board = record();
      const b = boardDoc('Meetings');
      await store.createBoard(board, b.initial);
      addStatement(b.doc, { section: 'worries', text: 'said in the first meeting', author });
      const first: MeetingRecord = {
        boardId: board.id,
        id: 'm_first',
        startedAt: 100,
        endedAt: 200,
        attendees: [{ name: 'Ana', role: 'facilitator', where: 'remote' }],
        snapshot: Y.encodeStateAsUpdate(b.doc),
      };
      const second: MeetingRecord = { ...first, id: 'm_second', startedAt: 300, endedAt: 400, attendees: [], snapshot: b.initial };
      await store.saveMeetingRecord(second);
      await store.saveMeetingRecord(first);

      expect(await store.listMeetingRecords(board.id)).toEqual([
        {
          boardId: board.id,
          id: 'm_first',
          startedAt: 100,
          endedAt: 200,
          attendees: [{ name: 'Ana', role: 'facilitator', where: 'remote' }],
        },
        { boardId: board.id, id: 'm_second', startedAt: 300, endedAt: 400, attendees: [] },
      ]);
      const got = (await store.getMeetingRecord(board.id, 'm_first'))!;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, got.snapshot);
      expect(texts(doc)).toEqual(['said in the first meeting']);
      expect(await store.getMeetingRecord(board.id, 'm_missing')).toBeNull();
      expect(await store.getMeetingRecord('board_unknown_000000', 'm_first')).toBeNull();

      // Immutable: saving the same meeting again is refused and the first record stands.
      await expect(store.saveMeetingRecord({ ...first, endedAt: 999, attendees: [] })).rejects.toThrow();
      expect((await store.getMeetingRecord(board.id, 'm_first'))!.endedAt).toBe(200);
      expect(await store.listMeetingRecords(board.id)).toHaveLength(2);
    });

    it('hands out one 32-byte signing key, the same each time', async () => {
      const key = await store.signingKey();
      expect(key.byteLength).toBe(32);
      expect(Buffer.from(await store.signingKey()).equals(Buffer.from(key))).toBe(true);
    });

    it.runIf(options.persistent)('keeps boards, updates, sequence numbers and the signing key across a reopen', async () => {
      const board = record('Persistent');
      const b = boardDoc('Persistent');
      await store.createBoard(board, b.initial);
      let last = 0;
      for (let i = 0; i < 3; i++) last = await store.appendUpdate(board.id, b.statement(`p${i}`));
      await store.compact(board.id, Y.encodeStateAsUpdate(b.doc), last);
      const key = Buffer.from(await store.signingKey());

      store = await subject.reopen!();
      expect(Buffer.from(await store.signingKey()).equals(key)).toBe(true);
      expect((await store.getBoard(board.id))!.title).toBe('Persistent');
      // Append before any load: the store must still number after what it compacted.
      const next = await store.appendUpdate(board.id, b.statement('p3'));
      expect(next).toBeGreaterThan(last);
      const stored = await store.loadDocument(board.id);
      expect(stored.lastSeq).toBe(next);
      expect(texts(rebuild(stored)).sort()).toEqual(['p0', 'p1', 'p2', 'p3']);
    });
  });
}
