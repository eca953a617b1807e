/**
 * The shape of a board's Y.Doc. This module alone knows the names of the top-level shared types;
 * everything else reaches them through the accessors below. packages/model/README.md describes
 * the same schema for people writing their own clients.
 */
import * as Y from 'yjs';

/** Version of the document layout this code writes. Older boards are migrated on load. */
export const SCHEMA_VERSION = 1;

/** Names of the top-level shared types in every board document. */
export const ROOT = {
  /** Y.Map<string, unknown>: schemaVersion, title, template, createdAt. */
  meta: 'meta',
  /** Y.Map<statementId, Y.Map>: every statement on the board, keyed by its id. */
  statements: 'statements',
  /** Y.Map<memberId, Y.Map>: the people in the family's network (see network/). */
  network: 'network',
} as const;

/** Keys of the meta map. */
export const META = {
  schemaVersion: 'schemaVersion',
  title: 'title',
  template: 'template',
  createdAt: 'createdAt',
} as const;

/** Keys of one statement's Y.Map. */
export const STATEMENT = {
  id: 'id',
  /** Y.Text: what the statement says, edited by many people at once. */
  text: 'text',
  /** Plain object `{ section, order }`, replaced as a whole so a move is atomic. */
  placement: 'placement',
  authorName: 'authorName',
  authorId: 'authorId',
  createdAt: 'createdAt',
} as const;

export interface Placement {
  readonly section: string;
  readonly order: string;
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}

export function statementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.statements);
}

/** Keys of one network member's Y.Map. */
export const NETWORK_MEMBER = {
  id: 'id',
  name: 'name',
  /** Relationship to the child, in the family's words ("grandmother", "school"). */
  relationship: 'relationship',
  /** 'in-room' | 'remote' | 'not-present' */
  attendance: 'attendance',
  /** 'family' | 'friend' | 'professional' | 'child' */
  kind: 'kind',
  createdAt: 'createdAt',
} as const;

export function networkMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOT.network);
}
