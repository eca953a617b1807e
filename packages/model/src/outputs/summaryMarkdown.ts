/** The chair's summary as Markdown, for the case file. */
import { EVIDENCE_WORDS } from '../mapping/evidence';
import type { ChairSummary, SummaryScale, SummaryStatement } from './chairSummary';
import { mdLine, mdText } from './markdownText';

const HARM_LABELS = [
  ['when', 'When it happened'],
  ['howOften', 'How often'],
  ['howSevere', 'How severe'],
  ['impactOnChild', 'What it did to the child'],
] as const;

/** What follows a statement in brackets: whose view, fact or opinion, and agreement. */
export function statementNote(s: SummaryStatement): string {
  const parts = [
    s.source ? `from ${s.source}` : null,
    s.evidence ? EVIDENCE_WORDS[s.evidence].toLowerCase() : null,
    s.stance === 'agreed' ? 'the family agrees' : s.stance === 'disputed' ? 'the family disagrees' : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function statementLines(s: SummaryStatement, goalWord: string): string[] {
  const lines = [`- ${mdText(s.text, '  ')}${mdLine(statementNote(s))}`];
  if (s.stance === 'disputed' && s.disputeWords) lines.push(`  - In the family's words: ${mdText(s.disputeWords, '    ')}`);
  if (s.harm) {
    for (const [key, label] of HARM_LABELS) if (s.harm[key]) lines.push(`  - ${label}: ${mdText(s.harm[key], '    ')}`);
  }
  if (goalWord) lines.push(`  - ${goalWord}: ${s.goal ? mdText(s.goal, '    ') : 'none yet'}`);
  return lines;
}

function scaleLines(scale: SummaryScale): string[] {
  const lines = [`### ${mdLine(scale.question)}`, '', `0 means: ${mdText(scale.zeroMeans)}  `, `10 means: ${mdText(scale.tenMeans)}`, ''];
  if (scale.answers.length === 0) return lines.concat(['Nobody was asked this time.', '']);
  for (const a of scale.answers) {
    lines.push(`- **${mdLine(a.name)}: ${a.value}**`);
    if (a.whyNotLower) lines.push(`  - Why not lower: ${mdText(a.whyNotLower, '    ')}`);
    if (a.oneHigher) lines.push(`  - What would make it one higher: ${mdText(a.oneHigher, '    ')}`);
  }
  return lines.concat(['']);
}

/**
 * The summary as Markdown: title, kind and date, the decision, the seven domains in order, the
 * plan's steps and the scales. `goalWord` is the framework's name for a goal ("Safety goal").
 */
export function summaryToMarkdown(summary: ChairSummary, goalWord = 'Safety goal'): string {
  const lines = [
    `# ${mdLine(summary.boardTitle || 'Board')}: chair's summary`,
    '',
    `${mdLine(summary.meetingKindName)}, ${mdLine(summary.meetingDate)}`,
    '',
    '## Decision',
    '',
    ...summary.decisionLines.map((l) => `- ${mdText(l, '  ')}`),
    '',
  ];
  for (const domain of summary.domains) {
    lines.push(`## ${mdLine(domain.title)}`, '');
    if (domain.statements.length === 0) lines.push('Nothing recorded.');
    for (const s of domain.statements) lines.push(...statementLines(s, domain.id === 'danger-statements' ? goalWord : ''));
    if (domain.id === 'next-steps' && summary.planSteps.length > 0) {
      lines.push('', 'From the plan:');
      for (const step of summary.planSteps) {
        const who = step.who.length > 0 ? step.who.join(', ') : 'nobody named yet';
        lines.push(`- ${mdText(step.what, '  ')} (who: ${mdLine(who)}${step.when ? `; when: ${mdLine(step.when)}` : ''})`);
      }
    }
    lines.push('');
  }
  for (const group of summary.unsorted) {
    lines.push(`## Not sorted into a domain yet: ${mdLine(group.column)}`, '');
    for (const s of group.statements) lines.push(...statementLines(s, ''));
    lines.push('');
  }
  lines.push('## Scales', '');
  if (summary.scales.length === 0) lines.push('No scales on this board.', '');
  for (const scale of summary.scales) lines.push(...scaleLines(scale));
  return `${lines.join('\n').trimEnd()}\n`;
}
