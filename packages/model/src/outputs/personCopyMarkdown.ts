/** A person's copy of the plan as Markdown, to print or send them, in their language (`say`; English by default). */
import { mdLine, mdText } from './markdownText';
import { englishSay, type Say } from './outputWords';
import { partName, type CopyRule, type PersonCopy } from './personCopy';

function ruleLines(rule: CopyRule, dangerWord: string, say: Say): string[] {
  const lines = [`${rule.number}\\. ${mdText(rule.text, '   ')}`];
  const add = (label: string, value: string) => {
    if (value) lines.push(`   - ${label}: ${mdText(value, '     ')}`);
  };
  if (rule.yourParts.length > 0) add(say('yourPart'), rule.yourParts.map((p) => partName(p, say)).join(', '));
  add(say('who'), rule.who.join(', ') || say('nobodyNamedYet'));
  add(say('when'), rule.when);
  add(say('ifAway'), rule.ifAway);
  add(say('whoStepsIn'), rule.backups.join(', '));
  add(say('warningSigns'), rule.warningSigns);
  add(say('whoActs'), rule.warningActors.join(', '));
  add(say('ifHappening'), rule.ifHappening);
  for (const a of rule.answers) add(say('answersThe', { danger: dangerWord }), a);
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
  say: Say = englishSay,
): string {
  const lines = [
    `# ${say('copyTitle', { name: mdLine(copy.forName), plan: mdLine(words.plan.toLocaleLowerCase()) })}`,
    '',
    `${mdLine(copy.boardTitle)}. ${mdLine(copy.meetingKindName)}, ${mdLine(copy.meetingDate)}`,
    '',
    `## ${say('yourPart')}`,
    '',
  ];
  if (copy.yourRules.length === 0) lines.push(say('noRuleYet'));
  for (const rule of copy.yourRules) lines.push(...ruleLines(rule, words.dangerStatement, say));
  lines.push('', `## ${say('restOfPlan')}`, '');
  if (copy.otherRules.length === 0) lines.push(say('noOtherRules'));
  for (const rule of copy.otherRules) lines.push(...ruleLines(rule, words.dangerStatement, say));
  lines.push('', `## ${say('worriesAndGoals')}`, '');
  if (copy.dangerAndGoals.length === 0) lines.push(say('nothingWrittenYet'));
  for (const pair of copy.dangerAndGoals) {
    lines.push(`- ${mdText(pair.danger, '  ')}`, `  - ${words.goal}: ${pair.goal ? mdText(pair.goal, '    ') : say('noneYet')}`);
  }
  lines.push('', `## ${say('networkHeading')}`, '');
  for (const m of copy.network) {
    const who = [m.relationship, m.agency].filter((w) => w.length > 0).join(', ');
    lines.push(`- **${mdLine(m.name)}**${who ? ` (${mdLine(who)})` : ''}`);
    for (const p of m.parts) lines.push(`  - ${say('partRules', { part: partName(p.part, say), rules: p.rules.join(', ') })}`);
    lines.push(`  - ${say('contact', { contact: m.contact ? mdText(m.contact, '    ') : say('notShared') })}`);
  }
  if (copy.bottomLines.length > 0) {
    lines.push('', `## ${say('bottomLines')}`, '', ...copy.bottomLines.map((l) => `- ${mdText(l, '  ')}`));
  }
  if (copy.contingency) lines.push('', `## ${say('ifPlanNotKept')}`, '', mdText(copy.contingency));
  lines.push('', `## ${say('decision')}`, '', ...copy.decisionLines.map((l) => `- ${mdText(l, '  ')}`));
  if (copy.reviewDates.length > 0) lines.push('', say('reviewMeetings', { dates: copy.reviewDates.join(', ') }));
  return `${lines.join('\n').trimEnd()}\n`;
}
