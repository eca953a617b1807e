/**
 * A first draft of a danger (or worry) statement from its three parts: who is worried, the
 * adult behaviour they are worried about, and what it could mean for the child if nothing
 * changes. The result is plain, short sentences the people in the meeting then edit freely; it
 * is a starting point, not a form. It is one sentence when that is short enough for the board's own
 * plain-words check, else two ("… are worried that …. If nothing changes, …"), else three ("… are
 * worried. …. If nothing changes, …"), so it never fails the check it is shown beside (unless a
 * part typed is itself too long for one sentence).
 *
 * @example
 * composeDangerStatement({
 *   whoIsWorried: 'Social workers',
 *   behaviour: 'when Dad drinks he shouts and hits out',
 *   possibleImpact: 'be hurt or frightened',
 *   childName: 'Amy',
 *   framework: 'signs-of-safety',
 * });
 * // 'Social workers are worried that when Dad drinks he shouts and hits out, and Amy could be
 * //  hurt or frightened if nothing changes.'
 */
import { hasLongSentence } from '../language/checkPlainLanguage';
import { terms, type FrameworkId } from './terminology';

export interface DangerStatementParts {
  /** Who is worried, named: "Social workers", "Amy's school", "Gran and the health visitor". */
  readonly whoIsWorried: string;
  /** The specific adult behaviour: "when Dad drinks he shouts and hits out". */
  readonly behaviour: string;
  /** What could happen to the child: "be hurt or frightened", or a whole clause "Amy could be hurt". */
  readonly possibleImpact: string;
  /** Used when the impact does not say who; otherwise the framework's words ("the children", "the young person"). */
  readonly childName?: string;
  readonly framework?: FrameworkId;
  /** Overrides the guess of "is" or "are" after `whoIsWorried`. */
  readonly plural?: boolean;
}

/** What an empty part shows as, so a live preview makes the gap visible. */
export const MISSING_PART = '…';

const PLURAL_WORDS = new Set(['we', 'they', 'you', 'police', 'the police', 'people', 'everyone worried', 'staff', 'children']);
const SINGULAR_ENDINGS = ['ss', "'s", '’s', 'us', 'is'];
/** Words that begin a clause; lower-cased after "that". Names ("Dad", "Amy") keep their capital. */
const CLAUSE_STARTS = new Set([
  'when',
  'if',
  'the',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'there',
  'because',
  'after',
  'while',
  'whenever',
  'both',
  'at',
  'on',
  'in',
]);
const MODALS = /^(could|may|might|will|would|can)\b/i;
/** Impacts that start with a verb ("be hurt", "miss school") read after "<child> could". */
const BARE_VERB =
  /^(be|get|feel|miss|not|go|lose|stop|have|see|hear|grow|become|end|fall|live|come|take|keep|find|need|struggle|suffer|think|learn|do)\b/i;

function tidy(part: string): string {
  return part
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/u, '');
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isPlural(who: string): boolean {
  const lower = who.toLowerCase();
  if (PLURAL_WORDS.has(lower) || /\band\b|&/.test(lower)) return true;
  if (SINGULAR_ENDINGS.some((ending) => lower.endsWith(ending))) return false;
  return lower.endsWith('s');
}

function verbFor(who: string, plural: boolean | undefined): string {
  if (who.toLowerCase() === 'i') return 'am';
  return (plural ?? isPlural(who)) ? 'are' : 'is';
}

function behaviourClause(behaviour: string): string {
  const clause = behaviour.replace(/^that\s+/i, '');
  const first = clause.split(/\s/, 1)[0]!.toLowerCase();
  return CLAUSE_STARTS.has(first) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
}

function impactClause(impact: string, childName: string): string {
  const clause = impact.replace(/\s+if nothing changes$/i, '');
  if (MODALS.test(clause)) return `${childName} ${clause}`;
  if (BARE_VERB.test(clause)) return `${childName} could ${clause}`;
  return clause;
}

/** Short plain sentences from the three parts of a danger (or worry) statement. Pure; never throws. */
export function composeDangerStatement(parts: DangerStatementParts): string {
  const who = tidy(parts.whoIsWorried);
  const behaviour = tidy(parts.behaviour);
  const impact = tidy(parts.possibleImpact);
  const child = tidy(parts.childName ?? '') || terms(parts.framework).childFallback;
  const subject = who ? capitalise(who) : MISSING_PART;
  const verb = who ? verbFor(who, parts.plural) : 'are';
  const that = behaviour ? behaviourClause(behaviour) : MISSING_PART;
  const could = impact ? impactClause(impact, child) : MISSING_PART;
  const oneSentence = `${subject} ${verb} worried that ${that}, and ${could} if nothing changes.`;
  if (!hasLongSentence(oneSentence)) return oneSentence;
  const ifNothingChanges = `If nothing changes, ${could}.`;
  const twoSentences = `${subject} ${verb} worried that ${that}. ${ifNothingChanges}`;
  if (!hasLongSentence(twoSentences)) return twoSentences;
  const what = behaviour ? capitalise(behaviour.replace(/^that\s+/i, '')) : MISSING_PART;
  return `${subject} ${verb} worried. ${what}. ${ifNothingChanges}`;
}
