/** A person's copy of the plan as Markdown, to print or send them. */
import { mdLine, mdText } from './markdownText';
import { PART_WORDS, type CopyRule, type PersonCopy } from './personCopy';

function ruleLines(rule: CopyRule, dangerWord: string): string[] {
  const lines = [`${rule.number}\\. ${mdText(rule.text, '   ')}`];
  const add = (label: string, value: string) => {
    if (value) lines.push(`   - ${label}: ${mdText(value, '     ')}`);
  };
  if (rule.yourParts.length > 0) add('Your part', rule.yourParts.map((p) => PART_WORDS[p]).join(', '));
  add('Who', rule.who.join(', ') || 'nobody named yet');
  add('When', rule.when);
  add('If someone is away', rule.ifAway);
  add('Who steps in', rule.backups.join(', '));
  add('Warning signs', rule.warningSigns);
  add('Who acts on them', rule.warningActors.join(', '));
  add('If it is already happening', rule.ifHappening);
  for (const a of rule.answers) add(`Answers the ${dangerWord}`, a);
  return lines;
}

/** The copy as Markdown; `words` are the framework's names ("danger statement", "Safety goal", "Safety plan"). */
export function personCopyToMarkdown(
  copy: PersonCopy,
  words: { readonly plan: string; readonly dangerStatement: string; readonly goal: string } = {
    plan: 'Safety plan',
    dangerStatement: 'danger statement',
    goal: 'Safety goal',
  },
): string {
  const lines = [
    `# ${mdLine(copy.forName)}'s copy of the ${mdLine(words.plan.toLowerCase())}`,
    '',
    `${mdLine(copy.boardTitle)}. ${mdLine(copy.meetingKindName)}, ${mdLine(copy.meetingDate)}`,
    '',
    '## Your part',
    '',
  ];
  if (copy.yourRules.length === 0) lines.push('You have no rule of your own in this plan yet.');
  for (const rule of copy.yourRules) lines.push(...ruleLines(rule, words.dangerStatement));
  lines.push('', '## The rest of the plan', '');
  if (copy.otherRules.length === 0) lines.push('No other rules.');
  for (const rule of copy.otherRules) lines.push(...ruleLines(rule, words.dangerStatement));
  lines.push('', `## What we are worried about, and the goals`, '');
  if (copy.dangerAndGoals.length === 0) lines.push('Nothing written yet.');
  for (const pair of copy.dangerAndGoals) {
    lines.push(`- ${mdText(pair.danger, '  ')}`, `  - ${words.goal}: ${pair.goal ? mdText(pair.goal, '    ') : 'none yet'}`);
  }
  lines.push('', '## The network: who does what, and how to reach them', '');
  for (const m of copy.network) {
    const who = [m.relationship, m.agency].filter((w) => w.length > 0).join(', ');
    lines.push(`- **${mdLine(m.name)}**${who ? ` (${mdLine(who)})` : ''}`);
    for (const p of m.parts) lines.push(`  - ${PART_WORDS[p.part]}: rule ${p.rules.join(', ')}`);
    lines.push(`  - Contact: ${m.contact ? mdText(m.contact, '    ') : 'not shared'}`);
  }
  if (copy.bottomLines.length > 0) {
    lines.push('', '## Bottom lines', '', ...copy.bottomLines.map((l) => `- ${mdText(l, '  ')}`));
  }
  if (copy.contingency) lines.push('', '## If the plan cannot be kept', '', mdText(copy.contingency));
  lines.push('', '## Decision', '', ...copy.decisionLines.map((l) => `- ${mdText(l, '  ')}`));
  if (copy.reviewDates.length > 0) lines.push('', `Review meetings: ${copy.reviewDates.join(', ')}`);
  return `${lines.join('\n').trimEnd()}\n`;
}
