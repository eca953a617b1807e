/** A board with something in every domain, a plan, a network with contacts and a scaled round, for the outputs' tests. */
import type * as Y from 'yjs';
import { drawRecordsArray } from '../draw/drawSchema';
import { setStatementEvidence } from '../mapping/evidence';
import { addStatementToDomain } from '../mapping/fileStatement';
import { setHarmDetails } from '../mapping/harm';
import { addGoalFor } from '../mapping/pairing';
import { setStatementSource } from '../mapping/sources';
import { addNetworkMember } from '../network/networkMembers';
import { setPersonDetails } from '../people/personDetails';
import { addRule } from '../plan/rules';
import { setRuleWhatIf } from '../plan/ruleFields';
import { closeRound, giveOpenAnswer, openRound } from '../scales/rounds';
import { DEFAULT_SCALE_ID, ensureDefaultScale } from '../scales/scales';
import { WORKER } from './board';
import { planBoard } from './planBoard';

export const DANGER_WORDS = 'Children’s services are worried that when Dad drinks he shouts and throws things, and Mia could be hurt.';
export const GOAL_WORDS = 'Mia will be looked after by a sober adult every evening, and Dad will drink only away from home.';

export interface OutputsBoard {
  readonly doc: Y.Doc;
  readonly mum: string;
  readonly gran: string;
  readonly uncle: string;
  readonly mia: string;
}

/** Adds one scale round with the given numbers, by member id, and closes it. */
export function scaleRound(doc: Y.Doc, numbers: Record<string, [string, number]>, meetingId: string): void {
  ensureDefaultScale(doc);
  const round = openRound(doc, { scaleId: DEFAULT_SCALE_ID, mode: 'open', meetingId });
  for (const [memberId, [name, value]] of Object.entries(numbers)) {
    giveOpenAnswer(doc, round, `m:${memberId}`, {
      value,
      name,
      memberId,
      whyNotLower: `${name} sees Gran there every evening`,
      oneHigher: `${name} wants Dad to keep going to his group`,
      recordedBy: null,
    });
  }
  closeRound(doc, round);
}

export function outputsBoard(): OutputsBoard {
  const { doc, mum, gran, uncle, shouting } = planBoard();
  const mia = addNetworkMember(doc, { name: 'Mia', relationship: 'daughter', kind: 'child', id: 'm_mia' });
  setPersonDetails(doc, gran, { contact: '07700 900123' });
  setPersonDetails(doc, uncle, { contact: 'dev@example.org' });
  addGoalFor(doc, shouting, GOAL_WORDS, WORKER, { id: 's_goal' });
  setStatementSource(doc, shouting, { kind: 'agency', agency: "Children's services" });
  const harm = addStatementToDomain(doc, {
    id: 's_harm',
    domain: 'harm',
    text: 'Mia had a bruise on her arm after a row at home.',
    author: WORKER,
  });
  setHarmDetails(doc, harm, { when: 'Last March', howSevere: 'A doctor saw the bruise', impactOnChild: 'Mia would not go home' });
  setStatementEvidence(doc, harm, 'seen-or-heard');
  setStatementSource(doc, harm, { kind: 'member', memberId: gran });
  const factors = [
    ['complicating-factors', 'Dad works nights and sleeps in the day.'],
    ['existing-strengths', 'Mia loves football and goes every Saturday.'],
    ['existing-safety', 'Gran has had Mia to stay every time Dad was drinking this year.'],
    ['next-steps', 'The social worker will visit every week until the review.'],
  ] as const;
  for (const [domain, text] of factors) addStatementToDomain(doc, { domain, text, author: WORKER });
  const opinion = addStatementToDomain(doc, { domain: 'complicating-factors', text: 'Mum seems tired all the time.', author: WORKER });
  setStatementEvidence(doc, opinion, 'opinion');
  addRule(doc, {
    id: 'r_evening',
    text: 'Gran stays at the house every evening until Mia is asleep.',
    doers: [gran],
    statements: [shouting],
  });
  addRule(doc, { id: 'r_school', text: 'Leanne walks Mia to school.', doers: [mum], when: 'every school morning' });
  setRuleWhatIf(doc, 'r_school', {
    ifAway: 'Dev takes her instead',
    backups: [uncle],
    warningSigns: 'Mia late twice',
    warningActors: [gran],
  });
  scaleRound(doc, { [mum]: ['Leanne', 5], [gran]: ['Rosa', 7] }, 'meeting-1');
  drawRecordsArray(doc).push([
    { key: 'page:words-and-pictures', val: { typeName: 'page', id: 'page:words-and-pictures', name: 'Words and pictures', index: 'a3' } },
    {
      key: 'shape:f1',
      val: {
        typeName: 'shape',
        id: 'shape:f1',
        type: 'frame',
        parentId: 'page:words-and-pictures',
        index: 'a1',
        props: { name: 'Who is worried' },
      },
    },
    {
      key: 'shape:t1',
      val: {
        typeName: 'shape',
        id: 'shape:t1',
        type: 'text',
        parentId: 'shape:f1',
        index: 'a1',
        props: { text: 'Sam from the council was worried when Daddy got very cross.' },
      },
    },
  ]);
  return { doc, mum, gran, uncle, mia };
}
