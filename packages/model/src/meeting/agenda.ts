/**
 * The meeting's agenda: the four questions of the practice as steps, plus any step the
 * facilitator adds. The chair moves through them and everyone sees the current step.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { compareOrder, orderKeyBetween } from '../orderKey';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { randomId } from '../randomId';
import { MEETING, meetingMap } from '../schema';
import { readTimer } from './stepTimer';

/** Focus targets a step can point the board at. */
export type StepKind = 'working-well' | 'worries' | 'scaling' | 'next-steps' | 'own';

/** One step of the meeting's agenda. */
export interface AgendaStepView {
  readonly id: string;
  readonly title: string;
  readonly kind: StepKind;
  readonly order: string;
}

/** The four questions, in the order practitioners ask them. Ids are fixed so two chairs setting up at once make one agenda. */
export const STANDARD_STEPS: readonly { id: string; title: string; kind: StepKind }[] = [
  { id: 'step-working-well', title: "What's working well?", kind: 'working-well' },
  { id: 'step-worries', title: 'What are we worried about?', kind: 'worries' },
  { id: 'step-scaling', title: 'How worried are we? (scaling)', kind: 'scaling' },
  { id: 'step-next-steps', title: 'What needs to happen?', kind: 'next-steps' },
];

export const MAX_STEP_TITLE = 120;

function agenda(doc: Y.Doc): Y.Map<unknown> {
  const meeting = meetingMap(doc);
  let map = meeting.get(MEETING.agenda);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    meeting.set(MEETING.agenda, map);
  }
  return map as Y.Map<unknown>;
}

/** The agenda in order; empty until `setUpAgenda` runs. */
export function readAgenda(doc: Y.Doc): AgendaStepView[] {
  const map = meetingMap(doc).get(MEETING.agenda);
  if (!(map instanceof Y.Map)) return [];
  const steps: AgendaStepView[] = [];
  map.forEach((raw, id) => {
    const s = raw as Partial<AgendaStepView> | null;
    if (!s || typeof s.title !== 'string' || typeof s.order !== 'string') return;
    const kind = (['working-well', 'worries', 'scaling', 'next-steps', 'own'] as const).find((k) => k === s.kind) ?? 'own';
    steps.push({ id, title: s.title, kind, order: s.order });
  });
  return steps.sort(compareOrder);
}

/** Puts the four standard steps on the agenda if they are not there. */
export function setUpAgenda(doc: Y.Doc, origin: ChangeOrigin = LOCAL_CHANGE): void {
  doc.transact(() => {
    const map = agenda(doc);
    let last: string | null = null;
    for (const step of STANDARD_STEPS) {
      const existing = map.get(step.id) as AgendaStepView | undefined;
      if (existing) {
        last = existing.order;
        continue;
      }
      const order = orderKeyBetween(last, null);
      map.set(step.id, { title: step.title, kind: step.kind, order });
      last = order;
    }
  }, origin);
}

/** Adds the facilitator's own step, after `afterStepId` or at the end. */
export function addAgendaStep(doc: Y.Doc, title: string, afterStepId: string | null = null, origin: ChangeOrigin = LOCAL_CHANGE): string {
  const clean = title.trim();
  if (clean.length === 0 || clean.length > MAX_STEP_TITLE) {
    throw new ModelError(ModelErrorCode.invalidText, `A step needs 1 to ${MAX_STEP_TITLE} characters`);
  }
  const steps = readAgenda(doc);
  const at = afterStepId === null ? steps.length : steps.findIndex((s) => s.id === afterStepId) + 1;
  if (at === 0 && afterStepId !== null) throw new ModelError(ModelErrorCode.invalidText, 'That step is not on the agenda');
  const id = randomId('step_');
  doc.transact(() => {
    agenda(doc).set(id, { title: clean, kind: 'own', order: orderKeyBetween(steps[at - 1]?.order ?? null, steps[at]?.order ?? null) });
  }, origin);
  return id;
}

/** Takes a step off the agenda. */
export function removeAgendaStep(doc: Y.Doc, stepId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  doc.transact(() => {
    agenda(doc).delete(stepId);
    if (meetingMap(doc).get(MEETING.currentStep) === stepId) meetingMap(doc).set(MEETING.currentStep, null);
  }, origin);
}

/**
 * Moves the meeting to a step (null: no step). A timer kept for another step is cleared in the
 * same change, so the next step starts with a fresh clock rather than the last one's time.
 */
export function goToStep(doc: Y.Doc, stepId: string | null, origin: ChangeOrigin = LOCAL_CHANGE, now = Date.now()): void {
  if (stepId !== null && !readAgenda(doc).some((s) => s.id === stepId)) {
    throw new ModelError(ModelErrorCode.invalidText, 'That step is not on the agenda');
  }
  const timer = readTimer(doc);
  doc.transact(() => {
    if (meetingMap(doc).get(MEETING.currentStep) !== stepId) meetingMap(doc).set(MEETING.stepSince, now);
    meetingMap(doc).set(MEETING.currentStep, stepId);
    if (timer && timer.stepId !== stepId) meetingMap(doc).set(MEETING.timer, null);
  }, origin);
}

/** The step the meeting is on, if it is still on the agenda. */
export function currentStep(doc: Y.Doc): AgendaStepView | null {
  const id = meetingMap(doc).get(MEETING.currentStep);
  return readAgenda(doc).find((s) => s.id === id) ?? null;
}

/** Moves to the next (+1) or previous (−1) step; stays put at either end. */
export function stepBy(doc: Y.Doc, delta: 1 | -1, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const steps = readAgenda(doc);
  if (steps.length === 0) return;
  const at = steps.findIndex((s) => s.id === currentStep(doc)?.id);
  const next = at === -1 ? (delta === 1 ? 0 : steps.length - 1) : Math.max(0, Math.min(steps.length - 1, at + delta));
  goToStep(doc, steps[next]!.id, origin);
}
