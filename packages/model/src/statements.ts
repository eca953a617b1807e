/**
 * Operations on statements: the items people add under each question. Each takes the document
 * and plain values, checks them, and makes its change in one transaction.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from './errors';
import { orderKeyBetween } from './orderKey';
import { LOCAL_CHANGE, type ChangeOrigin } from './origins';
import { STATEMENT, statementsMap, type Placement } from './schema';
import { isSectionId, type SectionId } from './sections';
import { textSplice } from './textSplice';
import { randomId } from './randomId';
import { sectionStatements } from './readBoard';
import { addStatementFieldTexts } from './mapping/statementTexts';

/** Longest statement text accepted, in UTF-16 code units. */
export const MAX_STATEMENT_LENGTH = 5000;

/** Who wrote a statement: the id and name their device gave. */
export interface Author {
  readonly id: string;
  readonly name: string;
}

export interface NewStatement {
  readonly section: SectionId;
  readonly text: string;
  readonly author: Author;
  /** Position within the section; defaults to the end. */
  readonly index?: number;
  /** Stable id; a random one is made if absent. */
  readonly id?: string;
  readonly createdAt?: number;
}

export function newStatementId(): string {
  return randomId('s_');
}

function checkSection(section: unknown): asserts section is SectionId {
  if (!isSectionId(section)) throw new ModelError(ModelErrorCode.unknownSection, `Unknown section "${String(section)}"`);
}

function checkText(text: string): void {
  if (text.length > MAX_STATEMENT_LENGTH) {
    throw new ModelError(ModelErrorCode.invalidText, `A statement can be at most ${MAX_STATEMENT_LENGTH} characters`);
  }
}

function getStatement(doc: Y.Doc, id: string): Y.Map<unknown> {
  const statement = statementsMap(doc).get(id);
  if (!statement) throw new ModelError(ModelErrorCode.statementNotFound, `No statement with id "${id}" on this board`);
  return statement;
}

/** An order key that puts a statement at `index` among the section's other statements. */
function orderKeyAt(doc: Y.Doc, section: SectionId, index: number | undefined, movingId?: string): string {
  const others = sectionStatements(doc, section).filter((s) => s.id !== movingId);
  const at = index === undefined || !Number.isFinite(index) ? others.length : Math.max(0, Math.min(Math.trunc(index), others.length));
  return orderKeyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null);
}

/** Adds a statement and returns its id. */
export function addStatement(doc: Y.Doc, statement: NewStatement, origin: ChangeOrigin = LOCAL_CHANGE): string {
  checkSection(statement.section);
  checkText(statement.text);
  const id = statement.id ?? newStatementId();
  if (statementsMap(doc).has(id)) {
    throw new ModelError(ModelErrorCode.duplicateId, `A statement with id "${id}" is already on this board`);
  }
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    const text = new Y.Text();
    if (statement.text.length > 0) text.insert(0, statement.text);
    const placement: Placement = { section: statement.section, order: orderKeyAt(doc, statement.section, statement.index) };
    record.set(STATEMENT.id, id);
    record.set(STATEMENT.text, text);
    record.set(STATEMENT.placement, placement);
    record.set(STATEMENT.authorId, statement.author.id);
    record.set(STATEMENT.authorName, statement.author.name);
    record.set(STATEMENT.createdAt, statement.createdAt ?? Date.now());
    addStatementFieldTexts(record);
    statementsMap(doc).set(id, record);
  }, origin);
  return id;
}

/** The shared text of a statement, for binding an editor to it. */
export function statementText(doc: Y.Doc, id: string): Y.Text {
  const text = getStatement(doc, id).get(STATEMENT.text);
  if (!(text instanceof Y.Text)) throw new ModelError(ModelErrorCode.statementNotFound, `Statement "${id}" has no text`);
  return text;
}

/**
 * Sets a statement's text to `next`, changing only the part that differs, so that other people
 * typing in the same statement keep their characters.
 */
export function editStatement(doc: Y.Doc, id: string, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkText(next);
  const text = statementText(doc, id);
  const splice = textSplice(text.toString(), next);
  if (splice.deleteCount === 0 && splice.insert.length === 0) return;
  doc.transact(() => {
    if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
    if (splice.insert.length > 0) text.insert(splice.index, splice.insert);
  }, origin);
}

/** Moves a statement to `index` in `section` (the same or another one). */
export function moveStatement(doc: Y.Doc, id: string, section: SectionId, index?: number, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkSection(section);
  const record = getStatement(doc, id);
  const current = record.get(STATEMENT.placement) as Placement | undefined;
  // Reordering within a column keeps the statement's domain; a move to another column resets it
  // to that column's default (see mapping/domains.ts).
  const domain = current?.section === section ? current.domain : undefined;
  doc.transact(() => {
    const order = orderKeyAt(doc, section, index, id);
    const placement: Placement = domain === undefined ? { section, order } : { section, order, domain };
    record.set(STATEMENT.placement, placement);
  }, origin);
}

/** Removes a statement from the board. */
export function deleteStatement(doc: Y.Doc, id: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  getStatement(doc, id);
  doc.transact(() => statementsMap(doc).delete(id), origin);
}
