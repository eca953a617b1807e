/**
 * "Recently removed": a deleted statement, rule or network member is kept, whole, in the `removed`
 * map — a copy of everything its record held, who removed it and when — so any editor can bring
 * it back for the rest of the meeting, and the author and the chair can see who removed it.
 *
 * The copy is written in the same transaction as the deletion. Bringing it back rebuilds the
 * record under its old id, so everything that pointed at it (a goal's pair, a rule's links to
 * danger statements, a statement's source, a rule's doers) points at it again. A record that is
 * back on the board (restored by someone else, or the deletion undone) is no longer listed.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from './errors';
import { LOCAL_CHANGE, type ChangeOrigin } from './origins';
import { RULE, RULE_TEXT_FIELDS, planRulesMap } from './plan/planSchema';
import { randomId } from './randomId';
import { NETWORK_MEMBER, ROOT, STATEMENT, networkMap, statementsMap } from './schema';
import { STATEMENT_TEXT_FIELDS } from './mapping/statementTexts';

export const REMOVAL_KINDS = ['statement', 'rule', 'member'] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

export interface Remover {
  readonly id: string;
  readonly name: string;
}

/** One removal, ready to show. */
export interface RemovalView {
  readonly id: string;
  readonly kind: RemovalKind;
  /** The id the statement, rule or member had, and gets back. */
  readonly itemId: string;
  /** Its words (a statement's or rule's text, a person's name), to recognise it by. */
  readonly summary: string;
  readonly removedAt: number;
  readonly removedBy: Remover;
  /** Who wrote the statement, when it was one. */
  readonly author: Remover | null;
}

interface StoredRemoval {
  readonly kind: RemovalKind;
  readonly itemId: string;
  readonly removedAt: number;
  readonly removedBy: Remover;
  /** The record's content as plain data (`Y.Map.toJSON()`). */
  readonly copy: Record<string, unknown>;
}

/** Keeps `record` in the `removed` map. Call inside the transaction that deletes it. */
function keep(doc: Y.Doc, kind: RemovalKind, itemId: string, record: Y.Map<unknown>, by: Remover): void {
  const removal: StoredRemoval = {
    kind,
    itemId,
    removedAt: Date.now(),
    removedBy: { id: String(by.id), name: String(by.name) },
    copy: record.toJSON() as Record<string, unknown>,
  };
  doc.getMap<StoredRemoval>(ROOT.removed).set(randomId('x_'), removal);
}

function holder(doc: Y.Doc, kind: RemovalKind): Y.Map<Y.Map<unknown>> {
  if (kind === 'statement') return statementsMap(doc);
  if (kind === 'rule') return planRulesMap(doc) as Y.Map<Y.Map<unknown>>;
  return networkMap(doc);
}

/**
 * Deletes a statement, rule or network member and keeps it in "Recently removed", in one change.
 *
 * @example
 * removeAndKeep(doc, 'statement', id, { id: me.id, name: me.name });
 */
export function removeAndKeep(doc: Y.Doc, kind: RemovalKind, itemId: string, by: Remover, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const map = holder(doc, kind);
  const record = map.get(itemId);
  if (!(record instanceof Y.Map)) {
    const code =
      kind === 'statement'
        ? ModelErrorCode.statementNotFound
        : kind === 'rule'
          ? ModelErrorCode.ruleNotFound
          : ModelErrorCode.memberNotFound;
    throw new ModelError(code, `No ${kind} with id "${itemId}" on this board`);
  }
  doc.transact(() => {
    keep(doc, kind, itemId, record, by);
    map.delete(itemId);
  }, origin);
}

function readStored(value: unknown): StoredRemoval | null {
  const raw = value as Partial<StoredRemoval> | null;
  if (!raw || typeof raw !== 'object') return null;
  if (!(REMOVAL_KINDS as readonly unknown[]).includes(raw.kind) || typeof raw.itemId !== 'string') return null;
  if (!raw.copy || typeof raw.copy !== 'object' || !raw.removedBy || typeof raw.removedBy.name !== 'string') return null;
  return raw as StoredRemoval;
}

function summaryOf(removal: StoredRemoval): string {
  const words = removal.kind === 'member' ? removal.copy.name : removal.copy.text;
  return typeof words === 'string' ? words.trim() : '';
}

/** What is in "Recently removed" and not back on the board, newest first. */
export function readRemovals(doc: Y.Doc): RemovalView[] {
  const views: RemovalView[] = [];
  doc.getMap<unknown>(ROOT.removed).forEach((value, id) => {
    const removal = readStored(value);
    if (!removal || holder(doc, removal.kind).has(removal.itemId)) return;
    const authorId = removal.copy[STATEMENT.authorId];
    const authorName = removal.copy[STATEMENT.authorName];
    views.push({
      id,
      kind: removal.kind,
      itemId: removal.itemId,
      summary: summaryOf(removal),
      removedAt: typeof removal.removedAt === 'number' ? removal.removedAt : 0,
      removedBy: { id: String(removal.removedBy.id), name: removal.removedBy.name },
      author: removal.kind === 'statement' && typeof authorName === 'string' ? { id: String(authorId), name: authorName } : null,
    });
  });
  views.sort((a, b) => b.removedAt - a.removedAt || (a.id < b.id ? 1 : -1));
  // Removed, brought back (or the deletion undone) and removed again: the newest copy stands.
  const seen = new Set<string>();
  return views.filter((v) => {
    const key = `${v.kind}:${v.itemId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const STATEMENT_TEXTS: readonly string[] = [STATEMENT.text, ...STATEMENT_TEXT_FIELDS.map((f) => STATEMENT[f])];
const RULE_TEXTS: readonly string[] = RULE_TEXT_FIELDS.map((f) => RULE[f]);
const MEMBER_TEXTS: readonly string[] = [NETWORK_MEMBER.name, NETWORK_MEMBER.relationship];
const RULE_ID_SETS: readonly string[] = [RULE.doers, RULE.statements, RULE.backups, RULE.warningActors];

/** A record rebuilt from its copy: the texts people type together as shared texts again, id sets as maps. */
function rebuild(kind: RemovalKind, copy: Record<string, unknown>): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(copy)) {
    const texts = kind === 'statement' ? STATEMENT_TEXTS : kind === 'rule' ? RULE_TEXTS : MEMBER_TEXTS;
    if (texts.includes(key)) record.set(key, new Y.Text(typeof value === 'string' ? value : ''));
    else if (kind === 'rule' && RULE_ID_SETS.includes(key)) {
      const set = new Y.Map<true>();
      if (value && typeof value === 'object') for (const id of Object.keys(value)) set.set(id, true);
      record.set(key, set);
    } else record.set(key, value);
  }
  return record;
}

/**
 * Brings a removed statement, rule or member back, whole, under its old id. Returns false when it
 * is already back (someone else restored it, or the deletion was undone).
 */
export function restoreRemoval(doc: Y.Doc, removalId: string, origin: ChangeOrigin = LOCAL_CHANGE): boolean {
  const removal = readStored(doc.getMap<unknown>(ROOT.removed).get(removalId));
  if (!removal) throw new ModelError(ModelErrorCode.removalNotFound, `Nothing was removed with id "${removalId}"`);
  const map = holder(doc, removal.kind);
  if (map.has(removal.itemId)) return false;
  doc.transact(() => {
    map.set(removal.itemId, rebuild(removal.kind, removal.copy));
    doc.getMap(ROOT.removed).delete(removalId);
  }, origin);
  return true;
}
