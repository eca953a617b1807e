import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaStep, currentStep, goToStep, readAgenda, removeAgendaStep, setUpAgenda, stepBy } from './agenda';
import { readSummon, summonEveryone } from './focus';
import { extendTimer, pauseTimer, readTimer, resumeTimer, startTimer } from './stepTimer';

describe('agenda', () => {
  it('starts with the four questions; two chairs setting up at once make one agenda', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setUpAgenda(a);
    setUpAgenda(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readAgenda(a).map((s) => s.kind)).toEqual(['working-well', 'worries', 'scaling', 'next-steps']);
    expect(readAgenda(a)).toEqual(readAgenda(b));
  });

  it('the chair adds their own step, moves through the steps, and removing the current step clears it', () => {
    const doc = new Y.Doc();
    setUpAgenda(doc);
    const own = addAgendaStep(doc, 'Words and pictures for Amy', 'step-scaling');
    expect(readAgenda(doc).map((s) => s.title)[3]).toBe('Words and pictures for Amy');
    stepBy(doc, 1);
    expect(currentStep(doc)?.kind).toBe('working-well');
    goToStep(doc, own);
    stepBy(doc, 1);
    expect(currentStep(doc)?.kind).toBe('next-steps');
    stepBy(doc, 1);
    expect(currentStep(doc)?.kind).toBe('next-steps');
    goToStep(doc, own);
    removeAgendaStep(doc, own);
    expect(currentStep(doc)).toBeNull();
    expect(() => goToStep(doc, 'nope')).toThrow(/not on the agenda/);
    expect(() => addAgendaStep(doc, '  ')).toThrow(/1 to/);
  });
});

describe('step timer', () => {
  it('the next agenda step starts with a fresh clock: moving on clears the last step’s timer', () => {
    const doc = new Y.Doc();
    setUpAgenda(doc);
    const [first, second] = readAgenda(doc);
    goToStep(doc, first!.id);
    startTimer(doc, first!.id, 10 * 60_000, 1_000);
    goToStep(doc, first!.id);
    expect(readTimer(doc, 2_000)?.stepId).toBe(first!.id);
    stepBy(doc, 1);
    expect(currentStep(doc)?.id).toBe(second!.id);
    expect(readTimer(doc, 2_000)).toBeNull();
  });

  it('counts down from one stored end time, pauses, resumes and extends', () => {
    const doc = new Y.Doc();
    startTimer(doc, 'step-worries', 10 * 60_000, 1_000);
    expect(readTimer(doc, 61_000)).toMatchObject({ remainingMs: 9 * 60_000, running: true });
    pauseTimer(doc, 121_000);
    expect(readTimer(doc, 999_000)).toMatchObject({ remainingMs: 8 * 60_000, running: false });
    resumeTimer(doc, 200_000);
    extendTimer(doc, 5 * 60_000, 200_000);
    expect(readTimer(doc, 200_000)).toMatchObject({ remainingMs: 13 * 60_000, durationMs: 15 * 60_000 });
    expect(readTimer(doc, 200_000 + 14 * 60_000)).toMatchObject({ remainingMs: 0, overrunMs: 60_000 });
    expect(() => startTimer(doc, 's', -5)).toThrow(/between 1 second and 4 hours/);
  });
});

describe('bring everyone here', () => {
  it('stores the last summon and refuses targets that are not part of a board', () => {
    const doc = new Y.Doc();
    summonEveryone(doc, 'column:worries', 'Chair Jo', 5);
    expect(readSummon(doc)).toEqual({ target: 'column:worries', at: 5, by: 'Chair Jo' });
    expect(() => summonEveryone(doc, 'javascript:alert(1)', 'x')).toThrow();
  });
});
