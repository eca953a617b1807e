import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../createBoard';
import { addGoalFor } from '../mapping/pairing';
import { addStatementToDomain } from '../mapping/fileStatement';
import { addNetworkMember } from '../network/networkMembers';
import { editContingency } from '../plan/contingency';
import { addPlanLine } from '../plan/planLines';
import { addRule } from '../plan/rules';
import { memberAnswerKey, participantAnswerKey } from '../scales/answer';
import { closeRound, giveOpenAnswer, openRound } from '../scales/rounds';
import { addScale, DEFAULT_SCALE_ID } from '../scales/scales';
import { drawRecordsArray } from '../draw/drawSchema';
import { editPageText } from '../draw/pageTexts';
import { setHarmDetails } from '../mapping/harm';
import { setStatementSource, setStatementStance } from '../mapping/sources';
import { addTrajectoryItem } from '../plan/trajectory';
import { peopleInTheRoom, readMeetingRecordContent } from './meetingRecord';

const author = { id: 'p1', name: 'Jo' };

function meetingBoard() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Khan family', template: 'seven-domain' });
  const gran = addNetworkMember(doc, { name: 'Gran', attendance: 'in-room' });
  const rosa = addNetworkMember(doc, { name: 'Aunt Rosa', attendance: 'remote' });
  const danger = addStatementToDomain(doc, { domain: 'danger-statements', text: 'We worry Amy will be hit again', author });
  addGoalFor(doc, danger, 'Amy is collected by Gran every day', author);
  addRule(doc, { text: 'Gran collects Amy from school', doers: [gran], statements: [danger] });
  addPlanLine(doc, 'bottom-lines', { text: 'No contact with Dad after 6pm' });
  editContingency(doc, 'If Gran is ill, Aunt Rosa collects Amy');
  const bedtime = addScale(doc, { question: 'How calm is bedtime?', zeroMeans: 'shouting', tenMeans: 'calm' });
  const earlier = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId: 'm0' });
  closeRound(doc, earlier);
  const round = openRound(doc, { scaleId: bedtime, mode: 'open', meetingId: 'm1' });
  giveOpenAnswer(doc, round, participantAnswerKey('x1'), {
    value: 4,
    whyNotLower: '',
    oneHigher: '',
    name: 'Aunt Rosa',
    memberId: rosa,
    recordedBy: null,
  });
  // Uncle Tom was in the room; his attendance was changed after his number was recorded.
  const tom = addNetworkMember(doc, { name: 'Uncle Tom', attendance: 'not-present' });
  giveOpenAnswer(doc, round, memberAnswerKey(tom), {
    value: 6,
    whyNotLower: '',
    oneHigher: '',
    name: 'Uncle Tom',
    memberId: tom,
    recordedBy: 'Chair Jo',
  });
  return { doc, bedtime, round };
}

describe('meeting record content', () => {
  it("holds the domains with their pair, the plan, the network, the scales and only this meeting's rounds", () => {
    const { doc, bedtime, round } = meetingBoard();
    const content = readMeetingRecordContent(doc, 'm1');
    const domain = (id: string) => content.mapping.columns.flatMap((c) => c.domains).find((d) => d.id === id)!;
    expect(domain('danger-statements').statements.map((s) => s.text)).toEqual(['We worry Amy will be hit again']);
    expect(content.pairs.pairs.map((p) => [p.danger.text, p.goal.text])).toEqual([
      ['We worry Amy will be hit again', 'Amy is collected by Gran every day'],
    ]);
    expect(content.plan.rules.map((r) => r.text)).toEqual(['Gran collects Amy from school']);
    expect(content.plan.bottomLines.map((l) => l.text)).toEqual(['No contact with Dad after 6pm']);
    expect(content.plan.contingency).toBe('If Gran is ill, Aunt Rosa collects Amy');
    expect(content.network.map((m) => m.name)).toEqual(['Gran', 'Aunt Rosa', 'Uncle Tom']);
    expect(content.scales.find((s) => s.id === bedtime)?.question).toBe('How calm is bedtime?');
    expect(content.rounds.map((r) => r.id)).toEqual([round]);
    expect(content.board.sections.flatMap((s) => s.statements)).toHaveLength(2);
  });

  it('holds harm details, whose view and the dispute, the trajectory, and the drawing pages with their words', () => {
    const { doc } = meetingBoard();
    const harm = addStatementToDomain(doc, { domain: 'harm', text: 'Dad hit Amy', author });
    setHarmDetails(doc, harm, { when: 'Last Friday', impactOnChild: 'Amy stopped sleeping' });
    setStatementSource(doc, harm, { kind: 'agency', agency: 'Oak School' });
    setStatementStance(doc, harm, 'disputed', 'Dad says he pushed past her');
    addTrajectoryItem(doc, { date: '2027-03-01', kind: 'review', label: 'Network meeting at Gran’s' });
    drawRecordsArray(doc).push([
      { key: 'page:story', val: { typeName: 'page', id: 'page:story', name: 'Words and pictures', index: 'a2' } },
      { key: 'page:empty', val: { typeName: 'page', id: 'page:empty', name: 'Empty', index: 'a3' } },
      { key: 'shape:1', val: { typeName: 'shape', id: 'shape:1', parentId: 'page:story' } },
    ]);
    editPageText(doc, 'page:story', 'Gran collects Amy after school.');

    const content = readMeetingRecordContent(doc, 'm1');
    const recorded = content.mapping.columns.flatMap((c) => c.statements).find((s) => s.id === harm)!;
    expect(recorded.harm).toEqual({ when: 'Last Friday', howOften: '', howSevere: '', impactOnChild: 'Amy stopped sleeping' });
    expect(recorded.source?.label).toBe('Oak School');
    expect(recorded).toMatchObject({ stance: 'disputed', disputeWords: 'Dad says he pushed past her' });
    expect(content.plan.trajectory.map((t) => t.label)).toEqual(['Network meeting at Gran’s']);
    expect(content.drawings).toEqual([
      { id: 'page:story', name: 'Words and pictures', text: 'Gran collects Amy after school.', drawn: true },
    ]);
  });

  it('holds a round opened before the meeting started and closed while it ran', () => {
    const { doc, round } = meetingBoard();
    const early = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId: null });
    const now = Date.now();
    closeRound(doc, early);
    expect(readMeetingRecordContent(doc, 'm1').rounds.map((r) => r.id)).toEqual([round]);
    const during = readMeetingRecordContent(doc, 'm1', { startedAt: now - 1000, endedAt: now + 60_000 }).rounds.map((r) => r.id);
    expect(during.sort()).toEqual([round, early].sort());
  });

  it('names the people in the room: network members there, and those the facilitator recorded numbers for', () => {
    const { doc } = meetingBoard();
    expect(peopleInTheRoom(doc, 'm1')).toEqual(['Gran', 'Uncle Tom']);
    // Uncle Tom's recorded number belongs to meeting m1, not to another meeting.
    expect(peopleInTheRoom(doc, 'm2')).toEqual(['Gran']);
  });
});
