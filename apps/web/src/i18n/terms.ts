/**
 * The framework's words (danger statement or worry statement, safety plan or wellbeing plan, the
 * columns' questions, the domains, the default scale) in the person's language. The model's
 * `terms()` keeps English for what it writes itself; the interface reads these, which have the
 * same shape, so a component does not change when the language does. Each message picks its
 * framework with an ICU `select` on `f` (safety, wellbeing, success, stability).
 */
import {
  type DomainId,
  type FrameworkId,
  type HeadingTerms,
  type MappedStatement,
  type MappingView,
  type SectionId,
  type SourceView,
  type Terms,
  isFrameworkId,
  readMapping,
} from '@kinboard/model';
import type * as Y from 'yjs';
import { type MessageId, type Translate, currentLocale, t } from './messages';

const SHORT: Readonly<Record<FrameworkId, string>> = {
  'signs-of-safety': 'safety',
  'signs-of-wellbeing': 'wellbeing',
  'signs-of-success': 'success',
  'signs-of-stability': 'stability',
};

const DOMAIN_KEYS: Readonly<Record<DomainId, string>> = {
  harm: 'harm',
  'danger-statements': 'dangerStatements',
  'complicating-factors': 'complicatingFactors',
  'existing-strengths': 'existingStrengths',
  'existing-safety': 'existingSafety',
  goals: 'goals',
  'next-steps': 'nextSteps',
};

const COLUMN_KEYS: Readonly<Record<SectionId, string>> = { worries: 'worries', 'working-well': 'workingWell', 'next-steps': 'nextSteps' };

function heading(prefix: string, f: string, tr: Translate): HeadingTerms {
  const word = (part: string) => tr(`${prefix}.${part}` as MessageId, { f });
  return { title: word('title'), short: word('short'), singular: word('singular'), hint: word('hint') };
}

/** A framework's words through `tr` (the person's language, or another for a paper printed for someone else). */
export function buildTerms(framework: FrameworkId, tr: Translate = t): Terms {
  const f = SHORT[framework];
  const word = (id: MessageId) => tr(id, { f });
  const columns = Object.fromEntries(Object.entries(COLUMN_KEYS).map(([id, key]) => [id, heading(`terms.column.${key}`, f, tr)])) as Record<
    SectionId,
    HeadingTerms
  >;
  const domains = Object.fromEntries(Object.entries(DOMAIN_KEYS).map(([id, key]) => [id, heading(`terms.domain.${key}`, f, tr)])) as Record<
    DomainId,
    HeadingTerms
  >;
  return Object.freeze({
    framework,
    name: word('terms.name'),
    usedFor: word('terms.usedFor'),
    dangerStatement: word('terms.dangerStatement'),
    dangerStatements: word('terms.dangerStatements'),
    goal: word('terms.goal'),
    goals: word('terms.goals'),
    plan: word('terms.plan'),
    childFallback: word('terms.childFallback'),
    columns,
    domains,
    scale: { question: word('terms.scale.question'), zeroMeans: word('terms.scale.zeroMeans'), tenMeans: word('terms.scale.tenMeans') },
    unpairedDangerStatement: word('terms.unpairedDangerStatement'),
    unpairedGoal: word('terms.unpairedGoal'),
    planCoverage: {
      gap: word('terms.planCoverage.gap'),
      answeredBy: word('terms.planCoverage.answeredBy'),
      ruleAnswers: word('terms.planCoverage.ruleAnswers'),
      rulesHint: word('terms.planCoverage.rulesHint'),
      gapsHeading: word('terms.planCoverage.gapsHeading'),
    },
  });
}

/**
 * The message id and values of a column's or domain's question, or of the default scale's
 * question, so it can be read in another language than the person's (`translatorFor`).
 */
export function termMessage(
  framework: unknown,
  what: { readonly column: SectionId } | { readonly domain: DomainId } | 'scale',
): { readonly id: MessageId; readonly values: { readonly f: string } } {
  const f = SHORT[isFrameworkId(framework) ? framework : 'signs-of-safety'];
  if (what === 'scale') return { id: 'terms.scale.question', values: { f } };
  const id = 'column' in what ? `terms.column.${COLUMN_KEYS[what.column]}.title` : `terms.domain.${DOMAIN_KEYS[what.domain]}.title`;
  return { id: id as MessageId, values: { f } };
}

const built = new Map<string, Terms>();

/** Every heading and label for a framework, in the person's language (unknown values read as Signs of Safety). */
export function localTerms(framework: unknown): Terms {
  const id: FrameworkId = isFrameworkId(framework) ? framework : 'signs-of-safety';
  const key = `${currentLocale()}|${id}`;
  let terms = built.get(key);
  if (!terms) {
    terms = buildTerms(id);
    built.set(key, terms);
  }
  return terms;
}

/**
 * The case map with its headings, hints and statement labels in the person's language, worked out
 * from the ids the model gives (column, domain, filed or not); the statements' words stay as written.
 */
export function localMapping(view: MappingView): MappingView {
  const words = localTerms(view.framework);
  const label = (statement: MappedStatement) =>
    statement.filed ? words.domains[statement.domain].singular : t('terms.notSortedYet.singular');
  const statement = (s: MappedStatement): MappedStatement => ({ ...s, label: label(s), source: s.source && localSource(s.source) });
  return {
    ...view,
    terms: words,
    columns: view.columns.map((column) => ({
      ...column,
      ...pick(words.columns[column.id]),
      statements: column.statements.map(statement),
      domains: column.domains.map((domain) => ({
        ...domain,
        ...pick(words.domains[domain.id]),
        statements: domain.statements.map(statement),
      })),
    })),
  };
}

/** Whose view a statement is, with the model's fixed names (the child, a parent …) in the person's language. */
export function localSource(source: SourceView): SourceView {
  if (source.kind === 'child') return { ...source, label: t('source.child') };
  if (source.kind === 'parent') return { ...source, label: t('source.parent') };
  if (source.kind === 'member' && source.removed) return { ...source, label: t('source.removedMember') };
  if (source.kind === 'agency' && !source.agency) return { ...source, label: t('source.unnamedAgency') };
  return source;
}

function pick(heading: HeadingTerms): { title: string; short: string; hint: string } {
  return { title: heading.title, short: heading.short, hint: heading.hint };
}

/** The case map of a board, in the person's language: `readMapping` for the interface. */
export function readLocalMapping(doc: Y.Doc): MappingView {
  return localMapping(readMapping(doc));
}
