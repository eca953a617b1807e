/**
 * What the plan screens read: the plan, the danger statements it must answer, the network that
 * carries it out, and the words of the board's framework. Each read model is read once per change
 * of the document however many components ask for it (a coverage badge sits beside every danger
 * statement on the board), so the stores are shared per document.
 */
import type * as Y from 'yjs';
import {
  currentFramework,
  domainStatements,
  planCoverage,
  readBoard,
  readNetwork,
  readPlan,
  type NetworkMemberView,
  type PlanCoverage,
  type PlanView,
  type Terms,
} from '@kinboard/model';
import { useMemo } from 'react';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { localTerms, readLocalMapping } from '../../i18n';

export interface DangerStatement {
  readonly id: string;
  readonly text: string;
}

/** The danger statements in the order the case map shows them, with the framework's words. */
function readDangerStatements(doc: Y.Doc): { readonly statements: readonly DangerStatement[]; readonly terms: Terms } {
  const mapping = readLocalMapping(doc);
  return {
    statements: domainStatements(mapping, 'danger-statements').map((s) => ({ id: s.id, text: s.text })),
    terms: mapping.terms,
  };
}

export interface StatementWords {
  readonly text: string;
  /** What it is called now, in the framework's words: "complicating factor", "danger statement". */
  readonly label: string;
}

/** Every statement on the board by id, with its words and what it is filed as. */
function readStatementWords(doc: Y.Doc): ReadonlyMap<string, StatementWords> {
  const words = new Map<string, StatementWords>();
  for (const column of readLocalMapping(doc).columns) for (const s of column.statements) words.set(s.id, { text: s.text, label: s.label });
  return words;
}

/** Every statement on the board by id, for naming one a rule no longer answers. */
export function useStatementWords(doc: Y.Doc): ReadonlyMap<string, StatementWords> {
  return useSharedDocView(doc, readStatementWords);
}

function readTerms(doc: Y.Doc): Terms {
  return localTerms(currentFramework(doc));
}

function readTitle(doc: Y.Doc): string {
  return readBoard(doc).title;
}

export function usePlan(doc: Y.Doc): PlanView {
  return useSharedDocView(doc, readPlan);
}

export function useNetworkMembers(doc: Y.Doc): readonly NetworkMemberView[] {
  return useSharedDocView(doc, readNetwork);
}

export function useDangerStatements(doc: Y.Doc): readonly DangerStatement[] {
  return useSharedDocView(doc, readDangerStatements).statements;
}

export function useFrameworkTerms(doc: Y.Doc): Terms {
  return useSharedDocView(doc, readTerms);
}

export function useBoardTitle(doc: Y.Doc): string {
  return useSharedDocView(doc, readTitle);
}

/** For each danger statement, the rules that answer it, and the gaps. */
export function useCoverage(doc: Y.Doc): { coverage: PlanCoverage; plan: PlanView; dangerStatements: readonly DangerStatement[] } {
  const plan = usePlan(doc);
  const dangerStatements = useDangerStatements(doc);
  const coverage = useMemo(
    () =>
      planCoverage(
        plan,
        dangerStatements.map((s) => s.id),
      ),
    [plan, dangerStatements],
  );
  return { coverage, plan, dangerStatements };
}
