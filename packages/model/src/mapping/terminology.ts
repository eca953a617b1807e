/**
 * The one table of words that change with the service. The same map is used in child
 * protection, early help, care and fostering under different names (packages/model/README.md,
 * "Frameworks"); components take every heading and label from `terms(framework)` and never
 * spell one themselves, so switching a board's framework relabels everything at once.
 */
import type { SectionId } from '../sections';
import type { DomainId } from './domains';

/** The practice frameworks a board can speak in. */
export const FRAMEWORKS = ['signs-of-safety', 'signs-of-wellbeing', 'signs-of-success', 'signs-of-stability'] as const;
/** One of `FRAMEWORKS`. */
export type FrameworkId = (typeof FRAMEWORKS)[number];
/** The framework a new board speaks in. */
export const DEFAULT_FRAMEWORK: FrameworkId = 'signs-of-safety';

/** True when `value` names a framework. */
export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

export interface HeadingTerms {
  readonly title: string;
  readonly short: string;
  /** One plain sentence saying what goes here, for a family member seeing it for the first time. */
  readonly hint: string;
  /** What one statement here is called ("danger statement", "strength"). */
  readonly singular: string;
}

export interface ScaleTerms {
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

/** A framework's words for the board's headings, scales and plan. */
export interface Terms {
  readonly framework: FrameworkId;
  /** "Signs of Safety" */
  readonly name: string;
  /** The services that use it, for the picker: "Child in need, child protection, children with disabilities". */
  readonly usedFor: string;
  /** "danger statement" or "worry statement" (lower case; capitalise at the start of a sentence). */
  readonly dangerStatement: string;
  readonly dangerStatements: string;
  /** "safety goal", "wellbeing goal", "success goal" or "stability goal". */
  readonly goal: string;
  readonly goals: string;
  /** "safety plan", "wellbeing plan", "care plan" or "stability plan". */
  readonly plan: string;
  /** Who a sentence is about when no name is given: "the children", "the young person". */
  readonly childFallback: string;
  readonly columns: Readonly<Record<SectionId, HeadingTerms>>;
  readonly domains: Readonly<Record<DomainId, HeadingTerms>>;
  /** Words for the board's default scale. */
  readonly scale: ScaleTerms;
  /** Flags shown when the one-to-one pairing is incomplete. */
  readonly unpairedDangerStatement: string;
  readonly unpairedGoal: string;
  /** The plan's words about danger statements, on the board and in every copy. */
  readonly planCoverage: PlanCoverageTerms;
}

/** A framework's words for what the plan must answer. */
export interface PlanCoverageTerms {
  /** Beside a danger statement no rule answers: "No rule in the safety plan answers this yet". */
  readonly gap: string;
  /** Above the rules that answer a danger statement: "Answered by the safety plan". */
  readonly answeredBy: string;
  /** Before the words of the danger statement a rule answers: "Answers the danger statement". */
  readonly ruleAnswers: string;
  /** What the rules are for, under their heading. */
  readonly rulesHint: string;
  /** Over the danger statements no rule answers, in a copy of the plan. */
  readonly gapsHeading: string;
}

interface FrameworkWords {
  readonly name: string;
  readonly usedFor: string;
  readonly danger: string;
  readonly goalWord: string;
  readonly plan: string;
  readonly child: string;
  readonly harmTitle: string;
  /** What the plan's rules do every day: "keep the children safe". */
  readonly rulesPurpose: string;
  readonly scale: ScaleTerms;
}

const WORDS: Readonly<Record<FrameworkId, FrameworkWords>> = {
  'signs-of-safety': {
    name: 'Signs of Safety',
    usedFor: 'Child in need, child protection, children with disabilities',
    danger: 'danger',
    goalWord: 'safety',
    plan: 'safety plan',
    child: 'the children',
    harmTitle: 'Harm',
    rulesPurpose: 'keep the children safe',
    scale: {
      question: 'How safe are things for the children right now?',
      zeroMeans: 'Things are so bad that the children cannot stay where they are.',
      tenMeans: "Everyone agrees the children are safe enough for children's services to close the case.",
    },
  },
  'signs-of-wellbeing': {
    name: 'Signs of Wellbeing',
    usedFor: 'Early help, family wellbeing',
    danger: 'worry',
    goalWord: 'wellbeing',
    plan: 'wellbeing plan',
    child: 'the children',
    harmTitle: 'What has happened',
    rulesPurpose: 'help things go well for the children',
    scale: {
      question: 'How well are things going for the children right now?',
      zeroMeans: 'Things are so worrying that the children need more help than early help can give.',
      tenMeans: 'Everyone agrees things are going well enough for the family to carry on without our help.',
    },
  },
  'signs-of-success': {
    name: 'Signs of Success',
    usedFor: 'Children in care, adoption',
    danger: 'worry',
    goalWord: 'success',
    plan: 'care plan',
    child: 'the child',
    harmTitle: 'Harm',
    rulesPurpose: 'help the child feel settled and do well',
    scale: {
      question: 'How well is the plan working for the child right now?',
      zeroMeans: 'Things are so hard that the plan for where the child lives has to change now.',
      tenMeans: 'Everyone agrees the child is settled, doing well, and the care plan is working.',
    },
  },
  'signs-of-stability': {
    name: 'Signs of Stability',
    usedFor: 'Fostering, leaving care',
    danger: 'worry',
    goalWord: 'stability',
    plan: 'stability plan',
    child: 'the young person',
    harmTitle: 'Harm',
    rulesPurpose: 'keep the young person’s home steady',
    scale: {
      question: 'How settled and steady are things right now?',
      zeroMeans: 'Things are so hard that this home cannot carry on.',
      tenMeans: 'Everyone agrees this home is steady and the young person has what they need to do well.',
    },
  },
};

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function build(framework: FrameworkId): Terms {
  const w = WORDS[framework];
  const dangerStatement = `${w.danger} statement`;
  const goal = `${w.goalWord} goal`;
  return Object.freeze({
    framework,
    name: w.name,
    usedFor: w.usedFor,
    dangerStatement,
    dangerStatements: `${dangerStatement}s`,
    goal,
    goals: `${goal}s`,
    plan: w.plan,
    childFallback: w.child,
    columns: {
      worries: {
        title: 'What are we worried about?',
        short: 'Worries',
        singular: 'worry',
        hint: 'What has happened, what we fear could happen, and what makes things harder.',
      },
      'working-well': {
        title: "What's working well?",
        short: 'Working well',
        singular: 'thing working well',
        hint: 'Good things about the family and the people around them.',
      },
      'next-steps': {
        title: 'What needs to happen?',
        short: 'Needs to happen',
        singular: 'thing that needs to happen',
        hint: `The ${goal}s and who will do what, by when.`,
      },
    },
    domains: {
      harm: {
        title: w.harmTitle,
        short: w.harmTitle,
        singular: 'harm statement',
        hint: 'What happened to the child: when, how often, how bad it was, and what it did to them.',
      },
      'danger-statements': {
        title: capitalise(`${dangerStatement}s`),
        short: capitalise(`${dangerStatement}s`),
        singular: dangerStatement,
        hint: 'What we are afraid could happen to the child in future if nothing changes.',
      },
      'complicating-factors': {
        title: 'Complicating factors',
        short: 'Makes it harder',
        singular: 'complicating factor',
        hint: 'Things that make the problem harder to sort out, but are not harm themselves.',
      },
      'existing-strengths': {
        title: 'Existing strengths',
        short: 'Strengths',
        singular: 'strength',
        hint: 'Good things about the family and the people around them.',
      },
      'existing-safety': {
        title: 'Existing safety',
        short: 'Safety already there',
        singular: 'existing safety',
        hint: 'Times the child was kept safe when the worry was there, and who did it.',
      },
      goals: {
        title: capitalise(`${goal}s`),
        short: capitalise(`${goal}s`),
        singular: goal,
        hint: `What the family and the people around them will be doing, that anyone could see, for each ${dangerStatement}.`,
      },
      'next-steps': { title: 'Next steps', short: 'Next steps', singular: 'next step', hint: 'Who will do what, and by when.' },
    },
    scale: w.scale,
    unpairedDangerStatement: `This ${dangerStatement} has no ${goal} yet.`,
    unpairedGoal: `This ${goal} is not linked to a ${dangerStatement} yet.`,
    planCoverage: {
      gap: `No rule in the ${w.plan} answers this yet`,
      answeredBy: `Answered by the ${w.plan}`,
      ruleAnswers: `Answers the ${dangerStatement}`,
      rulesHint: `What will happen every day to ${w.rulesPurpose}, and who does it.`,
      gapsHeading: `${capitalise(`${dangerStatement}s`)} the plan does not answer yet`,
    },
  });
}

const TERMS: Readonly<Record<FrameworkId, Terms>> = Object.freeze({
  'signs-of-safety': build('signs-of-safety'),
  'signs-of-wellbeing': build('signs-of-wellbeing'),
  'signs-of-success': build('signs-of-success'),
  'signs-of-stability': build('signs-of-stability'),
});

/**
 * Every heading and label for a framework. An unknown value (a board from a newer client) reads
 * as Signs of Safety, so a component never has to handle a missing word.
 *
 * @example
 * terms('signs-of-wellbeing').dangerStatement // 'worry statement'
 * terms('signs-of-success').plan              // 'care plan'
 */
export function terms(framework: unknown): Terms {
  return TERMS[isFrameworkId(framework) ? framework : DEFAULT_FRAMEWORK];
}
