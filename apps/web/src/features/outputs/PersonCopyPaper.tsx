import { PART_WORDS, type CopyRule, type PersonCopy } from '@kinboard/model';
import { t } from '../../i18n';
import { Paper } from './Paper';

function Rule({ rule, dangerWord }: { readonly rule: CopyRule; readonly dangerWord: string }) {
  const facts: [string, string][] = [
    [t('outputs.PersonCopyPaper.yourPart'), rule.yourParts.map((p) => PART_WORDS[p]).join(', ')],
    [t('outputs.PersonCopyPaper.who'), rule.who.join(', ') || t('outputs.PersonCopyPaper.nobodyNamedYet')],
    [t('outputs.PersonCopyPaper.when'), rule.when],
    [t('outputs.PersonCopyPaper.ifAway'), rule.ifAway],
    [t('outputs.PersonCopyPaper.whoStepsIn'), rule.backups.join(', ')],
    [t('outputs.PersonCopyPaper.warningSigns'), rule.warningSigns],
    [t('outputs.PersonCopyPaper.whoActs'), rule.warningActors.join(', ')],
    [t('outputs.PersonCopyPaper.ifHappening'), rule.ifHappening],
    ...rule.answers.map((a): [string, string] => [t('outputs.PersonCopyPaper.answersThe', { danger: dangerWord }), a]),
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

/** One person's copy of the plan: their rules first, the plan in full, each goal, the network with parts and contacts. */
export function PersonCopyPaper({
  copy,
  words,
}: {
  readonly copy: PersonCopy;
  readonly words: { readonly plan: string; readonly dangerStatement: string; readonly goal: string };
}) {
  return (
    <Paper
      name={t('outputs.PersonCopyPaper.copyOfThe', { name: copy.forName, plan: words.plan.toLowerCase() })}
      boardTitle={copy.boardTitle}
      kindName={copy.meetingKindName}
      date={copy.meetingDate}
    >
      <section className="paper__mine" aria-label={t('outputs.PersonCopyPaper.yourPart')}>
        <h2>{t('outputs.PersonCopyPaper.yourPart')}</h2>
        {copy.yourRules.length === 0 ? (
          <p>{t('outputs.PersonCopyPaper.noRuleYet')}</p>
        ) : (
          <ol>
            {copy.yourRules.map((r) => (
              <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} />
            ))}
          </ol>
        )}
      </section>
      <section aria-label={t('outputs.PersonCopyPaper.restOfPlan')}>
        <h2>{t('outputs.PersonCopyPaper.restOfPlan')}</h2>
        {copy.otherRules.length === 0 && <p>{t('outputs.PersonCopyPaper.everyRuleYours')}</p>}
        <ol>
          {copy.otherRules.map((r) => (
            <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} />
          ))}
        </ol>
      </section>
      <section aria-label={t('outputs.PersonCopyPaper.worriesAndGoals')}>
        <h2>{t('outputs.PersonCopyPaper.worriesAndGoals')}</h2>
        <ul>
          {copy.dangerAndGoals.map((pair, i) => (
            <li key={i}>
              {pair.danger}
              <p className="paper__goal">
                {words.goal}: {pair.goal ?? t('outputs.PersonCopyPaper.noneYet')}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('outputs.PersonCopyPaper.network')}>
        <h2>{t('outputs.PersonCopyPaper.networkHeading')}</h2>
        <ul>
          {copy.network.map((m, i) => (
            <li key={i}>
              <strong>{m.name}</strong>
              {[m.relationship, m.agency].some((w) => w) && <> ({[m.relationship, m.agency].filter((w) => w).join(', ')})</>}
              <ul>
                {m.parts.map((p) => (
                  <li key={p.part}>{t('outputs.PersonCopyPaper.partRules', { part: PART_WORDS[p.part], rules: p.rules.join(', ') })}</li>
                ))}
                <li>{t('outputs.PersonCopyPaper.contact', { contact: m.contact || t('outputs.PersonCopyPaper.notShared') })}</li>
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {copy.bottomLines.length > 0 && (
        <section aria-label={t('outputs.PersonCopyPaper.bottomLines')}>
          <h2>{t('outputs.PersonCopyPaper.bottomLines')}</h2>
          <ul>
            {copy.bottomLines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </section>
      )}
      {copy.contingency && (
        <section aria-label={t('outputs.PersonCopyPaper.ifPlanNotKept')}>
          <h2>{t('outputs.PersonCopyPaper.ifPlanNotKept')}</h2>
          <p>{copy.contingency}</p>
        </section>
      )}
      <section aria-label={t('outputs.PersonCopyPaper.decision')}>
        <h2>{t('outputs.PersonCopyPaper.decision')}</h2>
        <ul>
          {copy.decisionLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {copy.reviewDates.length > 0 && <p>{t('outputs.PersonCopyPaper.reviewMeetings', { dates: copy.reviewDates.join(', ') })}</p>}
      </section>
    </Paper>
  );
}
