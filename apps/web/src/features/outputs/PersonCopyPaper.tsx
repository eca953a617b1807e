import { type CopyRule, type PersonCopy, type Say, partName } from '@kinboard/model';
import { Paper } from './Paper';

function Rule({ rule, dangerWord, say }: { readonly rule: CopyRule; readonly dangerWord: string; readonly say: Say }) {
  const facts: [string, string][] = [
    [say('yourPart'), rule.yourParts.map((p) => partName(p, say)).join(', ')],
    [say('who'), rule.who.join(', ') || say('nobodyNamedYet')],
    [say('when'), rule.when],
    [say('ifAway'), rule.ifAway],
    [say('whoStepsIn'), rule.backups.join(', ')],
    [say('warningSigns'), rule.warningSigns],
    [say('whoActs'), rule.warningActors.join(', ')],
    [say('ifHappening'), rule.ifHappening],
    ...rule.answers.map((a): [string, string] => [say('answersThe', { danger: dangerWord }), a]),
  ];
  return (
    <li value={rule.number}>
      <strong>{rule.text}</strong>
      <dl className="paper__details">
        {facts
          .filter(([, v]) => v.length > 0)
          .map(([label, value], i) => (
            <div key={i}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

/**
 * One person's copy of the plan: their rules first, the plan in full, each goal, the network with
 * parts and contacts; in that person's language (`say`, `lang`) when known, else the reader's.
 */
export function PersonCopyPaper({
  copy,
  words,
  say,
  lang,
}: {
  readonly copy: PersonCopy;
  readonly words: { readonly plan: string; readonly dangerStatement: string; readonly goal: string };
  readonly say: Say;
  /** The copy's language when it is not the reader's. */
  readonly lang: string | null;
}) {
  return (
    <Paper
      name={say('copyTitle', { name: copy.forName, plan: words.plan.toLocaleLowerCase() })}
      lang={lang}
      boardTitle={copy.boardTitle}
      kindName={copy.meetingKindName}
      date={copy.meetingDate}
    >
      <section className="paper__mine" aria-label={say('yourPart')}>
        <h2>{say('yourPart')}</h2>
        {copy.yourRules.length === 0 ? (
          <p>{say('noRuleYet')}</p>
        ) : (
          <ol>
            {copy.yourRules.map((r) => (
              <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} say={say} />
            ))}
          </ol>
        )}
      </section>
      <section aria-label={say('restOfPlan')}>
        <h2>{say('restOfPlan')}</h2>
        {copy.otherRules.length === 0 && <p>{say('noOtherRules')}</p>}
        <ol>
          {copy.otherRules.map((r) => (
            <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} say={say} />
          ))}
        </ol>
      </section>
      <section aria-label={say('worriesAndGoals')}>
        <h2>{say('worriesAndGoals')}</h2>
        <ul>
          {copy.dangerAndGoals.map((pair, i) => (
            <li key={i}>
              {pair.danger}
              <p className="paper__goal">
                {words.goal}: {pair.goal ?? say('noneYet')}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={say('networkHeading')}>
        <h2>{say('networkHeading')}</h2>
        <ul>
          {copy.network.map((m, i) => (
            <li key={i}>
              <strong>{m.name}</strong>
              {[m.relationship, m.agency].some((w) => w) && <> ({[m.relationship, m.agency].filter((w) => w).join(', ')})</>}
              <ul>
                {m.parts.map((p) => (
                  <li key={p.part}>{say('partRules', { part: partName(p.part, say), rules: p.rules.join(', ') })}</li>
                ))}
                <li>{say('contact', { contact: m.contact || say('notShared') })}</li>
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {copy.bottomLines.length > 0 && (
        <section aria-label={say('bottomLines')}>
          <h2>{say('bottomLines')}</h2>
          <ul>
            {copy.bottomLines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </section>
      )}
      {copy.contingency && (
        <section aria-label={say('ifPlanNotKept')}>
          <h2>{say('ifPlanNotKept')}</h2>
          <p>{copy.contingency}</p>
        </section>
      )}
      <section aria-label={say('decision')}>
        <h2>{say('decision')}</h2>
        <ul>
          {copy.decisionLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {copy.reviewDates.length > 0 && <p>{say('reviewMeetings', { dates: copy.reviewDates.join(', ') })}</p>}
      </section>
    </Paper>
  );
}
