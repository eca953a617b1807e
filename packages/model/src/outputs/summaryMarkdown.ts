/** The chair's summary as Markdown, for the case file, in the reader's language (`say`; English by default). */
import type { Evidence } from '../mapping/evidence';
import type { ChairSummary, SummaryScale, SummaryStatement } from './chairSummary';
import { mdLine, mdText } from './markdownText';
import { englishSay, type OutputWordId, type Say } from './outputWords';

const HARM_LABELS = [
  ['when', 'harmWhen'],
  ['howOften', 'harmHowOften'],
  ['howSevere', 'harmHowSevere'],
  ['impactOnChild', 'harmImpact'],
] as const;

const EVIDENCE_WORD_IDS: Readonly<Record<Evidence, OutputWordId>> = {
  'seen-or-heard': 'evidenceSeenOrHeard',
  reported: 'evidenceReported',
  opinion: 'evidenceOpinion',
};

/** Fact or opinion, in the reader's language: "Seen or heard first-hand". */
export function evidenceName(evidence: Evidence, say: Say = englishSay): string {
  return say(EVIDENCE_WORD_IDS[evidence]);
}

/** What follows a statement in brackets: whose view, fact or opinion, and agreement. */
export function statementNote(s: SummaryStatement, say: Say = englishSay): string {
  const parts = [
    s.source ? say('fromSource', { source: s.source }) : null,
    s.evidence ? evidenceName(s.evidence, say).toLocaleLowerCase() : null,
    s.stance === 'agreed' ? say('familyAgrees') : s.stance === 'disputed' ? say('familyDisagrees') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function statementLines(s: SummaryStatement, goalWord: string, say: Say): string[] {
  const lines = [`- ${mdText(s.text, '  ')}${mdLine(statementNote(s, say))}`];
  if (s.stance === 'disputed' && s.disputeWords) lines.push(`  - ${say('familyWords', { text: mdText(s.disputeWords, '    ') })}`);
  if (s.harm) {
    for (const [key, label] of HARM_LABELS) if (s.harm[key]) lines.push(`  - ${say(label)}: ${mdText(s.harm[key], '    ')}`);
  }
  if (goalWord) lines.push(`  - ${goalWord}: ${s.goal ? mdText(s.goal, '    ') : say('noneYet')}`);
  return lines;
}

function scaleLines(scale: SummaryScale, say: Say): string[] {
  const lines = [
    `### ${mdLine(scale.question)}`,
    '',
    `${say('zeroMeans', { text: mdText(scale.zeroMeans) })}  `,
    say('tenMeans', { text: mdText(scale.tenMeans) }),
    '',
  ];
  if (scale.answers.length === 0) return lines.concat([say('nobodyAsked'), '']);
  for (const a of scale.answers) {
    lines.push(`- **${mdLine(a.name)}: ${a.value}**`);
    if (a.whyNotLower) lines.push(`  - ${say('whyNotLower', { text: mdText(a.whyNotLower, '    ') })}`);
    if (a.oneHigher) lines.push(`  - ${say('oneHigher', { text: mdText(a.oneHigher, '    ') })}`);
  }
  return lines.concat(['']);
}

/**
 * The summary as Markdown: title, kind and date, the decision, the seven domains in order, the
 * plan's steps and the scales. `goalWord` is the framework's name for a goal ("Safety goal").
 */
export function summaryToMarkdown(summary: ChairSummary, goalWord = 'Safety goal', say: Say = englishSay): string {
  const lines = [
    `# ${say('summaryTitle', { title: mdLine(summary.boardTitle || say('boardFallback')) })}`,
    '',
    `${mdLine(summary.meetingKindName)}, ${mdLine(summary.meetingDate)}`,
    '',
    `## ${say('decision')}`,
    '',
    ...summary.decisionLines.map((l) => `- ${mdText(l, '  ')}`),
    '',
  ];
  for (const domain of summary.domains) {
    lines.push(`## ${mdLine(domain.title)}`, '');
    if (domain.statements.length === 0) lines.push(say('nothingRecorded'));
    for (const s of domain.statements) lines.push(...statementLines(s, domain.id === 'danger-statements' ? goalWord : '', say));
    if (domain.id === 'next-steps' && summary.planSteps.length > 0) {
      lines.push('', say('fromThePlan'));
      for (const step of summary.planSteps) {
        const values = {
          what: mdText(step.what, '  '),
          who: mdLine(step.who.join(', ') || say('nobodyNamedYet')),
          when: mdLine(step.when),
        };
        lines.push(`- ${say(step.when ? 'planStepWhen' : 'planStep', values)}`);
      }
    }
    lines.push('');
  }
  for (const group of summary.unsorted) {
    lines.push(`## ${say('notSorted', { column: mdLine(group.column) })}`, '');
    for (const s of group.statements) lines.push(...statementLines(s, '', say));
    lines.push('');
  }
  lines.push(`## ${say('scales')}`, '');
  if (summary.scales.length === 0) lines.push(say('noScales'), '');
  for (const scale of summary.scales) lines.push(...scaleLines(scale, say));
  return `${lines.join('\n').trimEnd()}\n`;
}
