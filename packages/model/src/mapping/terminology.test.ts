import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../sections';
import { DOMAINS } from './domains';
import { FRAMEWORKS, terms } from './terminology';

describe('terms', () => {
  it.each([
    ['signs-of-safety', 'Signs of Safety', 'danger statement', 'safety goal', 'safety plan'],
    ['signs-of-wellbeing', 'Signs of Wellbeing', 'worry statement', 'wellbeing goal', 'wellbeing plan'],
    ['signs-of-success', 'Signs of Success', 'worry statement', 'success goal', 'care plan'],
    ['signs-of-stability', 'Signs of Stability', 'worry statement', 'stability goal', 'stability plan'],
  ] as const)('%s: names the statement, the goal and the plan as the practice guide does', (framework, name, danger, goal, plan) => {
    const t = terms(framework);
    expect([t.name, t.dangerStatement, t.goal, t.plan]).toEqual([name, danger, goal, plan]);
    expect(t.domains['danger-statements'].title).toBe(`${danger.charAt(0).toUpperCase()}${danger.slice(1)}s`);
    expect(t.domains.goals.singular).toBe(goal);
    expect(t.unpairedDangerStatement).toContain(goal);
  });

  it.each(FRAMEWORKS)('%s: has a heading, hint and label for every column and domain, and scale words', (framework) => {
    const t = terms(framework);
    for (const s of SECTIONS)
      for (const field of ['title', 'short', 'hint', 'singular'] as const) expect(t.columns[s.id][field]).not.toBe('');
    for (const d of DOMAINS)
      for (const field of ['title', 'short', 'hint', 'singular'] as const) expect(t.domains[d.id][field]).not.toBe('');
    expect(t.scale.question).toMatch(/\?$/);
    expect(t.scale.zeroMeans).not.toBe('');
    expect(t.scale.tenMeans).not.toBe('');
    expect(t.childFallback).not.toBe('');
  });

  it.each([
    ['signs-of-safety', 'No rule in the safety plan answers this yet', 'Answers the danger statement', 'keep the children safe'],
    ['signs-of-success', 'No rule in the care plan answers this yet', 'Answers the worry statement', 'settled'],
  ] as const)('%s: words the plan’s coverage in its own terms', (framework, gap, ruleAnswers, purpose) => {
    const t = terms(framework).planCoverage;
    expect(t.gap).toBe(gap);
    expect(t.ruleAnswers).toBe(ruleAnswers);
    expect(t.rulesHint).toContain(purpose);
    expect(t.answeredBy).toContain(terms(framework).plan);
  });

  it('reads an unknown framework as Signs of Safety', () => {
    expect(terms('signs-of-something')).toBe(terms('signs-of-safety'));
    expect(terms(undefined).framework).toBe('signs-of-safety');
  });
});
