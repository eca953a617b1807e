/** Shared lookups for the mapping operations. */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { compareOrder, orderKeyBetween } from '../orderKey';
import { STATEMENT, statementsMap } from '../schema';
import type { DomainId } from './domains';
import { readBoardPlacement, readHousePlacement, type HouseId } from './placement';

/** The statement's Y.Map, or `statement_not_found`. */
export function statementRecord(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = statementsMap(doc).get(id);
  if (!record || typeof record.get !== 'function') {
    throw new ModelError(ModelErrorCode.statementNotFound, `No statement with id "${id}" on this board`);
  }
  return record;
}

interface Placed {
  readonly id: string;
  readonly order: string;
}

function keyAt(others: Placed[], index: number | undefined): string {
  others.sort(compareOrder);
  const at = index === undefined || !Number.isFinite(index) ? others.length : Math.max(0, Math.min(Math.trunc(index), others.length));
  return orderKeyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
}

/** An order key that puts a statement at `index` among the other statements of `domain`. */
export function orderKeyInDomain(doc: Y.Doc, domain: DomainId, index: number | undefined, movingId?: string): string {
  const others: Placed[] = [];
  statementsMap(doc).forEach((record, id) => {
    if (id === movingId || typeof record?.get !== 'function') return;
    const placement = readBoardPlacement(record.get(STATEMENT.placement));
    if (placement?.domain === domain) others.push({ id, order: placement.order });
  });
  return keyAt(others, index);
}

/** An order key that puts a statement at `index` among the other words in one child's house. */
export function orderKeyInHouse(doc: Y.Doc, childId: string, house: HouseId, index: number | undefined, movingId?: string): string {
  const others: Placed[] = [];
  statementsMap(doc).forEach((record, id) => {
    if (id === movingId || typeof record?.get !== 'function') return;
    const placement = readHousePlacement(record.get(STATEMENT.placement));
    if (placement && placement.childId === childId && placement.house === house) others.push({ id, order: placement.order });
  });
  return keyAt(others, index);
}

/** A bounded, trimmed piece of text, or `invalid_text` naming what it is. */
export function checkShortText(value: unknown, what: string, max: number, min = 0): string {
  if (typeof value !== 'string') throw new ModelError(ModelErrorCode.invalidText, `${what} must be text`);
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new ModelError(
      ModelErrorCode.invalidText,
      min > 0 ? `${what} needs ${min} to ${max} characters` : `${what} can be at most ${max} characters`,
    );
  }
  return trimmed;
}
