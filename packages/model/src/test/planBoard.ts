/** A board with a small network and two danger statements, for the plan's tests. */
import type * as Y from 'yjs';
import { addNetworkMember } from '../network/networkMembers';
import { addStatementToDomain } from '../mapping/fileStatement';
import { WORKER, newBoard } from './board';

export interface PlanBoard {
  readonly doc: Y.Doc;
  readonly mum: string;
  readonly gran: string;
  readonly uncle: string;
  /** "Dad shouting and throwing things in the evening" */
  readonly shouting: string;
  /** "Mum too unwell to get up" */
  readonly unwell: string;
}

export function planBoard(clientID?: number): PlanBoard {
  const doc = newBoard(clientID);
  // Members are added a millisecond apart so that network order (by time added) is mum, gran, uncle.
  const now = Date.now;
  let tick = 1_700_000_000_000;
  Date.now = () => tick++;
  let mum: string, gran: string, uncle: string;
  try {
    mum = addNetworkMember(doc, { name: 'Leanne', relationship: 'mum', id: 'm_mum' });
    gran = addNetworkMember(doc, { name: 'Rosa', relationship: 'grandmother', id: 'm_gran' });
    uncle = addNetworkMember(doc, { name: 'Dev', relationship: 'uncle', id: 'm_uncle' });
  } finally {
    Date.now = now;
  }
  const shouting = addStatementToDomain(doc, {
    id: 's_shouting',
    domain: 'danger-statements',
    text: 'Children’s services are worried that when Dad drinks he shouts and throws things, and Mia could be hurt.',
    author: WORKER,
  });
  const unwell = addStatementToDomain(doc, {
    id: 's_unwell',
    domain: 'danger-statements',
    text: 'The school is worried that when Mum is too unwell to get up, Mia misses school and meals.',
    author: WORKER,
  });
  return { doc, mum, gran, uncle, shouting, unwell };
}
