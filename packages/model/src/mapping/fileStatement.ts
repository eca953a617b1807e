/**
 * Filing statements into the seven domains. A statement's placement is one value
 * `{ section, order, domain }`, so filing it (even into another column) is a single write:
 * two people filing the same statement at once end with one of the two, the same everywhere.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT, type Placement } from '../schema';
import { addStatement, type Author } from '../statements';
import { domainSection, isDomainId, type DomainId } from './domains';
import { readHousePlacement } from './placement';
import { orderKeyInDomain, statementRecord } from './statementRecord';

function checkDomain(domain: unknown): asserts domain is DomainId {
  if (!isDomainId(domain)) throw new ModelError(ModelErrorCode.unknownDomain, `Unknown domain "${String(domain)}"`);
}

/**
 * Files a statement under `domain`, at `index` among that domain's statements (default: the end).
 * Moves it to the domain's column if it was elsewhere. A child's words filed from their house
 * onto the board keep a record that they came from that child (their source), unless a source
 * was already set.
 */
export function fileStatement(doc: Y.Doc, id: string, domain: DomainId, index?: number, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkDomain(domain);
  const record = statementRecord(doc, id);
  const fromHouse = readHousePlacement(record.get(STATEMENT.placement));
  doc.transact(() => {
    const placement: Placement = { section: domainSection(domain), order: orderKeyInDomain(doc, domain, index, id), domain };
    record.set(STATEMENT.placement, placement);
    if (fromHouse && record.get(STATEMENT.source) === undefined) {
      record.set(STATEMENT.source, { kind: 'member', memberId: fromHouse.childId });
    }
  }, origin);
}

export interface NewDomainStatement {
  readonly domain: DomainId;
  readonly text: string;
  readonly author: Author;
  /** Position among the domain's statements; defaults to the end. */
  readonly index?: number;
  readonly id?: string;
  readonly createdAt?: number;
}

/** Adds a statement straight into a domain (the seven-domain view's "add") and returns its id. */
export function addStatementToDomain(doc: Y.Doc, statement: NewDomainStatement, origin: ChangeOrigin = LOCAL_CHANGE): string {
  checkDomain(statement.domain);
  const { domain } = statement;
  const section = domainSection(domain);
  const order = orderKeyInDomain(doc, domain, statement.index);
  let id = '';
  doc.transact(() => {
    // addStatement validates before it writes, so a refusal leaves this transaction empty.
    id = addStatement(
      doc,
      { section, text: statement.text, author: statement.author, id: statement.id, createdAt: statement.createdAt },
      origin,
    );
    const placement: Placement = { section, order, domain };
    statementRecord(doc, id).set(STATEMENT.placement, placement);
  }, origin);
  return id;
}
