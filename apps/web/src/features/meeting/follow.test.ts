import { describe, expect, it } from 'vitest';
import { drawFocus, drawPageOf } from '../draw';
import { chairToFollow, chairsHere, focusSection, focusText, followerFocus, isNewSummon } from './follow';

const states = new Map<number, Record<string, unknown>>([
  [1, { board: { locked: false, meeting: null } }],
  [5, { user: { id: 'p_jo', name: 'Jo', role: 'facilitator' }, focus: 'column:worries' }],
  [3, { user: { id: 'p_sam', name: 'Sam', role: 'participant' }, focus: 'plan' }],
  [7, { user: { id: 'p_me', name: 'Me', role: 'facilitator' }, focus: 'plan' }],
  [9, { user: { id: 'p_al', name: 'Al', role: 'facilitator' }, focus: 'javascript:alert(1)' }],
]);

describe('following the chair', () => {
  it('reads only facilitators other than this screen, and only real focus targets', () => {
    expect(chairsHere(states, 7)).toEqual([
      { clientId: 5, id: 'p_jo', name: 'Jo', focus: 'column:worries' },
      { clientId: 9, id: 'p_al', name: 'Al', focus: null },
    ]);
  });

  it('follows the chosen chair while they are here, otherwise one whose focus is known', () => {
    const chairs = chairsHere(states, 7);
    expect(chairToFollow(chairs, 'p_al')?.name).toBe('Al');
    expect(chairToFollow(chairs, 'p_gone')?.name).toBe('Jo');
    expect(chairToFollow([], null)).toBeNull();
  });

  it('moves a follower only when the chair is somewhere else', () => {
    const jo = chairsHere(states, 7)[0]!;
    expect(followerFocus(true, jo, 'map')).toBe('column:worries');
    expect(followerFocus(true, jo, 'column:worries')).toBeNull();
    expect(followerFocus(false, jo, 'map')).toBeNull();
    expect(followerFocus(true, { ...jo, focus: null }, 'map')).toBeNull();
    expect(followerFocus(true, null, 'map')).toBeNull();
  });

  it('jumps once per summon, never for one that was there when the board opened', () => {
    const summon = { target: 'plan', at: 100, by: 'Jo' };
    expect(isNewSummon(summon, 0)).toBe(true);
    expect(isNewSummon(summon, 100)).toBe(false);
    expect(isNewSummon(null, 0)).toBe(false);
  });

  it('names where the chair is in plain words', () => {
    expect(focusText('column:worries')).toBe('What are we worried about?');
    expect(focusText('domain:danger-statements')).toBe('Danger statements');
    expect(focusText('scale:safety')).toBe('Scaling');
    expect(focusText('draw:page-1')).toBe('A drawing');
    expect(focusText(drawFocus('page:three-houses'))).toBe('Drawing: Three houses');
    expect(drawPageOf('draw:page:three-houses')).toBe('page:three-houses');
    expect(drawPageOf('plan')).toBeNull();
    expect(focusSection('domain:existing-safety')).toBe('working-well');
    expect(focusSection('column:next-steps')).toBe('next-steps');
    expect(focusSection('plan')).toBeNull();
  });
});
