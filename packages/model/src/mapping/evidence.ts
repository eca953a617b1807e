/**
 * Fact or opinion: whether a statement is what someone saw or heard first-hand, what someone
 * reported, or a view. The practice keeps them apart, so the board and the summary show which is
 * which. One plain value on the statement, replaced whole.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT } from '../schema';
import { statementRecord } from './statementRecord';

/** Stored; never rename one. */
export const EVIDENCE_KINDS = ['seen-or-heard', 'reported', 'opinion'] as const;
export type Evidence = (typeof EVIDENCE_KINDS)[number];

/** How each kind is written in the summary (English; the i18n work takes these by code). */
export const EVIDENCE_WORDS: Readonly<Record<Evidence, string>> = {
  'seen-or-heard': 'Seen or heard first-hand',
  reported: 'Reported by someone',
  opinion: 'Opinion',
};

export function isEvidence(value: unknown): value is Evidence {
  return (EVIDENCE_KINDS as readonly unknown[]).includes(value);
}

/** Marks a statement as fact seen or heard first-hand, reported, or opinion; null clears the mark. */
export function setStatementEvidence(doc: Y.Doc, id: string, evidence: Evidence | null, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = statementRecord(doc, id);
  if (evidence !== null && !isEvidence(evidence)) {
    throw new ModelError(ModelErrorCode.invalidText, `A statement is marked one of: ${EVIDENCE_KINDS.join(', ')}`);
  }
  doc.transact(() => {
    if (evidence === null) record.delete(STATEMENT.evidence);
    else record.set(STATEMENT.evidence, evidence);
  }, origin);
}

/** The statement's mark, or null when none (or one this code does not know). */
export function readEvidence(record: Y.Map<unknown>): Evidence | null {
  const value = record.get(STATEMENT.evidence);
  return isEvidence(value) ? value : null;
}
