/**
 * The board as a map: three columns, each split into its domains, every statement with its
 * domain, source, stance, harm details and pair. Both views render from this one read model
 * (the three-column view uses each column's `statements`), so nothing can be in one view and
 * missing from the other. Like readBoard, it never throws on a malformed document.
 */
import type * as Y from 'yjs';
import type { NetworkMemberView } from '../network/networkMembers';
import { memberLookup } from '../people/memberLookup';
import { readBoard, type StatementView } from '../readBoard';
import { STATEMENT, statementsMap } from '../schema';
import type { SectionId } from '../sections';
import { currentFramework, currentView, type ViewId } from './boardSettings';
import { DOMAINS, type DomainId } from './domains';
import { readEvidence, type Evidence } from './evidence';
import { readHarmDetails, type HarmDetails } from './harm';
import { resolvePairs, type UnpairedGoalReason } from './pairing';
import { readBoardPlacement } from './placement';
import { readStance, readStatementSource, type SourceView, type Stance } from './sources';
import { terms, type FrameworkId, type Terms } from './terminology';

/** A statement on the case map, with its domain, source, pairing and harm details. */
export interface MappedStatement extends StatementView {
  readonly domain: DomainId;
  /** False while the statement sits in its column's default domain because nobody has filed it. */
  readonly filed: boolean;
  /**
   * What this statement is called under the board's framework ("worry statement", "strength"), or
   * "not sorted yet" while nobody has filed it (never its column's default domain's name).
   */
  readonly label: string;
  readonly source: SourceView | null;
  readonly stance: Stance | null;
  /** The family's words of dispute; '' unless the stance is 'disputed'. */
  readonly disputeWords: string;
  readonly harm: HarmDetails | null;
  /** Fact or opinion: seen or heard first-hand, reported, or opinion; null when nobody has said. */
  readonly evidence: Evidence | null;
  /** The id of the paired goal (for a danger statement) or danger statement (for a goal), else null. */
  readonly pairedWith: string | null;
  /** For a danger statement or goal without a pair: what to flag. Null otherwise. */
  readonly pairing: PairingFlag | null;
}

export type PairingFlag = 'no-goal' | UnpairedGoalReason;

/** The name of statements nobody has filed under a domain, where the board shows them that way. */
export const NOT_SORTED_YET = { id: 'not-sorted-yet', title: 'Not sorted yet', singular: 'not sorted yet' } as const;

/** A heading and its statements, as a record or copy lists one column. */
export interface StatementGroup {
  readonly id: DomainId | typeof NOT_SORTED_YET.id;
  readonly title: string;
  readonly statements: readonly MappedStatement[];
}

/**
 * How a record or copy lists one column, the way the board showed it: null for plain columns (a
 * three-column board on which nothing was filed); the seven domains on a seven-domain board; and
 * on a three-column board with some statements filed, the filed ones under their domains and the
 * rest under "Not sorted yet" — never under the column's default domain, which nobody chose.
 * Empty groups are left out.
 */
export function columnGroups(mapping: MappingView, column: ColumnView): StatementGroup[] | null {
  if (mapping.view === 'seven-domain') {
    return column.domains.filter((d) => d.statements.length > 0).map((d) => ({ id: d.id, title: d.title, statements: d.statements }));
  }
  if (!mapping.columns.some((c) => c.statements.some((s) => s.filed))) return null;
  const groups: StatementGroup[] = column.domains
    .map((d) => ({ id: d.id, title: d.title, statements: d.statements.filter((s) => s.filed) }))
    .filter((g) => g.statements.length > 0);
  const unsorted = column.statements.filter((s) => !s.filed);
  if (unsorted.length > 0) groups.push({ id: NOT_SORTED_YET.id, title: NOT_SORTED_YET.title, statements: unsorted });
  return groups;
}

export interface DomainView {
  readonly id: DomainId;
  readonly title: string;
  readonly short: string;
  readonly hint: string;
  readonly statements: readonly MappedStatement[];
}

/** One question of the case map, with its statements and domains. */
export interface ColumnView {
  readonly id: SectionId;
  readonly title: string;
  readonly short: string;
  readonly hint: string;
  /** Every statement of the column in column order: what the three-column view shows. */
  readonly statements: readonly MappedStatement[];
  readonly domains: readonly DomainView[];
}

/** The case map as plain data: the view, the framework's words and the columns. */
export interface MappingView {
  readonly view: ViewId;
  readonly framework: FrameworkId;
  readonly terms: Terms;
  readonly columns: readonly ColumnView[];
  /** Records the reader could not understand, as in readBoard. */
  readonly unreadable: number;
}

/** The whole board as a map, in the board's framework's words. */
export function readMapping(doc: Y.Doc): MappingView {
  const board = readBoard(doc);
  const framework = currentFramework(doc);
  const words = terms(framework);
  // Merged entries included: a statement sourced to either of two merged entries names the one person.
  const members: ReadonlyMap<string, NetworkMemberView> = memberLookup(doc);
  const pairs = resolvePairs(doc);
  const records = statementsMap(doc);

  const mapStatement = (statement: StatementView): MappedStatement => {
    const record = records.get(statement.id)!;
    const placement = readBoardPlacement(record.get(STATEMENT.placement))!;
    const pairedWith =
      placement.domain === 'danger-statements'
        ? pairs.goalOf.get(statement.id)
        : placement.domain === 'goals'
          ? pairs.dangerOf.get(statement.id)
          : undefined;
    const pairing: PairingFlag | null =
      placement.domain === 'danger-statements' && pairedWith === undefined
        ? 'no-goal'
        : placement.domain === 'goals'
          ? (pairs.unpairedReason.get(statement.id) ?? null)
          : null;
    return {
      ...statement,
      domain: placement.domain,
      filed: placement.filed,
      label: placement.filed ? words.domains[placement.domain].singular : NOT_SORTED_YET.singular,
      source: readStatementSource(record, members),
      ...readStance(record),
      harm: readHarmDetails(record),
      evidence: readEvidence(record),
      pairedWith: pairedWith ?? null,
      pairing,
    };
  };

  const columns = board.sections.map((section): ColumnView => {
    const statements = section.statements.map(mapStatement);
    const heading = words.columns[section.id];
    return {
      id: section.id,
      title: heading.title,
      short: heading.short,
      hint: heading.hint,
      statements,
      domains: DOMAINS.filter((d) => d.section === section.id).map((d) => ({
        id: d.id,
        title: words.domains[d.id].title,
        short: words.domains[d.id].short,
        hint: words.domains[d.id].hint,
        statements: statements.filter((s) => s.domain === d.id),
      })),
    };
  });
  return { view: currentView(doc), framework, terms: words, columns, unreadable: board.unreadable };
}

/** The statements filed (or defaulted) under one domain, in order, as the seven-domain view shows them. */
export function domainStatements(mapping: MappingView, domain: DomainId): readonly MappedStatement[] {
  for (const column of mapping.columns) for (const d of column.domains) if (d.id === domain) return d.statements;
  return [];
}

export interface PairView {
  readonly danger: MappedStatement;
  readonly goal: MappedStatement;
}

/** Every danger statement with its goal, and what is still unpaired. */
export interface PairsView {
  /** In the order of the danger statements. */
  readonly pairs: readonly PairView[];
  /** Danger statements with no goal: a gap to flag. */
  readonly unpairedDangerStatements: readonly MappedStatement[];
  /** Goals with no danger statement, each with why (`pairing`). */
  readonly unpairedGoals: readonly MappedStatement[];
}

/** Danger statements and goals, paired one-to-one, and what is left unpaired. */
export function readPairs(doc: Y.Doc, mapping: MappingView = readMapping(doc)): PairsView {
  const goals = new Map(domainStatements(mapping, 'goals').map((g) => [g.id, g]));
  const pairs: PairView[] = [];
  const unpairedDangerStatements: MappedStatement[] = [];
  for (const danger of domainStatements(mapping, 'danger-statements')) {
    const goal = danger.pairedWith === null ? undefined : goals.get(danger.pairedWith);
    if (goal) pairs.push({ danger, goal });
    else unpairedDangerStatements.push(danger);
  }
  const unpairedGoals = [...goals.values()].filter((g) => g.pairedWith === null);
  return { pairs, unpairedDangerStatements, unpairedGoals };
}
