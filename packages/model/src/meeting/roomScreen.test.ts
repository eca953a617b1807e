import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement } from '../statements';
import { GRAN, newBoard } from '../test/board';
import { goToStep, readAgenda, setUpAgenda } from './agenda';
import { summonEveryone } from './focus';
import {
  readRoomScreen,
  roomPageAt,
  setRoomLanguage,
  setRoomPace,
  showOnRoomScreen,
  showStepOnRoomScreen,
  turnRoomPage,
} from './roomScreen';
import { pauseTimer, startTimer } from './stepTimer';

function meetingOn(stepIndex: number, now = 1_000): { doc: Y.Doc; stepIds: string[] } {
  const doc = newBoard();
  setUpAgenda(doc);
  const stepIds = readAgenda(doc).map((s) => s.id);
  goToStep(doc, stepIds[stepIndex] ?? null, undefined, now);
  return { doc, stepIds };
}

describe('the room screen', () => {
  it("shows the current step's part, and nothing before the meeting has a step", () => {
    const doc = newBoard();
    setUpAgenda(doc);
    expect(readRoomScreen(doc).target).toBeNull();
    const [, worries, scaling] = readAgenda(doc);
    goToStep(doc, worries!.id);
    expect(readRoomScreen(doc)).toMatchObject({ target: 'column:worries', sent: false, page: 0 });
    goToStep(doc, scaling!.id);
    expect(readRoomScreen(doc).target).toBe('scale:safety');
  });

  it('shows what the chair sends until the chair sends another or moves to another step', () => {
    const { doc, stepIds } = meetingOn(1);
    showOnRoomScreen(doc, 'plan', 2_000);
    expect(readRoomScreen(doc)).toMatchObject({ target: 'plan', sent: true, since: 2_000 });
    showOnRoomScreen(doc, 'join', 3_000);
    expect(readRoomScreen(doc).target).toBe('join');
    showStepOnRoomScreen(doc);
    expect(readRoomScreen(doc)).toMatchObject({ target: 'column:worries', sent: false });
    showOnRoomScreen(doc, 'draw:storyboard', 4_000);
    goToStep(doc, stepIds[3]!);
    expect(readRoomScreen(doc)).toMatchObject({ target: 'column:next-steps', sent: false });
    // Going back to the step it was sent in does not bring back an old sending.
    goToStep(doc, stepIds[1]!);
    expect(readRoomScreen(doc).target).toBe('column:worries');
  });

  it("the chair's own work (timer, summons, typing in another part) never moves it", () => {
    const { doc, stepIds } = meetingOn(1);
    const before = readRoomScreen(doc);
    startTimer(doc, stepIds[1]!, 10 * 60_000);
    pauseTimer(doc);
    summonEveryone(doc, 'meeting', 'Chair Jo');
    addStatement(doc, { section: 'next-steps', text: 'Mum and Dad keep Sam safe at weekends', author: GRAN });
    expect(readRoomScreen(doc)).toEqual(before);
  });

  it('every room screen reads the same thing from the board', () => {
    const chair = meetingOn(0).doc;
    const room = new Y.Doc();
    showOnRoomScreen(chair, 'domain:harm', 5_000);
    turnRoomPage(chair, 2, 6_000);
    Y.applyUpdate(room, Y.encodeStateAsUpdate(chair));
    expect(readRoomScreen(room)).toEqual(readRoomScreen(chair));
    expect(readRoomScreen(room)).toMatchObject({ target: 'domain:harm', page: 2, since: 6_000 });
  });

  it('a page turned for one showing does not carry over to the next', () => {
    const { doc, stepIds } = meetingOn(1);
    turnRoomPage(doc, 2);
    expect(readRoomScreen(doc).page).toBe(2);
    goToStep(doc, stepIds[2]!);
    expect(readRoomScreen(doc).page).toBe(0);
    showOnRoomScreen(doc, 'plan');
    expect(readRoomScreen(doc).page).toBe(0);
  });

  it("stays on the chair's page, and at a pace turns one page each interval, round to the first", () => {
    const { doc } = meetingOn(1, 0);
    turnRoomPage(doc, 5, 0);
    expect(roomPageAt(readRoomScreen(doc), 3, 99_000)).toBe(2);
    turnRoomPage(doc, 1, 10_000);
    setRoomPace(doc, 20, 1, 10_000);
    const view = readRoomScreen(doc);
    expect(view.paceSeconds).toBe(20);
    expect([0, 19_999, 20_000, 40_000, 60_000].map((dt) => roomPageAt(view, 3, 10_000 + dt))).toEqual([1, 1, 2, 0, 1]);
    expect(roomPageAt(view, 1, 90_000)).toBe(0);
    expect(() => setRoomPace(doc, 7, 0)).toThrow(/not a pace/);
  });

  it('refuses what it cannot show and reads a damaged entry as the step', () => {
    const { doc } = meetingOn(1);
    expect(() => showOnRoomScreen(doc, 'javascript:alert(1)')).toThrow();
    doc.getMap('meeting').set('roomSent', { target: 42, at: 'soon' });
    doc.getMap('meeting').set('roomPage', { key: 7, page: -3 });
    doc.getMap('meeting').set('roomPace', 1e9);
    expect(readRoomScreen(doc)).toMatchObject({ target: 'column:worries', sent: false, page: 0, paceSeconds: 0 });
  });
});

describe("the room screen's second language", () => {
  it('is one of the shipped languages the chair chose, or none', () => {
    const { doc } = meetingOn(1);
    expect(readRoomScreen(doc).secondLanguage).toBeNull();
    setRoomLanguage(doc, 'pl');
    expect(readRoomScreen(doc).secondLanguage).toBe('pl');
    setRoomLanguage(doc, 'ar');
    expect(readRoomScreen(doc)).toMatchObject({ target: 'column:worries', secondLanguage: 'ar' });
    setRoomLanguage(doc, null);
    expect(readRoomScreen(doc).secondLanguage).toBeNull();
  });

  it('refuses an unknown code or a huge value and keeps the language it had', () => {
    const { doc } = meetingOn(1);
    setRoomLanguage(doc, 'cy');
    for (const bad of ['xx', 'PL', 'pl-PL', '', 'en-XA', 'p'.repeat(100_000)]) {
      expect(() => setRoomLanguage(doc, bad)).toThrow(/must be one of/);
    }
    expect(readRoomScreen(doc).secondLanguage).toBe('cy');
  });

  it('reads a stored value that is not a shipped language (a hostile or newer client) as none', () => {
    const { doc } = meetingOn(1);
    for (const stored of ['klingon', 42, { code: 'pl' }, 'x'.repeat(10_000)]) {
      doc.getMap('meeting').set('roomLanguage', stored);
      expect(readRoomScreen(doc).secondLanguage).toBeNull();
    }
  });
});
