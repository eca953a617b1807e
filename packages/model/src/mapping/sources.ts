/**
 * Whose view a statement is, and whether the family agrees with it. Workers compare what each
 * source says (the child, a parent, the school), so the source is recorded apart from the
 * person who typed the statement. The source's kind (and member) is one value, replaced whole;
 * an agency's name and the family's words of dispute are shared texts on the statement (see
 * statementTexts.ts), typed letter by letter.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { STATEMENT, networkMap } from '../schema';
import type { NetworkMemberView } from '../network/networkMembers';
import { checkShortText, statementRecord } from './statementRecord';
import { MAX_AGENCY_LENGTH, MAX_DISPUTE_WORDS_LENGTH, ensureStatementFieldText, readStatementField, spliceInto } from './statementTexts';

export const SOURCE_KINDS = ['member', 'child', 'parent', 'agency'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whose view a statement is: a network member's, the child's, a parent's, or an agency's. */
export type StatementSource =
  | { readonly kind: 'member'; readonly memberId: string }
  | { readonly kind: 'child' }
  | { readonly kind: 'parent' }
  /** `agency` replaces the agency's name; without it the name typed so far is kept. */
  | { readonly kind: 'agency'; readonly agency?: string };

export const STANCES = ['agreed', 'disputed'] as const;
export type Stance = (typeof STANCES)[number];

export { MAX_AGENCY_LENGTH, MAX_DISPUTE_WORDS_LENGTH };

/** Where a statement came from, ready to show. */
export interface SourceView {
  readonly kind: SourceKind;
  /** Stable key for filtering and grouping: `member:<id>`, `child`, `parent` or `agency:<name>`. */
  readonly key: string;
  /** Plain words to show: the person's name, "The child", "A parent", or the agency's name ("An agency" until it has one). */
  readonly label: string;
  readonly memberId: string | null;
  readonly agency: string | null;
  /** True when the source was a network member who has since been removed. */
  readonly removed: boolean;
}

export const REMOVED_MEMBER_LABEL = 'Someone no longer in the network';
export const UNNAMED_AGENCY_LABEL = 'An agency';

function checkSource(source: StatementSource, doc: Y.Doc): StatementSource {
  switch (source?.kind) {
    case 'member':
      if (typeof source.memberId !== 'string' || !networkMap(doc).has(source.memberId)) {
        throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${String(source.memberId)}" on this board`);
      }
      return { kind: 'member', memberId: source.memberId };
    case 'child':
    case 'parent':
      return { kind: source.kind };
    case 'agency':
      return source.agency === undefined
        ? { kind: 'agency' }
        : { kind: 'agency', agency: checkShortText(source.agency, 'An agency name', MAX_AGENCY_LENGTH, 1) };
    default:
      throw new ModelError(ModelErrorCode.invalidSource, `A source is one of: ${SOURCE_KINDS.join(', ')}`);
  }
}

/** Records whose view a statement is; null clears it. */
export function setStatementSource(doc: Y.Doc, id: string, source: StatementSource | null, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = statementRecord(doc, id);
  const checked = source === null ? null : checkSource(source, doc);
  doc.transact(() => {
    if (checked === null) record.delete(STATEMENT.source);
    else if (checked.kind === 'agency') {
      record.set(STATEMENT.source, { kind: 'agency' });
      if (checked.agency !== undefined) spliceInto(ensureStatementFieldText(record, 'sourceAgency'), checked.agency);
    } else record.set(STATEMENT.source, checked);
  }, origin);
}

/**
 * Records whether the family agrees with a statement; null clears it. `disputeWords` are the
 * family's own words of dispute; they are kept if the stance later changes to agreed, and shown
 * only while it is disputed.
 */
export function setStatementStance(
  doc: Y.Doc,
  id: string,
  stance: Stance | null,
  disputeWords?: string,
  origin: ChangeOrigin = LOCAL_CHANGE,
): void {
  const record = statementRecord(doc, id);
  if (stance !== null && !(STANCES as readonly unknown[]).includes(stance)) {
    throw new ModelError(ModelErrorCode.invalidSource, `A stance is one of: ${STANCES.join(', ')}`);
  }
  const words = disputeWords === undefined ? undefined : checkShortText(disputeWords, "The family's words", MAX_DISPUTE_WORDS_LENGTH);
  doc.transact(() => {
    if (stance === null) record.delete(STATEMENT.stance);
    else record.set(STATEMENT.stance, stance);
    if (words !== undefined) spliceInto(ensureStatementFieldText(record, 'disputeWords'), words);
  }, origin);
}

/** Reads a statement's source against the network as it is now. Unknown shapes read as no source. */
export function readStatementSource(record: Y.Map<unknown>, members: ReadonlyMap<string, NetworkMemberView>): SourceView | null {
  return readSource(record.get(STATEMENT.source), members, readStatementField(record, 'sourceAgency'));
}

/**
 * Reads a stored source against the network as it is now. Unknown shapes read as no source. An
 * agency's name is `agencyText` (schema 3), else the name inside the value (schema 2).
 */
export function readSource(value: unknown, members: ReadonlyMap<string, NetworkMemberView>, agencyText = ''): SourceView | null {
  const raw = value as { kind?: unknown; memberId?: unknown; agency?: unknown } | null | undefined;
  if (!raw || typeof raw !== 'object') return null;
  const base = { memberId: null, agency: null, removed: false };
  switch (raw.kind) {
    case 'member': {
      if (typeof raw.memberId !== 'string') return null;
      const member = members.get(raw.memberId);
      // A member merged into another reads as the one it was merged into.
      const memberId = member?.id ?? raw.memberId;
      return {
        ...base,
        kind: 'member',
        key: `member:${memberId}`,
        memberId,
        label: member?.name ?? REMOVED_MEMBER_LABEL,
        removed: !member,
      };
    }
    case 'child':
      return { ...base, kind: 'child', key: 'child', label: 'The child' };
    case 'parent':
      return { ...base, kind: 'parent', key: 'parent', label: 'A parent' };
    case 'agency': {
      const name = (agencyText.trim() || (typeof raw.agency === 'string' ? raw.agency.trim() : '')).trim();
      return { ...base, kind: 'agency', key: `agency:${name.toLowerCase()}`, agency: name, label: name || UNNAMED_AGENCY_LABEL };
    }
    default:
      return null;
  }
}

export function readStance(record: Y.Map<unknown>): { stance: Stance | null; disputeWords: string } {
  const stance = record.get(STATEMENT.stance);
  if (stance === 'agreed') return { stance, disputeWords: '' };
  if (stance === 'disputed') return { stance, disputeWords: readStatementField(record, 'disputeWords').trim() };
  return { stance: null, disputeWords: '' };
}

/** The statements whose source has `key` (see `SourceView.key`), in the order given. */
export function statementsFromSource<T extends { readonly source: SourceView | null }>(statements: readonly T[], key: string): T[] {
  return statements.filter((s) => s.source?.key === key);
}

/** Each distinct source among `statements`, once, in first-seen order: the choices for a filter. */
export function sourcesOf(statements: readonly { readonly source: SourceView | null }[]): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const { source } of statements) if (source && !seen.has(source.key)) seen.set(source.key, source);
  return [...seen.values()];
}
