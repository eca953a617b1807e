/**
 * Every danger statement has one paired goal. The link is stored on one side only, the goal
 * (`pairedWith: { dangerId, at }`), so a goal can never point at two danger statements. Two
 * goals can still point at one danger statement when two people pair at the same moment; the
 * read model then resolves deterministically on every replica:
 *
 * 1. a link counts only while its goal is filed under goals and its target exists and is filed
 *    under danger statements (a link to a deleted or re-filed statement reads as unpaired, and
 *    comes back if the statement does);
 * 2. among the goals linked to one danger statement, the earliest link wins (`at`, then goal id);
 *    the others read as unpaired goals, flagged `taken`.
 *
 * Pairing on one device clears every other link to that danger statement it can see, so a
 * deliberate re-pairing always wins; the rule above only settles truly simultaneous ones.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT, statementsMap } from '../schema';
import type { Author } from '../statements';
import type { DomainId } from './domains';
import { addStatementToDomain } from './fileStatement';
import { readBoardPlacement } from './placement';
import { statementRecord } from './statementRecord';

export interface PairLink {
  readonly dangerId: string;
  readonly at: number;
}

/** Why a goal reads as unpaired. */
export type UnpairedGoalReason = 'not-linked' | 'danger-statement-gone' | 'taken';

export interface ResolvedPairs {
  readonly goalOf: ReadonlyMap<string, string>;
  readonly dangerOf: ReadonlyMap<string, string>;
  /** For goals in the goals domain without a pair. */
  readonly unpairedReason: ReadonlyMap<string, UnpairedGoalReason>;
}

export function readPairLink(value: unknown): PairLink | null {
  const raw = value as { dangerId?: unknown; at?: unknown } | null | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.dangerId !== 'string') return null;
  return { dangerId: raw.dangerId, at: typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : 0 };
}

function domainOf(record: Y.Map<unknown> | undefined): DomainId | null {
  if (!record || typeof record.get !== 'function') return null;
  return readBoardPlacement(record.get(STATEMENT.placement))?.domain ?? null;
}

/** Resolves the stored links into a one-to-one pairing (see the rules above). */
export function resolvePairs(doc: Y.Doc): ResolvedPairs {
  const statements = statementsMap(doc);
  const candidates: { goalId: string; link: PairLink }[] = [];
  const unpairedReason = new Map<string, UnpairedGoalReason>();
  statements.forEach((record, goalId) => {
    if (domainOf(record) !== 'goals') return;
    const link = readPairLink(record.get(STATEMENT.pairedWith));
    if (!link) unpairedReason.set(goalId, 'not-linked');
    else if (domainOf(statements.get(link.dangerId)) !== 'danger-statements') unpairedReason.set(goalId, 'danger-statement-gone');
    else candidates.push({ goalId, link });
  });
  candidates.sort((a, b) => a.link.at - b.link.at || (a.goalId < b.goalId ? -1 : a.goalId > b.goalId ? 1 : 0));
  const goalOf = new Map<string, string>();
  const dangerOf = new Map<string, string>();
  for (const { goalId, link } of candidates) {
    if (goalOf.has(link.dangerId)) {
      unpairedReason.set(goalId, 'taken');
      continue;
    }
    goalOf.set(link.dangerId, goalId);
    dangerOf.set(goalId, link.dangerId);
  }
  return { goalOf, dangerOf, unpairedReason };
}

function checkDanger(doc: Y.Doc, id: string): void {
  if (domainOf(statementRecord(doc, id)) !== 'danger-statements') {
    throw new ModelError(ModelErrorCode.notADangerStatement, `Statement "${id}" is not filed under danger statements`);
  }
}

function checkGoal(doc: Y.Doc, id: string): void {
  if (domainOf(statementRecord(doc, id)) !== 'goals') {
    throw new ModelError(ModelErrorCode.notAGoal, `Statement "${id}" is not filed under goals`);
  }
}

/** Removes every link to `dangerId` except the one on `keepGoalId`; call inside a transaction. */
function clearLinksTo(doc: Y.Doc, dangerId: string, keepGoalId?: string): void {
  statementsMap(doc).forEach((record, goalId) => {
    if (goalId === keepGoalId || typeof record?.get !== 'function') return;
    if (readPairLink(record.get(STATEMENT.pairedWith))?.dangerId === dangerId) record.delete(STATEMENT.pairedWith);
  });
}

/**
 * Pairs a danger statement with a goal. Either may have been paired before: the danger
 * statement's old goal and the goal's old danger statement both become unpaired.
 */
export function pairStatements(doc: Y.Doc, dangerId: string, goalId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkDanger(doc, dangerId);
  checkGoal(doc, goalId);
  const goal = statementRecord(doc, goalId);
  doc.transact(() => {
    clearLinksTo(doc, dangerId, goalId);
    const link: PairLink = { dangerId, at: Date.now() };
    goal.set(STATEMENT.pairedWith, link);
  }, origin);
}

/** Unpairs a statement: a goal from its danger statement, or a danger statement from every goal linked to it. */
export function unpair(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = statementRecord(doc, id);
  doc.transact(() => {
    if (record.has(STATEMENT.pairedWith)) record.delete(STATEMENT.pairedWith);
    clearLinksTo(doc, id);
  }, origin);
}

/**
 * Writes a new goal for a danger statement, filed under goals and paired with it, and returns
 * its id. Refused with `already_paired` when the danger statement already has a goal: change
 * that goal's words instead, or `pairStatements` to choose another.
 */
export function addGoalFor(
  doc: Y.Doc,
  dangerId: string,
  text: string,
  author: Author,
  options: { readonly id?: string; readonly createdAt?: number } = {},
  origin: ChangeOrigin = LOCAL_CHANGE,
): string {
  checkDanger(doc, dangerId);
  const existing = resolvePairs(doc).goalOf.get(dangerId);
  if (existing !== undefined) {
    throw new ModelError(ModelErrorCode.alreadyPaired, `This danger statement already has a goal ("${existing}")`);
  }
  let id = '';
  doc.transact(() => {
    id = addStatementToDomain(doc, { domain: 'goals', text, author, id: options.id, createdAt: options.createdAt }, origin);
    clearLinksTo(doc, dangerId, id);
    const link: PairLink = { dangerId, at: Date.now() };
    statementRecord(doc, id).set(STATEMENT.pairedWith, link);
  }, origin);
  return id;
}
